import { checkEmailAvailability } from "@/lib/ecuapass/availability";
import { availabilityApiRoute } from "@/lib/ecuapass/availability-route";

// GET /api/ecuapass/disponibilidad/correo?valor=…&confirmacion=… (why a Pages API route: lib/ecuapass/availability-route.ts)
export const config = { api: { bodyParser: false } };
export default availabilityApiRoute((param, ip) => checkEmailAvailability(param("valor") ?? "", param("confirmacion"), ip));
