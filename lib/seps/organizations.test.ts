import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { auditEvents, organizations } from "@/lib/db/schema";
import { organizationContactSchema } from "./organization-schema";
import { getOrganizationDetail, updateOrganizationContact } from "./organizations";
import { createHolder, createOrganization } from "./review.fixtures";

const actor = { kind: "staff" as const, label: "Admin de prueba" };

describe("organization contact data", () => {
  it("saves the edit and audits each changed field's old and new value", async () => {
    const org = await createOrganization();
    const input = organizationContactSchema.parse({
      organizationId: org.id,
      email: " Contacto@Nueva.EC ",
      legalRepCedula: "171003406-5",
      legalRepName: "  Luis   Alberto Guamán ",
      legalRepEmail: org.legalRepEmail,
    });
    expect(await updateOrganizationContact(input, actor)).toEqual({ ok: true, changed: 3 });
    const [after] = await db.select().from(organizations).where(eq(organizations.id, org.id));
    expect(after).toMatchObject({ email: "contacto@nueva.ec", legalRepCedula: "1710034065", legalRepName: "Luis Alberto Guamán" });
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.subjectId, org.id));
    expect(event!.details).toMatchObject({ ruc: org.ruc, cambios: { email: { antes: org.email, despues: "contacto@nueva.ec" } } });
    expect(await updateOrganizationContact(input, actor)).toEqual({ ok: true, changed: 0 });
  });

  it("refuses a bad cédula and email with Spanish messages", () => {
    const parsed = organizationContactSchema.safeParse({ organizationId: crypto.randomUUID(), email: "x", legalRepCedula: "1234567890", legalRepName: "Ana", legalRepEmail: "y@z.ec" });
    expect(parsed.success).toBe(false);
    const errors = parsed.error!.flatten().fieldErrors;
    expect(errors.email?.[0]).toContain("no es válido");
    expect(errors.legalRepCedula?.[0]).toMatch(/cédula/i);
  });

  it("lists every role of the sector with its holders", async () => {
    const org = await createOrganization("no_financiera");
    const holder = await createHolder(org.id, "NF_REPRESENTANTE_LEGAL");
    const detail = await getOrganizationDetail(org.id);
    const legal = detail!.roles.find((r) => r.roleCode === "NF_REPRESENTANTE_LEGAL");
    expect(legal).toMatchObject({ max: 1, holders: [{ userId: holder.id }] });
    expect(detail!.roles.every((r) => r.roleCode.startsWith("NF_"))).toBe(true);
  });
});
