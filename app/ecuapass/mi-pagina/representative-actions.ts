"use server";

import { after } from "next/server";
import { redirect } from "next/navigation";
import { decideAsRepresentative, grantMemberFunctions, revokeMemberFunction } from "@/lib/ecuapass/representative-decisions";
import { memberApproveSchema, memberGrantSchema, memberRejectSchema, memberRevokeSchema } from "@/lib/ecuapass/representative-schema";
import { userAction } from "@/lib/security/action";

// A representative's decisions and function changes on "Mi página". The session's account is the
// representative; the domain functions check that it is an active one of the request's organization.

/** "Aprobar" an employee's or official's request with the functions ticked. */
export const approveMemberAction = userAction("ecuapass", memberApproveSchema, async ({ requestId, funciones }, { user }) => {
  const result = await decideAsRepresentative(requestId, user.id, { action: "aprobar", functionIds: funciones }, after);
  if (!result.ok) return { status: "error", message: result.message };
  redirect("/ecuapass/mi-pagina?cambio=aprobada#solicitudes-organizacion");
});

/** "Rechazar" with the reason the applicant receives. */
export const rejectMemberAction = userAction("ecuapass", memberRejectSchema, async ({ requestId, reason }, { user }) => {
  const result = await decideAsRepresentative(requestId, user.id, { action: "rechazar", reason }, after);
  if (!result.ok) return { status: "error", message: result.message };
  redirect("/ecuapass/mi-pagina?cambio=rechazada#solicitudes-organizacion");
});

/** "Asignar funciones" to an approved employee or official. */
export const grantMemberAction = userAction("ecuapass", memberGrantSchema, async ({ accountId, funciones }, { user }) => {
  const result = await grantMemberFunctions(user.id, accountId, funciones, after);
  if (!result.ok) return { status: "error", message: result.message };
  redirect("/ecuapass/mi-pagina?cambio=funciones#miembros-aprobados");
});

/** "Retirar" one function. */
export const revokeMemberAction = userAction("ecuapass", memberRevokeSchema, async ({ accountId, functionId }, { user }) => {
  const result = await revokeMemberFunction(user.id, accountId, functionId, after);
  if (!result.ok) return { status: "error", message: result.message };
  redirect("/ecuapass/mi-pagina?cambio=funcion_retirada#miembros-aprobados");
});
