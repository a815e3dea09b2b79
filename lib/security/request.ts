import "server-only";
import { headers } from "next/headers";
import { getEnv } from "@/lib/env";

/** The client's address: the first X-Forwarded-For hop (set by Vercel and by `next start`). */
export function clientIpFrom(h: Pick<Headers, "get">): string {
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  const candidate = forwarded || h.get("x-real-ip")?.trim() || "";
  // Only something that looks like an IP goes into rate-limit keys and the audit log's inet column.
  if (/^[0-9a-fA-F:.]{2,45}$/.test(candidate)) return candidate.replace(/^::ffff:/, "");
  return "0.0.0.0";
}

export async function clientIp(): Promise<string> {
  return clientIpFrom(await headers());
}

/**
 * True when the request comes from our own pages: Sec-Fetch-Site "same-origin", or an Origin
 * equal to APP_URL's (or the Host the request was made to, for local runs on another port).
 * A missing or "null" Origin is refused.
 */
export function isSameOriginRequest(h: Headers): boolean {
  const origin = h.get("origin");
  if (!origin || origin === "null") return false;
  const site = h.get("sec-fetch-site");
  if (site && site !== "same-origin") return false;
  const allowed = new Set([new URL(getEnv().APP_URL).origin]);
  const host = h.get("x-forwarded-host") ?? h.get("host");
  const proto = h.get("x-forwarded-proto") ?? "http";
  if (host && getEnv().NODE_ENV !== "production") allowed.add(`${proto}://${host}`);
  return allowed.has(origin);
}

export class CrossOriginError extends Error {
  constructor() {
    super("Solicitud rechazada: origen no permitido.");
  }
}

export async function assertSameOrigin(): Promise<void> {
  if (!isSameOriginRequest(await headers())) throw new CrossOriginError();
}
