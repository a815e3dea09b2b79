import { and, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { mailOutbox, sepsDocuments, sepsRequests, staffUsers } from "@/lib/db/schema";
import { hashToken, newLinkToken } from "@/lib/security/tokens";
import { uniqueEmail, uniqueSuffix } from "@/test/factories";
import { correctSepsRequest } from "./correction";
import { requestCorrection } from "./review";
import { createOrganization, createRequestInReview } from "./review.fixtures";

async function reviewer() {
  const [staff] = await db
    .insert(staffUsers)
    .values({ email: uniqueEmail("revisor"), fullName: `Revisor ${uniqueSuffix()}`, role: "reviewer", status: "activo" })
    .returning();
  return { id: staff!.id, label: staff!.email };
}

async function requestToCorrect(corregir: ("usuario" | "tramite")[]) {
  const org = await createOrganization("no_financiera");
  const token = newLinkToken();
  const request = await createRequestInReview({ organization: org, accessToken: token, roles: [{ roleCode: "NF_ACOPIO_INFORMACION" }] });
  for (const origin of ["generado", "firmado"] as const) {
    await db.insert(sepsDocuments).values(
      (["solicitud", "acuerdo_confidencialidad", "consentimiento_datos"] as const).map((kind) => ({
        requestId: request.id,
        kind,
        origin,
        fileName: `${kind}-${origin}.pdf`,
        content: Buffer.from("%PDF-1.4\n%%EOF\n"),
        sha256: "0".repeat(64),
        sizeBytes: 15,
      })),
    );
  }
  const mails: Promise<unknown>[] = [];
  const decided = await requestCorrection(
    { requestId: request.id, reason: "El nombre del usuario está mal escrito.", corregir },
    await reviewer(),
    (task) => void mails.push(task()),
  );
  await Promise.all(mails);
  expect(decided.ok).toBe(true);
  return { request, token };
}

const current = (requestId: string) =>
  db.select().from(sepsDocuments).where(and(eq(sepsDocuments.requestId, requestId), isNull(sepsDocuments.supersededAt)));

describe("correcting the data the reviewer named", () => {
  it("stores the named sections and tells the applicant which data to correct", async () => {
    const { request } = await requestToCorrect(["usuario"]);
    const [row] = await db.select().from(sepsRequests).where(eq(sepsRequests.id, request.id));
    expect(row!.correctionFields).toEqual(["usuario"]);
    const [mail] = await db.select().from(mailOutbox).where(eq(mailOutbox.to, request.userEmail));
    expect(mail!.text).toContain("Datos Personales del Usuario");
  });

  it("updates the named section only, generates the three PDFs again and asks for new signed copies", async () => {
    const { request, token } = await requestToCorrect(["usuario"]);
    const email = uniqueEmail("corregido");

    const result = await correctSepsRequest({
      token,
      ip: "127.0.0.1",
      fields: {
        cedula: request.userCedula,
        nombres: "Usuaria Corregida Andrade",
        correo: email,
        empleado: "si",
        cargo: "Contadora general",
        resolucion: "",
        // Not a section the reviewer named: ignored.
        tramiteCedula: "1710034065",
        tramiteNombres: "Tercero No Pedido",
      },
    });

    expect(result).toEqual({ ok: true, number: request.number });
    const [row] = await db.select().from(sepsRequests).where(eq(sepsRequests.id, request.id));
    expect(row).toMatchObject({ userName: "Usuaria Corregida Andrade", userEmail: email, userPosition: "Contadora general", proxyCedula: null, status: "correccion_solicitada" });
    const docs = await current(request.id);
    expect(docs.map((d) => d.origin)).toEqual(["generado", "generado", "generado"]);
    expect(docs.every((d) => d.content.subarray(0, 5).toString() === "%PDF-" && d.sizeBytes > 1000)).toBe(true);
  }, 60_000);

  it("refuses bad data with the field's message and changes nothing; refuses when no data correction was asked", async () => {
    const { request, token } = await requestToCorrect(["usuario"]);
    const bad = await correctSepsRequest({
      token,
      ip: "127.0.0.1",
      fields: { cedula: request.userCedula, nombres: "Solo", correo: "no-es-correo", empleado: "si", cargo: "Contadora", resolucion: "" },
    });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.fieldErrors?.correo?.[0]).toBeTruthy();
    expect(!bad.ok && bad.fieldErrors?.nombres?.[0]).toBeTruthy();
    const [row] = await db.select().from(sepsRequests).where(eq(sepsRequests.id, request.id));
    expect(row!.userEmail).toBe(request.userEmail);
    expect((await current(request.id)).filter((d) => d.origin === "firmado")).toHaveLength(3);

    const other = await requestToCorrect([]);
    expect(await correctSepsRequest({ token: other.token, ip: "127.0.0.1", fields: {} })).toMatchObject({ ok: false });
    expect(await correctSepsRequest({ token: hashToken("x").slice(0, 43), ip: "127.0.0.1", fields: {} })).toMatchObject({ ok: false });
  });
});
