"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import type { FormState } from "@/lib/forms/state";
import { staffAction } from "@/lib/security/action";
import { applyCatastroImport, previewCatastroImport, type CatastroPreviewData } from "@/lib/seps/catastro-import";

const MAX_FILE_BYTES = 5 * 1024 * 1024;

const previewSchema = z.object({
  archivo: z
    .custom<File>((value) => value instanceof File && value.size > 0, { error: "Seleccione el archivo CSV." })
    .refine((file) => !(file instanceof File) || file.size <= MAX_FILE_BYTES, "El archivo supera 5 MB."),
  completo: z.string().optional(),
});

/** Step 1 of the catastro CSV: validate every row and show what would change; nothing is written to the catastro. */
export const previewCatastroAction = staffAction("admin", previewSchema, async ({ archivo, completo }, { staff }): Promise<FormState<CatastroPreviewData>> => {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await archivo.arrayBuffer());
  } catch {
    return { status: "error", fieldErrors: { archivo: ["El archivo no está codificado en UTF-8. Guárdelo como «CSV UTF-8» e intente otra vez."] } };
  }
  const result = await previewCatastroImport(text, archivo.name, completo === "si", staff.id);
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

const applySchema = z.object({ importId: z.uuid({ error: "La vista previa no es válida. Vuelva a subir el archivo." }) });

/** Step 2: apply the previewed file, once. */
export const applyCatastroAction = staffAction("admin", applySchema, async ({ importId }, { staff, actor }) => {
  const result = await applyCatastroImport(importId, staff.id, actor);
  if (!result.ok) return { status: "error", message: result.message };
  refresh();
  return {
    status: "ok",
    message: `Catastro actualizado: ${result.inserted} nueva(s), ${result.updated} modificada(s), ${result.unchanged} sin cambios${
      result.inactivated ? `, ${result.inactivated} marcada(s) como inactiva(s)` : ""
    }.`,
  };
});
