import "server-only";

/** Runs work after the answer is sent (actions pass next/server's `after`; tests run it at once). */
export type Defer = (task: () => Promise<unknown>) => void;

export const runNow: Defer = (task) => void task();

/**
 * Runs `run` and answers no sooner than `floorMs` after it started, so that whether an account
 * exists (one more lookup, a token written) does not show in the response time. Work that only
 * happens for a real account and takes time of its own (rendering and sending an email) is handed
 * to `later` and starts after the floor is reached, through `defer`, never before the answer.
 */
export async function withNeutralTiming<T>(
  floorMs: number,
  run: (later: (task: () => Promise<unknown>) => void) => Promise<T>,
  defer: Defer = runNow,
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
