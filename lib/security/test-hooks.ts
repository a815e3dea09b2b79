import { z } from "zod";
import { getEnv } from "@/lib/env";

// The /api/test/* routes that end-to-end tests call (seeding, moving the clock). They exist only
// with ENABLE_TEST_HOOKS, which the environment check refuses on Vercel: this is the one place that
// answers them as not existing otherwise.

export function testHooksEnabled(): boolean {
  return getEnv().ENABLE_TEST_HOOKS;
}

const notFound = () => new Response("Not found", { status: 404 });

/** A test hook's request: 404 unless enabled, 400 with the issues when the JSON body does not fit `schema`. */
export async function testHookInput<T extends z.ZodType>(request: Request, schema: T): Promise<{ ok: true; data: z.output<T> } | { ok: false; response: Response }> {
  if (!testHooksEnabled()) return { ok: false, response: notFound() };
  const parsed = schema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return { ok: false, response: Response.json({ error: z.flattenError(parsed.error) }, { status: 400 }) };
  return { ok: true, data: parsed.data };
}

export function testHookNotFound(): Response {
  return notFound();
}
