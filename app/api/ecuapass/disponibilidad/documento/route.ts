import { checkDocumentAvailability } from "@/lib/ecuapass/availability";
import { availabilityRoute } from "@/lib/ecuapass/availability-route";

// GET /api/ecuapass/disponibilidad/documento?tipo=cedula|ruc|pasaporte&valor=…
export const GET = availabilityRoute((param, ip) => checkDocumentAvailability(param("tipo") ?? "", param("valor") ?? "", ip));
