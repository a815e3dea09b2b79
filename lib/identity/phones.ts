// Ecuadorian phone numbers for the Teléfono and Celular fields (client-safe).
// Facts: ../shared/data/README.md §3. The seed's "0XXXXXXXXX" and "09XXXXXXXXX" are read as
// illustrations: a landline is 9 digits with its 0 (longer only with an extension, up to 14) and a
// mobile is 10 digits, 09 + 8. Operators are not inferred from the prefix (numbers are portable).
import { stripSeparators } from "@/lib/security/normalize";

export type PhoneCheck = { ok: true; value: string } | { ok: false; message: string };

export const PHONE_MAX_DIGITS = 14;

/** Removes spaces, dashes, dots and parentheses, and turns +593 / 00593 / 593 into the national 0. */
export function normalizePhone(raw: string): string {
  const value = stripSeparators(raw);
  const international = /^(?:\+|00)?593(\d{8,})$/.exec(value);
  if (!international) return value;
  // "+593 (0)2 …": the trunk 0 is sometimes written after the country code.
  const national = international[1]!;
  return national.startsWith("0") ? national : `0${national}`;
}

/** Teléfono1 / Teléfono2 / Fax: 0 + area code 2–7 + 7 digits; digits after the 9th are an extension. */
export function checkLandline(raw: string): PhoneCheck {
  const value = normalizePhone(raw);
  if (!/^\d+$/.test(value)) return { ok: false, message: "Solo puede contener números." };
  if (value.length > PHONE_MAX_DIGITS) return { ok: false, message: `Puede tener hasta ${PHONE_MAX_DIGITS} números.` };
  if (!value.startsWith("0")) return { ok: false, message: "Debe empezar con 0 y el código de área, por ejemplo 022345678." };
  if (value.startsWith("09")) {
    return { ok: false, message: "Es un número celular; ingrese un teléfono convencional con código de área (02 a 07)." };
  }
  if (!/^0[2-7]/.test(value)) return { ok: false, message: "El código de área debe ser de 02 a 07." };
  if (value.length < 9) return { ok: false, message: "Debe tener 9 números con el código de área, por ejemplo 022345678." };
  if (!/^0[2-7][2-7]/.test(value)) return { ok: false, message: "El número después del código de área no es válido." };
  return { ok: true, value };
}

/** Número de celular: 09 + 8 digits (10). */
export function checkMobile(raw: string): PhoneCheck {
  const value = normalizePhone(raw);
  if (!/^\d+$/.test(value)) return { ok: false, message: "Solo puede contener números." };
  if (value.length > PHONE_MAX_DIGITS) return { ok: false, message: `Puede tener hasta ${PHONE_MAX_DIGITS} números.` };
  if (!value.startsWith("09")) return { ok: false, message: "El celular debe tener el formato 09XXXXXXXX." };
  if (value.length !== 10) return { ok: false, message: "El celular debe tener 10 números en el formato 09XXXXXXXX." };
  return { ok: true, value };
}

export const MOBILE_OPERATORS = [
  { value: "CLARO", label: "Claro" },
  { value: "MOVISTAR", label: "Movistar" },
  { value: "CNT", label: "CNT" },
  { value: "TUENTI", label: "Tuenti" },
  { value: "OTROS", label: "Otros" },
] as const;

export type MobileOperator = (typeof MOBILE_OPERATORS)[number]["value"];
