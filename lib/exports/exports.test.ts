import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { auditEvents } from "@/lib/db/schema";
import { createOrganization, createRequestInReview } from "@/lib/seps/review.fixtures";
import { and, eq } from "drizzle-orm";
import { csvCell, csvStream } from "./csv";
import { exportAuditCsv, exportQueueCsv } from "./exports";

async function readAll(stream: ReadableStream<Uint8Array>) {
  const bytes = Buffer.from(await new Response(stream).arrayBuffer());
  return bytes;
}

describe("CSV cells", () => {
  it("quotes commas, quotes and line breaks, and defuses formulas", () => {
    expect(csvCell('Cooperativa "La Unión", Ltda.')).toBe('"Cooperativa ""La Unión"", Ltda."');
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell(null)).toBe("");
    expect(csvCell(new Date("2026-11-29T12:00:00Z"))).toBe("2026-11-29 07:00:00");
  });

  it("pulls one batch at a time: nothing past the batch the reader asked for is read", async () => {
    let produced = 0;
    async function* batches() {
      for (let i = 0; i < 100; i++) {
        produced++;
        yield [[`fila ${i}`]];
      }
    }
    const reader = csvStream(["Columna"], batches()).getReader();
    await reader.read(); // the header
    await reader.read(); // the first batch
    expect(produced).toBeLessThanOrEqual(2);
    await reader.cancel();
  });
});

describe("exports", () => {
  it("streams the queue with its filters, UTF-8 with a BOM, in batches, and audits the export", async () => {
    const org = await createOrganization();
    const names = ["José Núñez Peña", "María Ñusta Quishpe", "Andrés Ávila"];
    for (const userName of names) await createRequestInReview({ organization: org, userName, roles: [{ roleCode: "NF_ACOPIO_INFORMACION" }] });
    const staff = { id: crypto.randomUUID(), label: "Exportadora" };
    const bytes = await readAll(await exportQueueCsv({ estado: "todas", sector: "todos", q: org.ruc }, staff, 2));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    const lines = text.trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^Número,Estado,Sector,RUC/);
    expect(lines).toHaveLength(4);
    for (const name of names) expect(text).toContain(name);
    const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.action, "exportacion.solicitudes"), eq(auditEvents.actorLabel, "Exportadora")));
    expect(event!.details).toEqual({ filtros: { estado: "todas", sector: "todos", q: org.ruc } });
  });

  it("exports the audit log with the page's filters, never a secret-looking detail", async () => {
    const staff = { id: crypto.randomUUID(), label: `Auditora ${crypto.randomUUID()}` };
    const bytes = await readAll(await exportAuditCsv({ actor: staff.label }, staff));
    const lines = bytes.toString("utf8").slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("exportacion.auditoria");
  });
});
