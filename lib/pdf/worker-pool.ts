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
type Slot = { worker: PoolWorker; inFlight: Map<number, Job>; assigned: number; gone: boolean; idleTimer?: ReturnType<typeof setTimeout> };

export type PdfWorkerPool = {
  render(payload: object): Promise<Buffer>;
  /** Workers started so far and the most alive at once (for tests and the benchmark). */
  stats(): { started: number; maxAlive: number };
};

/**
 * One render worker at a time. @react-pdf/renderer keeps part of every render reachable
 * (diegomura/react-pdf#2848), so a worker is retired after `rendersPerWorker` documents; jobs that
 * arrive meanwhile wait here until it has drained, so a burst never has two workers (two heaps)
 * alive. A worker idle for `idleMs` is retired too, so memory returns after a burst. A job whose
 * worker dies (crash, out of memory) is retried once in a new worker.
 */
export function createPdfWorkerPool(
  startWorker: () => PoolWorker,
  { rendersPerWorker, idleMs }: { rendersPerWorker: number; idleMs: number },
): PdfWorkerPool {
  const queue: Job[] = [];
  let current: Slot | undefined;
  let retiring: Slot | undefined;
  let nextId = 1;
  let started = 0;
  let alive = 0;
  let maxAlive = 0;

  function open(): Slot {
    const slot: Slot = { worker: startWorker(), inFlight: new Map(), assigned: 0, gone: false };
    started++;
    maxAlive = Math.max(maxAlive, ++alive);
    const lost = (error: Error) => {
      if (slot.gone) return;
      slot.gone = true;
      alive--;
      clearTimeout(slot.idleTimer);
      if (current === slot) current = undefined;
      if (retiring === slot) retiring = undefined;
      const jobs = [...slot.inFlight.values()];
      slot.inFlight.clear();
      for (const job of jobs.reverse()) {
        if (job.attempts < 2) queue.unshift(job);
        else job.reject(error);
      }
      dispatch();
    };
    slot.worker.on("message", (reply) => {
      const job = slot.inFlight.get(reply.id);
      if (!job) return;
      slot.inFlight.delete(reply.id);
      if (reply.ok && reply.bytes) job.resolve(Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength));
      else job.reject(new Error(`PDF worker: ${reply.error ?? "sin resultado"}`));
      if (slot.inFlight.size > 0) return;
      if (retiring === slot) {
        retiring = undefined;
        retire(slot);
        dispatch();
      } else {
        // Idle: it must not keep the process alive (scripts, graceful shutdown).
        slot.worker.unref();
        slot.idleTimer = setTimeout(() => {
          if (current !== slot || slot.inFlight.size > 0) return;
          current = undefined;
          retire(slot);
        }, idleMs);
        slot.idleTimer.unref?.();
      }
    });
    slot.worker.on("error", lost);
    slot.worker.on("exit", (code) => lost(new Error(`PDF worker exited (${code})`)));
    return slot;
  }

  function retire(slot: Slot) {
    clearTimeout(slot.idleTimer);
    slot.gone = true;
    alive--;
    void slot.worker.terminate();
  }

  function dispatch() {
    while (queue.length > 0 && !retiring) {
      current ??= open();
      if (current.assigned >= rendersPerWorker) {
        const old = current;
        current = undefined;
        if (old.inFlight.size === 0) retire(old);
        else retiring = old;
        continue;
      }
      const job = queue.shift()!;
      job.attempts++;
      clearTimeout(current.idleTimer);
      current.assigned++;
      current.inFlight.set(job.id, job);
      current.worker.ref();
      current.worker.postMessage({ id: job.id, ...job.payload });
    }
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
