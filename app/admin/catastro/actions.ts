"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { requireStaff } from "@/lib/auth/guards";
import type { FormState } from "@/lib/forms/state";
import { formAction, guardAction } from "@/lib/security/action";
import { applyCatastroImport, previewCatastroImport, type CatastroPreviewData } from "@/lib/seps/catastro-import";

const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Step 1 of the catastro CSV: validate every row and show what would change; nothing is written to the catastro. */
export async function previewCatastroAction(_prev: FormState<CatastroPreviewData>, formData: FormData): Promise<FormState<CatastroPreviewData>> {
  return guardAction<CatastroPreviewData>(formData, async () => {
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
    const full = formData.get("completo") === "si";
    const result = await previewCatastroImport(text, file.name, full, staff.id);
    if (!result.ok) {
      return {
        status: "error",
        message:
          result.fileError ??
          `El archivo tiene ${result.rejected.length} fila(s) con errores de ${result.rejected.length + result.validCount}. Corríjalas y vuelva a subirlo: no se aplicará ningún cambio mientras haya errores.`,
        fieldErrors: { archivo: [result.fileError ?? "El archivo tiene filas con errores."] },
        data: { rejected: result.rejected },
      };
    }
    return { status: "ok", data: { preview: result } };
  });
}

const applySchema = z.object({ importId: z.uuid({ error: "La vista previa no es válida. Vuelva a subir el archivo." }) });

/** Step 2: apply the previewed file, once. */
export const applyCatastroAction = formAction(applySchema, async ({ importId }) => {
  const staff = await requireStaff("admin");
  const result = await applyCatastroImport(importId, staff.id, { kind: "staff", id: staff.id, label: staff.name });
  if (!result.ok) return { status: "error", message: result.message };
  refresh();
  return {
    status: "ok",
    message: `Catastro actualizado: ${result.inserted} nueva(s), ${result.updated} modificada(s), ${result.unchanged} sin cambios${
      result.inactivated ? `, ${result.inactivated} marcada(s) como inactiva(s)` : ""
    }.`,
  };
});
