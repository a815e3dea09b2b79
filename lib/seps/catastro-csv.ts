// The catastro CSV format and its row-by-row validation (pure: no database).
import { checkCedula, checkRuc } from "@/lib/identity/documents";
import { cleanText, emailKey } from "@/lib/security/normalize";
import { NIVELES_NO_FINANCIEROS, SEGMENTOS_FINANCIEROS, type Sector } from "./roles";

export const CATASTRO_CSV_HEADER = [
  "ruc",
  "razon_social",
  "sector",
  "segmento_nivel",
  "correo",
  "cedula_representante",
  "nombres_representante",
  "correo_representante",
] as const;

export const CATASTRO_MAX_ROWS = 20_000;

export type CatastroRow = {
  ruc: string;
  razonSocial: string;
  sector: Sector;
  segmentoNivel: string;
  email: string;
  legalRepCedula: string;
  legalRepName: string;
  legalRepEmail: string;
};

export type RejectedRow = { line: number; ruc: string; reasons: string[] };

export type CatastroParse =
  | { ok: true; rows: CatastroRow[] }
  | { ok: false; fileError?: string; rejected: RejectedRow[]; validCount: number };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsvRecords(text: string): { records: string[][]; error?: string } {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
      continue;
    }
    if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      record.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      record.push(field);
      records.push(record);
      record = [];
      field = "";
    } else field += c;
  }
  if (quoted) return { records, error: "El archivo termina dentro de un campo entre comillas." };
  if (field !== "" || record.length) {
    record.push(field);
    records.push(record);
  }
  return { records };
}

function normalizeSegmento(raw: string, sector: Sector): string | null {
  const folded = raw.trim().replace(/\s+/g, " ").toLowerCase();
  const options: readonly string[] = sector === "financiera" ? SEGMENTOS_FINANCIEROS : NIVELES_NO_FINANCIEROS;
  return options.find((o) => o.toLowerCase() === folded) ?? null;
}

/** One row → a catastro entry, or the reasons it is refused (all of them, not only the first). */
export function validateCatastroRow(cells: string[]): { row?: CatastroRow; reasons: string[] } {
  const reasons: string[] = [];
  if (cells.length !== CATASTRO_CSV_HEADER.length) {
    return { reasons: [`Tiene ${cells.length} columnas; se esperan ${CATASTRO_CSV_HEADER.length}.`] };
  }
  const [ruc, razon, sectorRaw, segmento, correo, cedula, nombres, correoRep] = cells.map((c) => c.trim()) as [
    string, string, string, string, string, string, string, string,
  ];
  const rucCheck = checkRuc(ruc);
  if (!rucCheck.ok) reasons.push(`RUC: ${rucCheck.message}`);
  const razonSocial = cleanText(razon);
  if (razonSocial.length < 3 || razonSocial.length > 300) reasons.push("Razón social: debe tener entre 3 y 300 caracteres.");
  const sector = sectorRaw.toLowerCase() === "financiera" ? "financiera" : sectorRaw.toLowerCase() === "no_financiera" ? "no_financiera" : null;
  if (!sector) reasons.push('Sector: debe ser "financiera" o "no_financiera".');
  const segmentoNivel = sector ? normalizeSegmento(segmento, sector) : null;
  if (sector && !segmentoNivel) {
    reasons.push(
      sector === "financiera"
        ? "Segmento / Nivel: para el sector financiero debe ser Segmento 1 a Segmento 5 o Mutualista."
        : "Segmento / Nivel: para el sector no financiero debe ser Nivel 1, Nivel 2 o Nivel 3.",
    );
  }
  if (!EMAIL.test(correo) || correo.length > 254) reasons.push("Correo de la organización: no es un correo electrónico válido.");
  const cedulaCheck = checkCedula(cedula);
  if (!cedulaCheck.ok) reasons.push(`Cédula del representante: ${cedulaCheck.message}`);
  const legalRepName = cleanText(nombres);
  if (legalRepName.length < 5 || legalRepName.length > 200 || !/^[\p{L}' .-]+$/u.test(legalRepName)) {
    reasons.push("Nombres del representante: deben ser nombres y apellidos (solo letras).");
  }
  if (!EMAIL.test(correoRep) || correoRep.length > 254) reasons.push("Correo del representante: no es un correo electrónico válido.");
  if (reasons.length || !rucCheck.ok || !cedulaCheck.ok || !sector || !segmentoNivel) return { reasons };
  return {
    reasons,
    row: {
      ruc: rucCheck.value,
      razonSocial,
      sector,
      segmentoNivel,
      email: emailKey(correo),
      legalRepCedula: cedulaCheck.value,
      legalRepName,
      legalRepEmail: emailKey(correoRep),
    },
  };
}

/** The whole file: every row checked; a duplicate RUC inside the file is a rejected row too. */
export function parseCatastroCsv(text: string): CatastroParse {
  if (text.includes("\u0000") || text.includes("\uFFFD")) {
    return { ok: false, fileError: "El archivo no es texto UTF-8.", rejected: [], validCount: 0 };
  }
  const { records, error } = parseCsvRecords(text);
  if (error) return { ok: false, fileError: error, rejected: [], validCount: 0 };
  const [header, ...body] = records;
  const headerCells = header?.map((h) => h.trim().toLowerCase());
  if (!headerCells || headerCells.join(",") !== CATASTRO_CSV_HEADER.join(",")) {
    return {
      ok: false,
      fileError: `La primera línea debe ser el encabezado: ${CATASTRO_CSV_HEADER.join(",")}`,
      rejected: [],
      validCount: 0,
    };
  }
  const rows: CatastroRow[] = [];
  const rejected: RejectedRow[] = [];
  const seen = new Map<string, number>();
  body.forEach((cells, index) => {
    const line = index + 2;
    if (cells.every((c) => c.trim() === "")) return;
    const { row, reasons } = validateCatastroRow(cells);
    if (row) {
      const earlier = seen.get(row.ruc);
      if (earlier) reasons.push(`RUC repetido en el archivo (también en la línea ${earlier}).`);
      else seen.set(row.ruc, line);
    }
    if (row && reasons.length === 0) rows.push(row);
    else rejected.push({ line, ruc: (cells[0] ?? "").trim().slice(0, 20), reasons });
  });
  if (rows.length + rejected.length === 0) {
    return { ok: false, fileError: "El archivo no tiene filas de datos.", rejected: [], validCount: 0 };
  }
  if (rows.length + rejected.length > CATASTRO_MAX_ROWS) {
    return { ok: false, fileError: `El archivo tiene más de ${CATASTRO_MAX_ROWS} filas.`, rejected: [], validCount: 0 };
  }
  if (rejected.length) return { ok: false, rejected, validCount: rows.length };
  return { ok: true, rows };
}
