import { checkEmailAvailability } from "@/lib/ecuapass/availability";
import { availabilityRoute } from "@/lib/ecuapass/availability-route";

// GET /api/ecuapass/disponibilidad/correo?valor=…&confirmacion=…
export const GET = availabilityRoute((param, ip) => checkEmailAvailability(param("valor") ?? "", param("confirmacion"), ip));
