import { checkUserIdAvailability } from "@/lib/ecuapass/availability";
import { availabilityRoute } from "@/lib/ecuapass/availability-route";

// GET /api/ecuapass/disponibilidad/usuario?valor=…
export const GET = availabilityRoute((param, ip) => checkUserIdAvailability(param("valor") ?? "", ip));
