// CSV for spreadsheets (RFC 4180), streamed: rows are encoded a batch at a time as the client reads,
// so an export of any size holds one batch in memory. UTF-8 with a BOM, or Excel opens "Núñez" as
// "NÃºÃ±ez".

import { formatDateTimeIso } from "@/lib/format/dates";

export type Cell = string | number | boolean | Date | null | undefined;

const BOM = "\uFEFF";
const NEEDS_QUOTES = /[",\r\n]/;
// A cell a spreadsheet would run as a formula (CSV injection, OWASP): kept as text with a leading apostrophe.
const FORMULA_START = /^[=+\-@\t\r]/;


export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return "";
  let text = value instanceof Date ? formatDateTimeIso(value) : String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly Cell[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

/**
 * A byte stream of the header and then each batch the iterator yields, pulled one batch at a
 * time (the client's reading paces the database reads). Cancelling the download stops the reads.
 */
export function csvStream(header: readonly string[], batches: AsyncIterable<Cell[][]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  let headerSent = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!headerSent) {
          headerSent = true;
          controller.enqueue(encoder.encode(BOM + csvLine(header)));
          return;
        }
        const next = await iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value.map(csvLine).join("")));
      },
      async cancel() {
        await iterator.return?.();
      },
    },
    { highWaterMark: 1 },
  );
}

export function csvHeaders(fileName: string): Record<string, string> {
  return {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="${fileName}"`,
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
  };
}
