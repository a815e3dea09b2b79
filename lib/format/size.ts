const oneDecimal = new Intl.NumberFormat("es-EC", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A stored file's size as the pages show it: "350 kB", "1,4 MB" (es-EC decimal comma). */
export function formatFileSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${oneDecimal.format(bytes / 1024 / 1024)} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`;
}
