import { eq } from "drizzle-orm";
import { z } from "zod";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { organizations, sepsDocuments } from "@/lib/db/schema";
import { newLinkToken, sha256Hex } from "@/lib/security/tokens";
import { createRequestInReview } from "@/lib/seps/review.fixtures";
import { findRoleInSector } from "@/lib/seps/roles";
import { testHookInput } from "@/lib/security/test-hooks";

// End-to-end tests of the review side only (ENABLE_TEST_HOOKS): a request already "En revisión"
// with its three generated and signed PDFs, so a reviewer test does not depend on the form.

export const dynamic = "force-dynamic";

const bodySchema = z
  .object({
    /** A fresh organization per test, so no test finds its role slots taken by another. */
    organization: z
      .object({
        ruc: z.string().regex(/^\d{13}$/),
        razonSocial: z.string().min(3).max(200),
        sector: z.enum(["financiera", "no_financiera"]),
        legalRepCedula: z.string().regex(/^\d{10}$/),
        legalRepName: z.string().min(3).max(120),
        legalRepEmail: z.email(),
      })
      .strict(),
    userCedula: z.string().regex(/^\d{10}$/),
    userName: z.string().min(3).max(120),
    userEmail: z.email(),
    roles: z
      .array(
        z.object({
          roleCode: z.string(),
          deactivateCedula: z.string().regex(/^\d{10}$/).optional(),
          requestAccess: z.boolean().optional(),
        }),
      )
      .min(1),
    /** pendiente_documentos: saved, nothing uploaded yet (the applicant's side). Default en_revision. */
    status: z.enum(["pendiente_documentos", "en_revision"]).optional(),
  })
  .strict();

function tinyPdf(title: string): Buffer {
  return Buffer.from(`%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% ${title}\ntrailer<</Root 1 0 R>>\n%%EOF\n`);
}

export async function POST(request: Request) {
  const parsed = await testHookInput(request, bodySchema);
  if (!parsed.ok) return parsed.response;
  const input = parsed.data;
  const o = input.organization;
  await db
    .insert(organizations)
    .values({ ...o, segmentoNivel: o.sector === "financiera" ? "Segmento 4" : "Nivel 1", email: o.legalRepEmail })
    .onConflictDoNothing({ target: organizations.ruc });
  const [org] = await db.select().from(organizations).where(eq(organizations.ruc, o.ruc)).limit(1);
  if (!org) return Response.json({ error: "organización" }, { status: 400 });
  if (input.roles.some((r) => !findRoleInSector(r.roleCode, org.sector))) return Response.json({ error: "rol" }, { status: 400 });
  const token = newLinkToken();
  const pending = input.status === "pendiente_documentos";
  const created = await db.transaction(async (tx) => {
    const row = await createRequestInReview(
      {
        organization: org,
        roles: input.roles.map((r) => ({ ...r, requestDeactivation: Boolean(r.deactivateCedula) })),
        userCedula: input.userCedula,
        userName: input.userName,
        userEmail: input.userEmail,
        submittedAt: pending ? null : now(),
        status: input.status,
        accessToken: token,
      },
      tx,
    );
    for (const kind of ["solicitud", "acuerdo_confidencialidad", "consentimiento_datos"] as const) {
      for (const origin of pending ? (["generado"] as const) : (["generado", "firmado"] as const)) {
        const content = tinyPdf(`${kind} ${origin}`);
        await tx.insert(sepsDocuments).values({
          requestId: row.id,
          kind,
          origin,
          fileName: `${row.number}-${kind}${origin === "firmado" ? "-firmado" : ""}.pdf`,
          content,
          sha256: sha256Hex(content),
          sizeBytes: content.length,
        });
      }
    }
    return row;
  });
  return Response.json({ id: created.id, number: created.number, token });
}
