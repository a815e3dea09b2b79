"use server";

import { formatDateTime } from "@/lib/format/dates";
import { formAction } from "@/lib/security/action";
import { clientIp } from "@/lib/security/request";
import { requestStatusLookupSchema } from "@/lib/seps/account-schema";
import { lookupRequestStatus, resendRequestLink } from "@/lib/seps/lifecycle";
import { STATUS_LABEL } from "@/lib/seps/status";

export type StatusView = {
  number: string;
  status: keyof typeof STATUS_LABEL;
  statusLabel: string;
  organization: string;
  events: { label: string; at: string }[];
  maskedEmail: string;
};


/** Status by request number and cédula: one answer for any miss, rate limited per address. */
export const lookupStatusAction = formAction<typeof requestStatusLookupSchema, StatusView>(requestStatusLookupSchema, async (input) => {
  const result = await lookupRequestStatus({ number: input.numero, cedula: input.cedula, ip: await clientIp() });
  if (!result.ok) return { status: "error", message: result.message };
  const r = result.request;
  const events = [
    { label: "Guardada", at: r.createdAt },
    { label: "Remitida a la SEPS", at: r.submittedAt },
    { label: "Decidida", at: r.decidedAt },
    { label: r.status === "caducada" ? "Caducó" : "Retirada", at: r.closedAt },
  ].flatMap((e) => (e.at ? [{ label: e.label, at: formatDateTime(e.at) }] : []));
  return {
    status: "ok",
    values: { numero: input.numero, cedula: input.cedula },
    data: {
      number: r.number,
      status: r.status,
      statusLabel: STATUS_LABEL[r.status],
      organization: r.organization,
      events,
      maskedEmail: r.maskedEmail,
    },
  };
});

/** "Enviar el enlace otra vez": a new private link to the request's email (the old one stops working). */
export const resendLinkAction = formAction(requestStatusLookupSchema, async (input) => {
  const result = await resendRequestLink({ number: input.numero, cedula: input.cedula, ip: await clientIp() });
  if (!result.ok) return { status: "error", message: result.message };
  return {
    status: "ok",
    message: `Enviamos un nuevo enlace privado a ${result.maskedEmail}. El enlace anterior dejó de funcionar.`,
  };
});
