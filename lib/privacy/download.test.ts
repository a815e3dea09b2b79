import { eq } from "drizzle-orm";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { auditEvents } from "@/lib/db/schema";
import { personalDataDownload } from "./download";
import { insertEcuapassUser } from "./test-users";

const text = async (bytes: Uint8Array) => (await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true })).text.replace(/\s+/g, " ");

describe("Mis datos downloads", () => {
  it("the PDF reads every datum with its source, and the JSON is the same report; each download is audited", async () => {
    const user = await insertEcuapassUser({ fullName: "Ñusta Añasco Peña" });
    const pdf = await personalDataDownload("ecuapass", user.id, "pdf");
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const content = await text(new Uint8Array(await pdf.arrayBuffer()));
    expect(content).toContain("Mis datos: Ñusta Añasco Peña");
    expect(content).toContain(user.email);
    expect(content).toContain("Formulario «Registro de Usuario General»");
    expect(content).toContain("No hay consentimientos registrados");

    const json = await personalDataDownload("ecuapass", user.id, "json");
    expect(json.headers.get("content-disposition")).toMatch(/^attachment; filename="mis-datos-\d{4}-\d{2}-\d{2}\.json"/);
    const report = (await json.json()) as { holder: { username: string }; sections: { items: { value: string }[] }[] };
    expect(report.holder.username).toBe(user.userId);
    expect(JSON.stringify(report)).not.toContain(user.passwordHash === "x" ? '"x"' : user.passwordHash);

    const events = await db.select().from(auditEvents).where(eq(auditEvents.subjectId, user.id)).orderBy(auditEvents.id);
    expect(events.filter((e) => e.action === "datos_personales.descarga").map((e) => e.details)).toEqual([{ formato: "pdf" }, { formato: "json" }]);
    expect((await personalDataDownload("ecuapass", user.id, "xml")).status).toBe(404);
  });
});
