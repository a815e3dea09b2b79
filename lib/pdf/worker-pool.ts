/** What the pool needs of a `node:worker_threads` Worker (a fake in tests). */
export type PoolWorker = {
  postMessage(message: unknown): void;
  on(event: "message", listener: (message: WorkerReply) => void): unknown;
  on(event: "error", listener: (error: Error) => void): unknown;
  on(event: "exit", listener: (code: number) => void): unknown;
  ref(): void;
  unref(): void;
  terminate(): Promise<number>;
};

export type WorkerReply = { id: number; ok: boolean; bytes?: Uint8Array; error?: string };

type Job = { id: number; payload: object; attempts: number; resolve: (bytes: Buffer) => void; reject: (error: Error) => void };
type Slot = { worker: PoolWorker; job: Job | undefined; assigned: number; gone: boolean; idleTimer?: ReturnType<typeof setTimeout> };

export type PdfWorkerPool = {
  render(payload: object): Promise<Buffer>;
  /** Workers started so far and the most alive at once (read by the tests). */
  stats(): { started: number; maxAlive: number };
};

/**
 * One render worker at a time, one document at a time in it: the worker's renders are async, so
 * every job posted to it would start at once and interleave, and under a burst none would finish
 * (each holding its layout in memory). Jobs wait here, first come first served. A worker is retired
 * after `rendersPerWorker` documents, and after `idleMs` without work so memory returns after a burst.
 * A job whose worker dies (crash, out of memory) is retried once in a new worker.
 */
export function createPdfWorkerPool(
  startWorker: () => PoolWorker,
  { rendersPerWorker, idleMs }: { rendersPerWorker: number; idleMs: number },
): PdfWorkerPool {
  const queue: Job[] = [];
  let current: Slot | undefined;
  let nextId = 1;
  let started = 0;
  let alive = 0;
  let maxAlive = 0;

  function open(): Slot {
    const slot: Slot = { worker: startWorker(), job: undefined, assigned: 0, gone: false };
    started++;
    maxAlive = Math.max(maxAlive, ++alive);
    const lost = (error: Error) => {
      if (slot.gone) return;
      markGone(slot);
      if (current === slot) current = undefined;
      const job = slot.job;
      slot.job = undefined;
      if (job && job.attempts < 2) queue.unshift(job);
      else job?.reject(error);
      dispatch();
    };
    slot.worker.on("message", (reply) => {
      const job = slot.job;
      if (!job || job.id !== reply.id) return;
      slot.job = undefined;
      if (reply.ok && reply.bytes) job.resolve(Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength));
      else job.reject(new Error(`PDF worker: ${reply.error ?? "sin resultado"}`));
      if (queue.length > 0) return dispatch();
      // Idle: it must not keep the process alive (scripts, graceful shutdown), and ends if unused.
      slot.worker.unref();
      slot.idleTimer = setTimeout(() => {
        if (current !== slot || slot.job) return;
        current = undefined;
        retire(slot);
      }, idleMs);
      slot.idleTimer.unref?.();
    });
    slot.worker.on("error", lost);
    slot.worker.on("exit", (code) => lost(new Error(`PDF worker exited (${code})`)));
    return slot;
  }

  function markGone(slot: Slot) {
    clearTimeout(slot.idleTimer);
    slot.gone = true;
    alive--;
  }

  function retire(slot: Slot) {
    markGone(slot);
    void slot.worker.terminate();
  }

  function dispatch() {
    if (queue.length === 0 || current?.job) return;
    if (current && current.assigned >= rendersPerWorker) {
      retire(current);
      current = undefined;
    }
    current ??= open();
    const job = queue.shift()!;
    job.attempts++;
    clearTimeout(current.idleTimer);
    current.assigned++;
    current.job = job;
    current.worker.ref();
    current.worker.postMessage({ id: job.id, ...job.payload });
  }

  return {
    render(payload) {
      return new Promise<Buffer>((resolve, reject) => {
        queue.push({ id: nextId++, payload, attempts: 0, resolve, reject });
        dispatch();
      });
    },
    stats: () => ({ started, maxAlive }),
  };
}
