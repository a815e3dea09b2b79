import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db";
import { ecuapassRegistrationRequests, ecuapassUsers } from "@/lib/db/schema";
import { organizationSchema, RUC_KINDS_FOR } from "@/lib/ecuapass/organization-schema";
import { resubmitRegistrationRequest } from "@/lib/ecuapass/registration-requests";
import { addRequestDocument, createEcuapassRequest } from "@/lib/ecuapass/review.fixtures";
import { testHookInput } from "@/lib/security/test-hooks";

// End-to-end tests of SENAE's review side only (ENABLE_TEST_HOOKS): an Ecuapass registration
// request "Pendiente de aprobación" with its generated and signed «Solicitud de uso», so a reviewer
// test starts where the reviewer does; and the applicant's resubmission after a correction.

export const dynamic = "force-dynamic";

const bodySchema = z.discriminatedUnion("action", [
  z
    .object({
      action: z.literal("crear"),
      type: z.enum(["representante_comercio_exterior", "representante_entidad_publica", "organismo_internacional"]),
      orgRuc: z.string().regex(/^\d{13}$/),
      orgRazonSocial: z.string().min(3).max(200),
      fullName: z.string().min(3).max(150),
      email: z.email(),
      signature: z.enum(["valida", "advertencias", "invalida", "sin_firma"]).nullable(),
    })
    .strict(),
  z.object({ action: z.literal("reenviar"), requestId: z.uuid() }).strict(),
]);

export async function POST(request: Request) {
  const parsed = await testHookInput(request, bodySchema);
  if (!parsed.ok) return parsed.response;
  const input = parsed.data;
  if (input.action === "reenviar") {
    const [found] = await db
      .select({ request: ecuapassRegistrationRequests, userId: ecuapassUsers.userId })
      .from(ecuapassRegistrationRequests)
      .innerJoin(ecuapassUsers, eq(ecuapassUsers.id, ecuapassRegistrationRequests.accountId))
      .where(eq(ecuapassRegistrationRequests.id, input.requestId));
    const r = found?.request;
    if (!found || !r || r.type !== "representante_comercio_exterior") return Response.json({ error: "solicitud" }, { status: 404 });
    const organization = organizationSchema(RUC_KINDS_FOR[r.type]).parse({ orgRuc: r.orgRuc, orgRazonSocial: r.orgRazonSocial, orgAddress: r.orgAddress, orgPhone: r.orgPhone });
    const result = await resubmitRegistrationRequest(r.accountId, found.userId, organization);
    return Response.json({ ok: result.ok }, { status: result.ok ? 200 : 409 });
  }
  const created = await db.transaction(async (tx) => {
    const { account, request: row } = await createEcuapassRequest(
      { type: input.type, orgRuc: input.orgRuc, orgRazonSocial: input.orgRazonSocial, fullName: input.fullName, email: input.email },
      tx,
    );
    await addRequestDocument(row.id, { kind: "solicitud_uso", origin: "generado" }, tx);
    await addRequestDocument(row.id, { kind: "respaldo", origin: "subido" }, tx);
    if (input.signature) await addRequestDocument(row.id, { kind: "solicitud_uso", origin: "subido", verdict: input.signature }, tx);
    return { id: row.id, accountId: account.id, userId: account.userId, docNumber: account.docNumber };
  });
  return Response.json(created);
}
