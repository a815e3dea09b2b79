import "server-only";

import { afterCommit, type Defer } from "@/lib/mail/after-commit";

export type { Defer };
/** Kept for callers that name it: the one after-commit runner (lib/mail/after-commit.ts). */
export const runNow: Defer = afterCommit;

/**
 * Runs `run` and answers no sooner than `floorMs` after it started, so that whether an account
 * exists (one more lookup, a token written) does not show in the response time. Work that only
 * happens for a real account and takes time of its own (rendering and sending an email) is handed
 * to `later` and starts after the floor is reached, through `defer`, never before the answer.
 */
export async function withNeutralTiming<T>(
  floorMs: number,
  run: (later: (task: () => Promise<unknown>) => void) => Promise<T>,
  defer: Defer = afterCommit,
): Promise<T> {
  const started = performance.now();
  const pending: (() => Promise<unknown>)[] = [];
  try {
    return await run((task) => pending.push(task));
  } finally {
    const elapsed = performance.now() - started;
    if (elapsed < floorMs) await new Promise((resolve) => setTimeout(resolve, floorMs - elapsed));
    for (const task of pending) defer(task);
  }
}
