import { checkUserIdAvailability } from "@/lib/ecuapass/availability";
import { availabilityApiRoute } from "@/lib/ecuapass/availability-route";

// GET /api/ecuapass/disponibilidad/usuario?valor=… (why a Pages API route: lib/ecuapass/availability-route.ts)
export const config = { api: { bodyParser: false } };
export default availabilityApiRoute((param, ip) => checkUserIdAvailability(param("valor") ?? "", ip));
