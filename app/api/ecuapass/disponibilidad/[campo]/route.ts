import {
  checkDocumentAvailability,
  checkEmailAvailability,
  checkUserIdAvailability,
  type AvailabilityAnswer,
} from "@/lib/ecuapass/availability";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { SERVICE_UNAVAILABLE } from "@/lib/security/action";
import { clientIpFrom } from "@/lib/security/request";

// GET /api/ecuapass/disponibilidad/usuario?valor=…
// GET /api/ecuapass/disponibilidad/documento?tipo=cedula&valor=…
// GET /api/ecuapass/disponibilidad/correo?valor=…&confirmacion=…
// → 200 { disponible, mensaje, aviso? } | 400 { error } | 429 { error } (30 a minute per address).

const MAX_PARAM = 256;

function respond(answer: AvailabilityAnswer): Response {
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (answer.status === 429) headers["Retry-After"] = String(answer.retryAfterSeconds);
  return Response.json(answer.body, { status: answer.status, headers });
}

export async function GET(request: Request, context: { params: Promise<{ campo: string }> }) {
  try {
    return await answer(request, (await context.params).campo);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    return Response.json({ error: SERVICE_UNAVAILABLE }, { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "5" } });
  }
}

async function answer(request: Request, campo: string): Promise<Response> {
  const query = new URL(request.url).searchParams;
  const valor = (query.get("valor") ?? "").slice(0, MAX_PARAM);
  const ip = clientIpFrom(request.headers);
  switch (campo) {
    case "usuario":
      return respond(await checkUserIdAvailability(valor, ip));
    case "documento":
      return respond(await checkDocumentAvailability(query.get("tipo") ?? "", valor, ip));
    case "correo": {
      const confirmacion = query.get("confirmacion");
      return respond(await checkEmailAvailability(valor, confirmacion === null ? null : confirmacion.slice(0, MAX_PARAM), ip));
    }
    default:
      return Response.json({ error: "No encontrado" }, { status: 404 });
  }
}
