import { checkDocumentAvailability } from "@/lib/ecuapass/availability";
import { availabilityApiRoute } from "@/lib/ecuapass/availability-route";

// GET /api/ecuapass/disponibilidad/documento?tipo=cedula|ruc|pasaporte&valor=… (why a Pages API route: lib/ecuapass/availability-route.ts)
export const config = { api: { bodyParser: false } };
export default availabilityApiRoute((param, ip) => checkDocumentAvailability(param("tipo") ?? "", param("valor") ?? "", ip));
