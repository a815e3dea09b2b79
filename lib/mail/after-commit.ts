import "server-only";
import { after } from "next/server";

// The one way mail (and other work that must not hold the answer) leaves after a commit.
// Domain functions take a `defer` that defaults to `afterCommit`; tests pass their own to await it.

/** Runs work once the data it describes is committed. */
export type Defer = (task: () => Promise<unknown>) => void;

/**
 * Inside a request (an action, a route), next/server's `after()`: the answer is sent first and
 * the message is rendered and queued in mail_outbox afterwards. Outside a request (scripts, seeds,
 * tests) `after()` is not available and the task starts at once. A failure is logged, never thrown:
 * the data is committed, and a message already in the outbox is retried by lib/mail/send.ts.
 */
export const afterCommit: Defer = (task) => {
  const run = () =>
    task().catch((error: unknown) => {
      console.error("[mail] after commit", error);
    });
  try {
    after(run);
  } catch {
    void run();
  }
};
