import "server-only";
import { timingSafeEqual } from "node:crypto";
import { getEnv } from "@/lib/env";

/** Vercel Cron sends "Authorization: Bearer CRON_SECRET"; without a configured secret nothing is authorized. */
export function cronAuthorized(header: string | null): boolean {
  const secret = getEnv().CRON_SECRET;
  if (!secret || !header) return false;
  const expected = Buffer.from(`Bearer ${secret}`);
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
