"use server";

import { refresh } from "next/cache";
import { requireStaff } from "@/lib/auth/guards";
import type { FormState } from "@/lib/forms/state";
import { guardAction } from "@/lib/security/action";
import { importCatastroCsv, type CatastroImportData } from "@/lib/seps/catastro";

const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** The catastro CSV: every row validated; any rejected row and nothing is imported. */
export async function importCatastroAction(_prev: FormState<CatastroImportData>, formData: FormData): Promise<FormState<CatastroImportData>> {
  return guardAction<CatastroImportData>(formData, async () => {
    const staff = await requireStaff("admin");
    const file = formData.get("archivo");
    if (!(file instanceof File) || file.size === 0) return { status: "error", fieldErrors: { archivo: ["Seleccione el archivo CSV."] } };
    if (file.size > MAX_FILE_BYTES) return { status: "error", fieldErrors: { archivo: ["El archivo supera 5 MB."] } };
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
    } catch {
      return { status: "error", fieldErrors: { archivo: ["El archivo no está codificado en UTF-8. Guárdelo como «CSV UTF-8» e intente otra vez."] } };
    }
    const result = await importCatastroCsv(text, { kind: "staff", id: staff.id, label: staff.name });
    if (!result.ok) {
      return {
        status: "error",
        message: result.fileError ?? `No se importó ninguna fila: ${result.rejected.length} fila(s) rechazada(s) de ${result.rejected.length + result.validCount}. Corrija el archivo y vuelva a subirlo.`,
        fieldErrors: { archivo: [result.fileError ?? "El archivo tiene filas rechazadas."] },
        data: { rejected: result.rejected },
      };
    }
    refresh();
    return { status: "ok", message: `Catastro importado: ${result.inserted} organización(es) nueva(s) y ${result.updated} actualizada(s).` };
  });
}
