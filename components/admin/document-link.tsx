import { PdfPreviewToggle } from "@/components/pdf/pdf-preview-toggle";
import { formatDateTime } from "@/lib/format/dates";

// A stored document as a reviewer sees it (SEPS and Ecuapass requests): download, size, date,
// verification code and SHA-256, the in-browser preview; and the copies a newer upload replaced.

type StoredDocument = {
  id: string;
  fileName: string;
  sizeBytes: number;
  sha256: string;
  createdAt: Date;
};

function sizeLabel(bytes: number) {
  return bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`;
}

export function DocumentLink({
  url,
  doc,
  title,
  verificationCode,
}: {
  url: string;
  doc: StoredDocument;
  title: string;
  /** Shown where the reviewer compares it with the printed one (Ecuapass). */
  verificationCode?: string | null;
}) {
  return (
    <>
      <p>
        <a href={url} download={doc.fileName}>
          Descargar {doc.fileName}
        </a>{" "}
        <span className="hint">
          ({sizeLabel(doc.sizeBytes)}, {formatDateTime(doc.createdAt)})
        </span>
        {verificationCode && (
          <>
            <br />
            <span className="hint">
              Código de verificación <span className="mono">{verificationCode}</span>
            </span>
          </>
        )}
        <br />
        <span className="hint mono">SHA-256 {doc.sha256}</span>
      </p>
      <PdfPreviewToggle url={url} title={title} />
    </>
  );
}

export function SupersededCopies<T extends StoredDocument & { origin: string; supersededAt: Date | null }>({
  documents,
  titleOf,
  urlOf,
}: {
  documents: T[];
  titleOf: (doc: T) => string;
  urlOf: (doc: T) => string;
}) {
  if (documents.length === 0) return null;
  return (
    <details>
      <summary>Copias reemplazadas ({documents.length})</summary>
      <ul>
        {documents.map((doc) => (
          <li key={doc.id}>
            {titleOf(doc)} ({doc.origin}):{" "}
            <a href={urlOf(doc)} download={doc.fileName}>
              {doc.fileName}
            </a>{" "}
            <span className="hint">reemplazada el {formatDateTime(doc.supersededAt!)}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
