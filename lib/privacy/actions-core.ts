import "server-only";
import type { FormState } from "@/lib/forms/state";
import type { DataSubjectKind } from "./access-log";
import { requestDeletion } from "./deletion";
import type { DeletionRequestInput } from "./schema";

/** The body of each portal's "Solicitar la eliminación" action, once the session is known. */
export async function fileDeletionRequest(kind: DataSubjectKind, userId: string, input: DeletionRequestInput): Promise<FormState> {
  const result = await requestDeletion(kind, userId, input.motivo);
  if (!result.ok) return { status: "error", message: result.message };
  return {
    status: "ok",
    message: "Recibimos su solicitud de eliminación. El personal la resolverá y le enviaremos la respuesta por correo.",
  };
}
