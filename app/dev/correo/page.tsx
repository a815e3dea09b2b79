import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { listOutbox, outboxEnabled } from "@/lib/mail/outbox";

export const metadata: Metadata = { title: "Correo de desarrollo", robots: { index: false } };

const dateFormat = new Intl.DateTimeFormat("es-EC", { dateStyle: "short", timeStyle: "medium", timeZone: "America/Guayaquil" });

/** The dev outbox: every message the app "sent", newest first. Only with the outbox transport. */
export default async function DevOutboxPage({ searchParams }: { searchParams: Promise<{ para?: string }> }) {
  if (!outboxEnabled()) notFound();
  const { para } = await searchParams;
  const messages = await listOutbox({ to: para, limit: 50 });
  return (
    <>
      <h1>Correo de desarrollo</h1>
      <p className="lead">
        Los mensajes no salen de este servidor: se guardan aquí (MAIL_TRANSPORT=outbox). También en JSON:{" "}
        <code>/api/dev/outbox?to=correo</code>.
      </p>
      <form method="get" className="inline-group" role="search">
        <label htmlFor="para" className="visually-hidden">
          Filtrar por destinatario
        </label>
        <input id="para" name="para" type="search" defaultValue={para} placeholder="correo@ejemplo.com" />
        <button className="button button--secondary" type="submit">
          Filtrar
        </button>
      </form>
      {messages.length === 0 && <p>No hay mensajes.</p>}
      {messages.map((message) => (
        <article key={message.id} className="card">
          <h2 style={{ marginTop: 0 }}>{message.subject}</h2>
          <p>
            Para: <strong>{message.to}</strong> · {dateFormat.format(message.createdAt)}
          </p>
          <iframe
            title={`Mensaje: ${message.subject}`}
            srcDoc={message.html ?? ""}
            sandbox=""
            style={{ width: "100%", height: "24rem", border: "1px solid #d0d0d0", background: "#fff" }}
          />
        </article>
      ))}
    </>
  );
}
