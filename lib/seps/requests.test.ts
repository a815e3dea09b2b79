import { describe, expect, it } from "vitest";
import { and, eq, isNull } from "drizzle-orm";
import { extractText, getDocumentProxy } from "unpdf";
import { advanceClock } from "@/lib/clock";
import { db } from "@/lib/db";
import { randomIp } from "@/lib/ecuapass/test-data";
import { auditEvents, mailOutbox, sepsDocuments, sepsRequestRoles, sepsRequests, sepsRoleAssignments, sepsUsers, staffUsers } from "@/lib/db/schema";
import { randomCedula, uniqueEmail, uniqueSuffix } from "@/test/factories";
import { upsertOrganizations } from "./catastro";
import { verifyDocumentCode } from "./documents";
import { PRIVACY_NOTICE_HASH } from "./privacy-notice";
import { getDocumentFileByLink, getRequestDetail, getRequestDocumentFile } from "./queries";
import { resendRequestLink } from "./lifecycle";
import { checkSepsRequest, createSepsRequest, findRequestByToken, findSubmittedRequest, remitSepsRequest, saveQueue, uploadSignedDocument } from "./requests";
import { sepsRequestSchema } from "./schema";
import { randomRuc } from "./testing";
import type { Sector } from "./roles";

/** The emails a call defers after its commit, awaited by the test (actions hand them to next/server's after()). */
function collectMail() {
  const tasks: Promise<unknown>[] = [];
  return { defer: (task: () => Promise<unknown>) => void tasks.push(task()), settle: () => Promise.all(tasks) };
}

async function makeOrganization(sector: Sector = "no_financiera") {
  const row = {
    ruc: randomRuc(),
    razonSocial: `Asociación de Prueba ${uniqueSuffix()}`,
    sector,
    segmentoNivel: sector === "financiera" ? "Segmento 2" : "Nivel 1",
    email: uniqueEmail("org"),
    legalRepCedula: randomCedula(),
    legalRepName: "Rosa Elena Quishpe Chango",
    legalRepEmail: uniqueEmail("rep"),
  };
  await db.transaction((tx) => upsertOrganizations(tx, [row]));
  const { findOrganizationByRuc } = await import("./catastro");
  return (await findOrganizationByRuc(row.ruc))!;
}

function form(values: Record<string, string | string[]>) {
  return {
    sector: "no_financiera",
    tipo: "natural",
    cedula: randomCedula(),
    nombres: "Ana María Torres Vega",
    correo: uniqueEmail("usuario"),
    empleado: "si",
    cargo: "Contadora general",
    resolucion: "",
    tramiteCedula: "",
    tramiteNombres: "",
    ...values,
  };
}

function parse(values: Record<string, unknown>) {
  const parsed = sepsRequestSchema.safeParse(values);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.data;
}

async function holdRole(organizationId: string, roleCode: string, name = "Julio Ernesto Palacios Romero") {
  const [user] = await db.insert(sepsUsers).values({ cedula: randomCedula(), fullName: name, email: uniqueEmail("titular"), status: "activo" }).returning();
  await db.insert(sepsRoleAssignments).values({ userId: user!.id, organizationId, roleCode, slot: 1, maxPerOrganization: 1 });
  return user!;
}

const pdfText = async (bytes: Uint8Array) => (await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true })).text.replace(/\s+/g, " ");

describe("the request form's schema", () => {
  it("refuses no roles, a duplicated role, a role of the other sector and an empty row", () => {
    const bad = sepsRequestSchema.safeParse(form({ ruc: randomRuc() }));
    expect(bad.success).toBe(false);
    const dup = sepsRequestSchema.safeParse(form({ ruc: randomRuc(), rol: ["NF_LIQUIDADOR", "NF_LIQUIDADOR"], acceso_NF_LIQUIDADOR: "on" }));
    expect(dup.error?.issues.map((i) => i.message).join()).toMatch(/más de una vez/);
    const other = sepsRequestSchema.safeParse(form({ ruc: randomRuc(), rol: "F_AUDITOR_INTERNO", acceso_F_AUDITOR_INTERNO: "on" }));
    expect(other.error?.issues.map((i) => i.message).join()).toMatch(/no existe para este tipo/);
    const empty = sepsRequestSchema.safeParse(form({ ruc: randomRuc(), rol: "NF_LIQUIDADOR" }));
    expect(empty.error?.issues[0]?.path).toEqual(["acceso_NF_LIQUIDADOR"]);
  });

  it("asks the resolution number only for auditor roles", () => {
    const auditor = sepsRequestSchema.safeParse(form({ ruc: randomRuc(), rol: "NF_AUDITOR_EXTERNO", acceso_NF_AUDITOR_EXTERNO: "on" }));
    expect(auditor.error?.issues.map((i) => i.path[0])).toEqual(["resolucion"]);
    const ok = parse(form({ ruc: randomRuc(), rol: "NF_LIQUIDADOR", acceso_NF_LIQUIDADOR: "on", resolucion: "SEPS-123" }));
    expect(ok.user.resolutionNumber).toBeNull();
  });
});

describe("createSepsRequest", () => {
  it("saves the request, its roles and three PDFs whose text holds the request's data", async () => {
    const org = await makeOrganization();
    const proxyCedula = randomCedula();
    const input = parse(
      form({
        ruc: org.ruc,
        rol: ["NF_ACOPIO_INFORMACION", "NF_AUDITOR_EXTERNO"],
        acceso_NF_ACOPIO_INFORMACION: "on",
        acceso_NF_AUDITOR_EXTERNO: "on",
        resolucion: "SEPS-IGT-2026-0042",
        nombres: "José Núñez Peñafiel",
        tramiteCedula: proxyCedula,
        tramiteNombres: "Luis Alberto Cárdenas",
      }),
    );
    const mail = collectMail();
    const result = await createSepsRequest(input, { ip: "203.0.113.7" }, mail.defer);
    await mail.settle();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { request } = result;
    expect(request.number).toMatch(/^SEPS-20\d\d-\d{6}$/);
    expect(request.link).toBe(`http://localhost:3000/seps/solicitud/s/${request.token}`);

    const [row] = await db.select().from(sepsRequests).where(eq(sepsRequests.id, request.id));
    expect(row).toMatchObject({ status: "pendiente_documentos", userCedula: input.user.cedula, orgRuc: org.ruc, privacyNoticeHash: PRIVACY_NOTICE_HASH });
    expect(row!.accessTokenHash).not.toContain(request.token);
    expect((await findRequestByToken(request.token))?.id).toBe(request.id);
    expect(await db.select().from(sepsRequestRoles).where(eq(sepsRequestRoles.requestId, request.id))).toHaveLength(2);

    const docs = await db.select().from(sepsDocuments).where(eq(sepsDocuments.requestId, request.id));
    expect(docs.map((d) => d.kind).sort()).toEqual(["acuerdo_confidencialidad", "consentimiento_datos", "solicitud"]);
    const byKind = Object.fromEntries(docs.map((d) => [d.kind, d]));
    const solicitud = await pdfText(byKind.solicitud!.content);
    for (const expected of [request.number, input.user.cedula, "José Núñez Peñafiel", input.user.email, "Contadora general", "SEPS-IGT-2026-0042", org.ruc, org.razonSocial, org.legalRepName, org.legalRepCedula, org.legalRepEmail, "Rol de Acopio de Información", "Rol de Auditor Externo", proxyCedula, "Luis Alberto Cárdenas", byKind.solicitud!.verificationCode!]) {
      expect(solicitud, expected).toContain(expected);
    }
    const acuerdo = await pdfText(byKind.acuerdo_confidencialidad!.content);
    for (const expected of [request.number, "José Núñez Peñafiel", input.user.cedula, "Rol de Auditor Externo", byKind.acuerdo_confidencialidad!.verificationCode!]) {
      expect(acuerdo, expected).toContain(expected);
    }
    const consentimiento = await pdfText(byKind.consentimiento_datos!.content);
    for (const expected of ["Consentimiento informado de tratamiento de datos personales", "Acceso", "Rectificación", "Eliminación", "Oposición", "Portabilidad", "Revocación", "Superintendencia de Protección de Datos Personales", input.user.cedula, request.number]) {
      expect(consentimiento, expected).toContain(expected);
    }
    for (const doc of docs) {
      expect(doc.origin).toBe("generado");
      expect((await verifyDocumentCode(doc.verificationCode!.toLowerCase().replace(/-/g, " ")))?.requestNumber).toBe(request.number);
    }

    const mails = await db.select().from(mailOutbox).where(eq(mailOutbox.subject, `Solicitud ${request.number}: firme y remita los documentos a la SEPS`));
    expect(mails.map((m) => m.to).sort()).toEqual([input.user.email, org.legalRepEmail].sort());
    expect(mails.every((m) => m.text?.includes(request.link))).toBe(true);
    const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.action, "seps.solicitud.creada"), eq(auditEvents.subjectId, request.id)));
    expect(JSON.stringify(event?.details)).not.toContain(request.token);
  });

  it("refuses an unknown RUC and a RUC of the other sector", async () => {
    const unknown = await createSepsRequest(parse(form({ ruc: randomRuc(), rol: "NF_LIQUIDADOR", acceso_NF_LIQUIDADOR: "on" })), { ip: "203.0.113.7" });
    expect(!unknown.ok && unknown.fieldErrors.ruc?.[0]).toMatch(/no consta en el catastro/);
    const financial = await makeOrganization("financiera");
    const other = await createSepsRequest(parse(form({ ruc: financial.ruc, rol: "NF_LIQUIDADOR", acceso_NF_LIQUIDADOR: "on" })), { ip: "203.0.113.7" });
    expect(!other.ok && other.fieldErrors.ruc?.[0]).toMatch(/sector financiero/);
  });

  it("refuses a full role without a user to deactivate, and accepts it with the holder's cédula", async () => {
    const org = await makeOrganization();
    const holder = await holdRole(org.id, "NF_REPRESENTANTE_LEGAL");
    const base = { ruc: org.ruc, rol: "NF_REPRESENTANTE_LEGAL", acceso_NF_REPRESENTANTE_LEGAL: "on" };
    const refused = await createSepsRequest(parse(form(base)), { ip: "203.0.113.7" });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.fieldErrors.desactivar_NF_REPRESENTANTE_LEGAL?.[0]).toMatch(/ya tiene 1 usuario activo/);
      expect(refused.fieldErrors.desactivar_NF_REPRESENTANTE_LEGAL?.[0]).toContain("J**** E****** P******* R*****");
      expect(refused.fieldErrors.desactivar_NF_REPRESENTANTE_LEGAL?.[0]).not.toContain(holder.cedula);
    }
    const accepted = await createSepsRequest(
      parse(form({ ...base, desactivacion_NF_REPRESENTANTE_LEGAL: "on", desactivar_NF_REPRESENTANTE_LEGAL: holder.cedula })),
      { ip: "203.0.113.7" },
    );
    expect(accepted.ok).toBe(true);
    const onlyDeactivation = await createSepsRequest(
      parse(form({ ruc: org.ruc, rol: "NF_REPRESENTANTE_LEGAL", desactivacion_NF_REPRESENTANTE_LEGAL: "on", desactivar_NF_REPRESENTANTE_LEGAL: holder.cedula })),
      { ip: "203.0.113.7" },
    );
    expect(onlyDeactivation.ok).toBe(true);
    if (accepted.ok) {
      const [role] = await db.select().from(sepsRequestRoles).where(eq(sepsRequestRoles.requestId, accepted.request.id));
      expect(role).toMatchObject({ requestAccess: true, requestDeactivation: true, deactivateCedula: holder.cedula });
    }
  });

  it("answers alike whoever's cédula is typed: a stranger's role is never confirmed", async () => {
    const org = await makeOrganization();
    const holder = await holdRole(org.id, "NF_REPRESENTANTE_LEGAL");
    const full = { ruc: org.ruc, rol: "NF_REPRESENTANTE_LEGAL", acceso_NF_REPRESENTANTE_LEGAL: "on" };
    const outcome = (r: Awaited<ReturnType<typeof checkSepsRequest>>) => (r.ok ? "ok" : JSON.stringify(r.fieldErrors));

    // "¿Solicita desactivación?" with the holder's cédula or anyone else's.
    const deactivate = (cedula: string) => form({ ...full, desactivacion_NF_REPRESENTANTE_LEGAL: "on", desactivar_NF_REPRESENTANTE_LEGAL: cedula });
    const asHolder = await checkSepsRequest(parse(deactivate(holder.cedula)));
    const asStranger = await checkSepsRequest(parse(deactivate(randomCedula())));
    expect(outcome(asHolder)).toBe("ok");
    expect(outcome(asStranger)).toBe(outcome(asHolder));

    // The holder's own cédula as the applicant, on the full role: the same answer as a stranger's.
    const holderApplies = await checkSepsRequest(parse(form({ ...full, cedula: holder.cedula, nombres: holder.fullName })));
    const strangerApplies = await checkSepsRequest(parse(form({ ...full, nombres: holder.fullName })));
    expect(outcome(holderApplies)).toBe(outcome(strangerApplies));
    expect(outcome(holderApplies)).not.toContain(holder.fullName);
    expect(outcome(holderApplies)).not.toContain(holder.cedula);

    // On a role with free slots, the holder applying again is not told they hold it.
    const cooperative = await makeOrganization("financiera");
    const other = await holdRole(cooperative.id, "F_ACOPIO_INFORMACION");
    const acopio = { sector: "financiera", ruc: cooperative.ruc, rol: "F_ACOPIO_INFORMACION", acceso_F_ACOPIO_INFORMACION: "on" };
    const again = await checkSepsRequest(parse(form({ ...acopio, cedula: other.cedula })));
    const fresh = await checkSepsRequest(parse(form(acopio)));
    expect(outcome(again)).toBe(outcome(fresh));
  });

  it("saves one request per submission key: a retry, even concurrent, gets the first one's", async () => {
    const org = await makeOrganization();
    const input = parse(form({ ruc: org.ruc, rol: "NF_LIQUIDADOR", acceso_NF_LIQUIDADOR: "on" }));
    const submissionKey = `clave-${uniqueSuffix()}-${uniqueSuffix()}-${uniqueSuffix()}`;
    const [first, second] = await Promise.all([0, 1].map(() => createSepsRequest(input, { ip: "203.0.113.10", submissionKey })));
    const retried = await createSepsRequest(input, { ip: "203.0.113.10", submissionKey });
    expect(first?.ok && second?.ok && retried.ok).toBe(true);
    if (!first?.ok || !second?.ok || !retried.ok) return;
    expect(new Set([first.request.id, second.request.id, retried.request.id]).size).toBe(1);
    expect(retried.request.token).toBe(first.request.token);
    expect(await db.select().from(sepsRequests).where(eq(sepsRequests.userCedula, input.user.cedula))).toHaveLength(1);
    // The same key with another person's data is not that request.
    const other = await createSepsRequest(parse(form({ ruc: org.ruc, rol: "NF_LIQUIDADOR", acceso_NF_LIQUIDADOR: "on" })), { ip: "203.0.113.10", submissionKey });
    expect(other).toMatchObject({ ok: false, message: expect.stringMatching(/ya guardó una solicitud con otros datos/) });
    // Without a key, two saves are two requests.
    const [a, b] = await Promise.all([0, 1].map(() => createSepsRequest(input, { ip: "203.0.113.10" })));
    expect(a?.ok && b?.ok && a.request.id !== b.request.id).toBe(true);
  });

  it("a replay of a submission after its link was resent finds the saved request (no second one, no new link)", async () => {
    const org = await makeOrganization();
    const input = parse(form({ ruc: org.ruc, rol: "NF_LIQUIDADOR", acceso_NF_LIQUIDADOR: "on" }));
    const submissionKey = `clave-${uniqueSuffix()}-${uniqueSuffix()}-${uniqueSuffix()}`;
    const first = await createSepsRequest(input, { ip: "203.0.113.11", submissionKey });
    if (!first.ok) throw new Error(first.message);
    // «Consultar» → «Reenviar el enlace»: the link's token is rotated.
    const resent = await resendRequestLink({ number: first.request.number, cedula: input.user.cedula, ip: randomIp() });
    expect(resent.ok).toBe(true);
    expect(await findRequestByToken(first.request.token)).toBeNull();
    // The old «Guardar» replayed (same key): the saved request, named, without the old or the new link.
    const replayed = await createSepsRequest(input, { ip: "203.0.113.11", submissionKey });
    expect(replayed).toMatchObject({ ok: false, message: expect.stringContaining(first.request.number) });
    expect(JSON.stringify(replayed)).not.toContain(first.request.token);
    expect(await findSubmittedRequest(submissionKey, input)).toMatchObject({ ok: false, message: expect.stringContaining(first.request.number) });
    expect(await db.select().from(sepsRequests).where(eq(sepsRequests.userCedula, input.user.cedula))).toHaveLength(1);
  });

  it("accepts two requests racing for the last free slot (approval enforces the limit)", async () => {
    const org = await makeOrganization();
    const results = await Promise.all(
      [0, 1].map(() => createSepsRequest(parse(form({ ruc: org.ruc, rol: "NF_LIQUIDADOR", acceso_NF_LIQUIDADOR: "on" })), { ip: "203.0.113.8" })),
    );
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    const numbers = results.map((r) => (r.ok ? r.request.number : ""));
    expect(new Set(numbers).size).toBe(2);
    const assignments = await db.select().from(sepsRoleAssignments).where(eq(sepsRoleAssignments.organizationId, org.id));
    expect(assignments).toHaveLength(0);
  });

  it("saves four at a time under a burst; the others wait their turn and are saved too", async () => {
    const org = await makeOrganization();
    const saving = Promise.all(
      Array.from({ length: 6 }, () =>
        createSepsRequest(parse(form({ ruc: org.ruc, rol: "NF_LIQUIDADOR", acceso_NF_LIQUIDADOR: "on" })), { ip: "203.0.113.10" }),
      ),
    );
    expect(saveQueue()).toEqual({ active: 4, waiting: 2 });
    expect((await saving).map((r) => r.ok)).toEqual([true, true, true, true, true, true]);
    expect(saveQueue()).toEqual({ active: 0, waiting: 0 });
  });
});

describe("signed copies and remission", () => {
  const minimalPdf = (marker: string) => {
    const body = `%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n% ${marker}\n`;
    const xref = body.length;
    return Buffer.from(`${body}xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \ntrailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  };

  async function newRequest() {
    const org = await makeOrganization();
    const result = await createSepsRequest(parse(form({ ruc: org.ruc, rol: "NF_ACOPIO_INFORMACION", acceso_NF_ACOPIO_INFORMACION: "on" })), { ip: "203.0.113.9" });
    if (!result.ok) throw new Error("request not created");
    return result.request;
  }

  it("refuses files that are not PDFs by content, whatever their name, and damaged PDFs", async () => {
    const request = await newRequest();
    const upload = (bytes: Uint8Array) => uploadSignedDocument({ token: request.token, kind: "solicitud", bytes, ip: "203.0.113.9" });
    expect(await upload(Buffer.from("<html><script>alert(1)</script></html>"))).toMatchObject({ ok: false, message: expect.stringMatching(/no es un PDF/) });
    expect(await upload(Buffer.from("GIF89a%PDF-1.4"))).toMatchObject({ ok: false });
    expect(await upload(minimalPdf("x").subarray(0, 120))).toMatchObject({ ok: false, message: expect.stringMatching(/dañado/) });
    expect(await upload(new Uint8Array(0))).toMatchObject({ ok: false, message: expect.stringMatching(/vacío/) });
    const big = Buffer.concat([minimalPdf("x"), Buffer.alloc(10 * 1024 * 1024)]);
    expect(await upload(big)).toMatchObject({ ok: false, message: expect.stringMatching(/10 MB/) });
    expect((await upload(minimalPdf("ok"))).ok).toBe(true);
    const generated = await db.select().from(sepsDocuments).where(and(eq(sepsDocuments.requestId, request.id), eq(sepsDocuments.kind, "solicitud"), eq(sepsDocuments.origin, "generado")));
    expect(await upload(generated[0]!.content)).toMatchObject({ ok: false, message: expect.stringMatching(/es el documento generado, sin firmar/) });
  });

  it("keeps only the current copies and those a reviewer saw; bounds uploads per request and hour", async () => {
    const request = await newRequest();
    const ip = randomIp();
    const upload = (kind: "solicitud" | "acuerdo_confidencialidad" | "consentimiento_datos", marker: string) =>
      uploadSignedDocument({ token: request.token, kind, bytes: minimalPdf(marker), ip });
    const stored = async () =>
      (await db.select().from(sepsDocuments).where(and(eq(sepsDocuments.requestId, request.id), eq(sepsDocuments.origin, "firmado"))))
        .map((d) => `${d.kind}:${d.content.toString("latin1").match(/\n% (\w+)\n/)?.[1]}:${d.supersededAt ? "reemplazada" : "vigente"}`)
        .sort();
    for (const marker of ["uno", "dos", "tres"]) expect((await upload("solicitud", marker)).ok).toBe(true);
    await upload("acuerdo_confidencialidad", "a");
    await upload("consentimiento_datos", "c");
    expect(await stored()).toEqual(["acuerdo_confidencialidad:a:vigente", "consentimiento_datos:c:vigente", "solicitud:tres:vigente"]);

    expect((await remitSepsRequest({ token: request.token, ip })).ok).toBe(true);
    // The reviewer asks for a correction: the copy they saw stays beside its replacements.
    await db.update(sepsRequests).set({ status: "correccion_solicitada" }).where(eq(sepsRequests.id, request.id));
    advanceClock(1_000);
    expect((await upload("solicitud", "corregida")).ok).toBe(true);
    expect((await upload("solicitud", "final")).ok).toBe(true);
    expect(await stored()).toEqual([
      "acuerdo_confidencialidad:a:vigente",
      "consentimiento_datos:c:vigente",
      "solicitud:final:vigente",
      "solicitud:tres:reemplazada",
    ]);

    // 7 uploads so far this hour; the 12th is the last one accepted.
    for (let i = 8; i <= 12; i++) expect((await upload("acuerdo_confidencialidad", `n${i}`)).ok, `subida ${i}`).toBe(true);
    expect(await upload("acuerdo_confidencialidad", "n13")).toMatchObject({ ok: false, message: expect.stringMatching(/^Demasiados intentos, espere \d+ minutos\.$/) });
    // The reviewed "a" stays too, superseded.
    expect((await stored()).length).toBe(5);
  });

  it("stores uploads byte for byte, supersedes a replaced one, and remits with the three", async () => {
    const request = await newRequest();
    const upload = (kind: "solicitud" | "acuerdo_confidencialidad" | "consentimiento_datos", marker: string) =>
      uploadSignedDocument({ token: request.token, kind, bytes: minimalPdf(marker), ip: "203.0.113.9" });
    expect((await remitSepsRequest({ token: request.token, ip: "203.0.113.9" })).ok).toBe(false);
    await upload("solicitud", "primera");
    const second = await upload("solicitud", "segunda");
    await upload("acuerdo_confidencialidad", "a");
    expect(await remitSepsRequest({ token: request.token, ip: "203.0.113.9" })).toMatchObject({ ok: false, message: expect.stringMatching(/tres documentos/) });
    await upload("consentimiento_datos", "c");

    const detail = (await getRequestDetail(request.id))!;
    const signed = detail.documents.filter((d) => d.origin === "firmado");
    // "primera" was replaced before any reviewer saw it: not kept.
    expect(signed).toHaveLength(3);
    expect(signed.filter((d) => d.supersededAt)).toHaveLength(0);
    const file = await getRequestDocumentFile(request.id, second.ok ? second.documentId : "");
    expect(file?.content.equals(minimalPdf("segunda"))).toBe(true);
    const byLink = await getDocumentFileByLink(request.token, second.ok ? second.documentId : "");
    expect(byLink?.content.equals(minimalPdf("segunda"))).toBe(true);

    const reviewerEmail = uniqueEmail("revisor");
    const inactiveEmail = uniqueEmail("inactivo");
    await db.insert(staffUsers).values([
      { email: reviewerEmail, fullName: "Revisora de Prueba", role: "reviewer", status: "activo" },
      { email: inactiveEmail, fullName: "Revisor Inactivo", role: "reviewer", status: "desactivado" },
    ]);
    const remitMail = collectMail();
    const remitted = await remitSepsRequest({ token: request.token, ip: "203.0.113.9" }, remitMail.defer);
    expect(remitted).toEqual({ ok: true, number: request.number });
    await remitMail.settle();
    const notified = await db.select().from(mailOutbox).where(eq(mailOutbox.subject, `Nueva solicitud en revisión: ${request.number}`));
    expect(notified.map((m) => m.to)).toContain(reviewerEmail);
    expect(notified.map((m) => m.to)).not.toContain(inactiveEmail);
    expect(notified.find((m) => m.to === reviewerEmail)?.text).toContain(`/admin/solicitudes/${request.id}`);
    const events = await db.select().from(auditEvents).where(and(eq(auditEvents.subjectId, request.id), eq(auditEvents.action, "seps.solicitud.remitida"))).orderBy(auditEvents.id);
    expect(events).toHaveLength(1);
    const [row] = await db.select().from(sepsRequests).where(eq(sepsRequests.id, request.id));
    expect(row?.status).toBe("en_revision");
    expect(row?.submittedAt).toBeInstanceOf(Date);
    expect(await upload("solicitud", "tarde")).toMatchObject({ ok: false, message: expect.stringMatching(/En revisión/) });
    expect((await remitSepsRequest({ token: request.token, ip: "203.0.113.9" })).ok).toBe(false);
    const current = await db.select().from(sepsDocuments).where(and(eq(sepsDocuments.requestId, request.id), eq(sepsDocuments.origin, "firmado"), isNull(sepsDocuments.supersededAt)));
    expect(current).toHaveLength(3);
  });

  it("lets the applicant upload and remit again after a correction is requested", async () => {
    const request = await newRequest();
    for (const kind of ["solicitud", "acuerdo_confidencialidad", "consentimiento_datos"] as const) {
      await uploadSignedDocument({ token: request.token, kind, bytes: minimalPdf(kind), ip: "203.0.113.9" });
    }
    await remitSepsRequest({ token: request.token, ip: "203.0.113.9" });
    await db.update(sepsRequests).set({ status: "correccion_solicitada" }).where(eq(sepsRequests.id, request.id));
    expect((await uploadSignedDocument({ token: request.token, kind: "solicitud", bytes: minimalPdf("corregida"), ip: "203.0.113.9" })).ok).toBe(true);
    expect((await remitSepsRequest({ token: request.token, ip: "203.0.113.9" })).ok).toBe(true);
    const [row] = await db.select().from(sepsRequests).where(eq(sepsRequests.id, request.id));
    expect(row?.status).toBe("en_revision");
  });

  it("does not open a request with a wrong token, nor a document of another request", async () => {
    const [a, b] = [await newRequest(), await newRequest()];
    expect(await findRequestByToken(a.token.slice(0, -1) + (a.token.endsWith("A") ? "B" : "A"))).toBeNull();
    expect(await findRequestByToken("corto")).toBeNull();
    const docsOfB = await db.select({ id: sepsDocuments.id }).from(sepsDocuments).where(eq(sepsDocuments.requestId, b.id));
    expect(await getRequestDocumentFile(a.id, docsOfB[0]!.id)).toBeNull();
    expect(await getDocumentFileByLink(a.token, docsOfB[0]!.id)).toBeNull();
    expect(await getDocumentFileByLink(b.token, docsOfB[0]!.id)).not.toBeNull();
    expect(await uploadSignedDocument({ token: "x".repeat(43), kind: "solicitud", bytes: minimalPdf("x"), ip: "1.1.1.1" })).toMatchObject({ ok: false, notFound: true });
  });
});
