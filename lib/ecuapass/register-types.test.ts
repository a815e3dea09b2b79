import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ecuapassRegistrationRequests, ecuapassRequestDocuments, ecuapassUsers } from "@/lib/db/schema";
import { sha256Hex } from "@/lib/security/tokens";
import { createSecurityCode } from "./codes";
import { NO_REPRESENTATIVE_MESSAGE, registerEcuapassUser } from "./register";
import { parseTypeForm } from "./registration-forms";
import type { DetailedType } from "./request-details";
import { minimalPdf, randomIp, validTypeForm } from "./test-data";

/** A parsed post of the type's form with a fresh security code typed in. */
async function parsedForm(type: DetailedType, overrides: Record<string, string> = {}) {
  const raw = validTypeForm(type, overrides);
  const created = await createSecurityCode(raw.email!, randomIp());
  if (!created.ok) throw new Error(created.message);
  const bytes = minimalPdf(`${type}-${Math.random()}`);
  const parsed = parseTypeForm(type, { ...raw, securityCode: created.code }, { name: "respaldo.pdf", bytes });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.fieldErrors));
  return { ...parsed, raw, bytes };
}

async function submit(type: DetailedType, overrides: Record<string, string> = {}) {
  const form = await parsedForm(type, overrides);
  const result = await registerEcuapassUser(form.registration, randomIp(), null, {
    type,
    organization: form.organization,
    details: form.details,
    respaldo: form.respaldo,
  });
  return { form, result };
}

/** An approved, active representative of the RUC (what SENAE's approval leaves behind). */
async function approvedRepresentative(type: "representante_comercio_exterior" | "representante_entidad_publica", orgRuc: string) {
  const overrides: Record<string, string> = { orgRuc };
  if (type === "representante_entidad_publica") overrides.capacity = "maxima_autoridad";
  const { result } = await submit(type, overrides);
  if (!result.ok) throw new Error(result.message);
  await db.update(ecuapassRegistrationRequests).set({ status: "aprobada", decidedAt: new Date() }).where(eq(ecuapassRegistrationRequests.accountId, result.id));
  await db.update(ecuapassUsers).set({ status: "activo" }).where(eq(ecuapassUsers.id, result.id));
}

describe("registering each type that needs an approval", () => {
  it.each(["representante_comercio_exterior", "representante_entidad_publica", "organismo_internacional", "persona_discapacidad"] as const)(
    "%s: the pending account, its request with the validated details and the supporting PDF byte for byte, in one go",
    async (type) => {
      const { form, result } = await submit(type);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const [request] = await db.select().from(ecuapassRegistrationRequests).where(eq(ecuapassRegistrationRequests.accountId, result.id));
      expect(request).toMatchObject({ id: result.requestId, type, status: "pendiente_aprobacion", details: form.details, orgRuc: form.organization?.orgRuc.ruc ?? null });
      // Beside the «Solicitud de uso» generated for SENAE's types.
      const docs = await db
        .select()
        .from(ecuapassRequestDocuments)
        .where(and(eq(ecuapassRequestDocuments.requestId, request!.id), eq(ecuapassRequestDocuments.kind, "respaldo")));
      expect(docs).toHaveLength(1);
      expect(docs[0]).toMatchObject({ kind: "respaldo", origin: "subido", fileName: "respaldo.pdf", sha256: sha256Hex(form.bytes), sizeBytes: form.bytes.length });
      expect(Buffer.from(docs[0]!.content).equals(form.bytes)).toBe(true);
    },
  );

  it.each([
    ["empleado", "representante_comercio_exterior"],
    ["funcionario_entidad_publica", "representante_entidad_publica"],
  ] as const)("%s: refused while the organization has no active %s, without spending the code; accepted once one is approved", async (type, repType) => {
    const form = await parsedForm(type);
    const approval = { type, organization: form.organization, details: form.details, respaldo: form.respaldo };
    const refused = await registerEcuapassUser(form.registration, randomIp(), null, approval);
    expect(refused).toEqual({ ok: false, message: NO_REPRESENTATIVE_MESSAGE[type], fieldErrors: { orgRuc: [NO_REPRESENTATIVE_MESSAGE[type]] } });
    expect(await db.select().from(ecuapassUsers).where(eq(ecuapassUsers.emailKey, form.registration.emailKey))).toHaveLength(0);

    await approvedRepresentative(repType, form.organization!.orgRuc.ruc);
    const accepted = await registerEcuapassUser(form.registration, randomIp(), null, approval);
    expect(accepted.ok).toBe(true);
    if (!accepted.ok) return;
    const docs = await db
      .select({ id: ecuapassRequestDocuments.id })
      .from(ecuapassRequestDocuments)
      .innerJoin(ecuapassRegistrationRequests, eq(ecuapassRegistrationRequests.id, ecuapassRequestDocuments.requestId))
      .where(and(eq(ecuapassRegistrationRequests.accountId, accepted.id), eq(ecuapassRequestDocuments.kind, "respaldo")));
    expect(docs).toHaveLength(type === "empleado" ? 0 : 1);
  });

  it("details that do not match the type's schema are never stored: no account, the code still usable", async () => {
    const form = await parsedForm("organismo_internacional");
    const approval = { type: "organismo_internacional" as const, organization: form.organization, details: { position: "x" }, respaldo: form.respaldo };
    await expect(registerEcuapassUser(form.registration, randomIp(), null, approval)).rejects.toThrow(/details of organismo_internacional/);
    expect(await db.select().from(ecuapassUsers).where(eq(ecuapassUsers.emailKey, form.registration.emailKey))).toHaveLength(0);
    const retry = await registerEcuapassUser(form.registration, randomIp(), null, { ...approval, details: form.details });
    expect(retry.ok).toBe(true);
  });
});
