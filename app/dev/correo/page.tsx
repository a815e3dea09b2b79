import type { Metadata } from "next";
import { headers } from "next/headers";
import { formatDateTimeSeconds } from "@/lib/format/dates";
import { notFound } from "next/navigation";
import Link from "next/link";
import { MessageFrame } from "@/components/dev/message-frame";
import { listOutbox, mayReadOutbox, outboxRecipient } from "@/lib/mail/outbox";

export const metadata: Metadata = { title: "Correo de desarrollo", robots: { index: false } };


/** The dev outbox: every message the app "sent", newest first. Only with the outbox transport. */
export default async function DevOutboxPage({ searchParams }: { searchParams: Promise<{ para?: string }> }) {
  if (!(await mayReadOutbox(await headers()))) notFound();
  const { para } = await searchParams;
  const recipient = outboxRecipient(typeof para === "string" ? para : undefined);
  const messages = recipient.ok ? await listOutbox({ to: recipient.to, limit: 50 }) : [];
  return (
    <>
      <h1>Correo de desarrollo</h1>
      <p>
        Los mensajes no salen de este servidor (MAIL_TRANSPORT=outbox). Filtre por destinatario con{" "}
        <code>?para=correo</code>; en JSON: <code>/api/dev/outbox?para=correo</code>.{" "}
        <Link href="/dev">Datos de demostración</Link>.
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
      {!recipient.ok && (
        <p className="notice notice--error" role="alert">
          La dirección de correo del filtro no es válida.
        </p>
      )}
      {recipient.ok && messages.length === 0 && <p>No hay mensajes.</p>}
      {messages.map((message) => (
        <article key={message.id} className="card">
          <h2>{message.subject}</h2>
          <p>
            Para: <strong>{message.to}</strong> · {formatDateTimeSeconds(message.createdAt)}
          </p>
          {message.html ? (
            <MessageFrame title={`Mensaje: ${message.subject}`} html={message.html} />
          ) : (
            <pre className="outbox-text">{message.text}</pre>
          )}
        </article>
      ))}
    </>
  );
}
