// Ecuadorian identity documents (client-safe: used by forms for live hints and by the server).
// Rules: ../shared/data/ec-identity-rules.md. Checksums by `stdnum` (deep imports keep the
// client bundle to the Ecuadorian validators only).
import { validate as validateCi } from "stdnum/lib/cjs/ec/ci";
import { validate as validateRucNumber } from "stdnum/lib/cjs/ec/ruc";
import { stripSeparators } from "@/lib/security/normalize";

export type DocumentCheck =
  | { ok: true; value: string; warning?: string }
  | { ok: false; message: string };

const PROVINCE_CODES = new Set([
  ...Array.from({ length: 24 }, (_, i) => String(i + 1).padStart(2, "0")),
  "30", // Ecuadorians registered abroad
  "50", // accepted by both stdnum libraries (foreign residents)
]);

/** Cédula de identidad: 10 digits, province code, third digit ≤ 6, módulo 10 check digit. */
export function checkCedula(raw: string): DocumentCheck {
  const value = stripSeparators(raw);
  if (!/^\d+$/.test(value)) return { ok: false, message: "La cédula solo debe contener números." };
  if (value.length !== 10) return { ok: false, message: "La cédula debe tener 10 dígitos." };
  if (!PROVINCE_CODES.has(value.slice(0, 2))) {
    return { ok: false, message: "Los dos primeros dígitos de la cédula no corresponden a una provincia." };
  }
  if (Number(value[2]) > 6) return { ok: false, message: "El tercer dígito de la cédula no es válido." };
  if (!validateCi(value).isValid) return { ok: false, message: "La cédula no es válida (dígito verificador incorrecto)." };
  return { ok: true, value };
}

export const RUC_CHECK_WARNING =
  "El dígito verificador no coincide con la fórmula publicada por el SRI. Verifique el número; " +
  "si es correcto, puede continuar (el SRI ha emitido RUC válidos que no la cumplen).";

/**
 * RUC: 13 digits. A natural person's (third digit 0–5) is checked strictly: cédula + establishment.
 * Public (6) and private (9) RUCs keep the structural checks; a failed módulo 11 is a warning.
 */
export function checkRuc(raw: string): DocumentCheck {
  const value = stripSeparators(raw);
  if (!/^\d+$/.test(value)) return { ok: false, message: "El RUC solo debe contener números." };
  if (value.length !== 13) return { ok: false, message: "El RUC debe tener 13 dígitos." };
  if (!PROVINCE_CODES.has(value.slice(0, 2))) {
    return { ok: false, message: "Los dos primeros dígitos del RUC no corresponden a una provincia." };
  }
  const third = Number(value[2]);
  if (third === 7 || third === 8) return { ok: false, message: "El tercer dígito del RUC no es válido." };
  if (third <= 5) {
    const cedula = checkCedula(value.slice(0, 10));
    if (!cedula.ok) return { ok: false, message: "El RUC de persona natural debe empezar con una cédula válida." };
    if (value.slice(10) === "000") return { ok: false, message: "El número de establecimiento del RUC no puede ser 000." };
    return { ok: true, value };
  }
  const establishment = third === 6 ? value.slice(9) : value.slice(10);
  if (/^0+$/.test(establishment)) return { ok: false, message: "El número de establecimiento del RUC no puede ser cero." };
  if (validateRucNumber(value).isValid) return { ok: true, value };
  return { ok: true, value, warning: RUC_CHECK_WARNING };
}

/** Pasaporte: 5 to 20 letters and digits (no published check digit). */
export function checkPassport(raw: string): DocumentCheck {
  const value = stripSeparators(raw).toUpperCase();
  if (!/^[A-Z0-9]{5,20}$/.test(value)) {
    return { ok: false, message: "El pasaporte debe tener entre 5 y 20 letras o números, sin espacios ni símbolos." };
  }
  return { ok: true, value };
}

export type DocumentType = "ruc" | "cedula" | "pasaporte";

export function checkDocument(type: DocumentType, raw: string): DocumentCheck {
  if (type === "cedula") return checkCedula(raw);
  if (type === "ruc") return checkRuc(raw);
  return checkPassport(raw);
}
