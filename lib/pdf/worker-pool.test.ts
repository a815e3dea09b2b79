import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { createPdfWorkerPool, type PoolWorker, type WorkerReply } from "./worker-pool";

/** A worker that answers each job on the next tick with the job's id as its only byte. */
class FakeWorker extends EventEmitter {
  terminated = false;
  received: number[] = [];
  outstanding = 0;
  maxOutstanding = 0;
  constructor(private readonly behaviour: (fake: FakeWorker, id: number) => void) {
    super();
  }
  postMessage(message: unknown) {
    const id = (message as { id: number }).id;
    this.received.push(id);
    this.maxOutstanding = Math.max(this.maxOutstanding, ++this.outstanding);
    setImmediate(() => this.behaviour(this, id));
  }
  reply(reply: WorkerReply) {
    this.outstanding--;
    if (!this.terminated) this.emit("message", reply);
  }
  ref() {}
  unref() {}
  terminate() {
    this.terminated = true;
    setImmediate(() => this.emit("exit", 1));
    return Promise.resolve(1);
  }
}

const answer = (fake: FakeWorker, id: number) => fake.reply({ id, ok: true, bytes: Uint8Array.of(id % 256) });

function poolOf(behaviour: (fake: FakeWorker, id: number, index: number) => void, rendersPerWorker: number, idleMs = 60_000) {
  const workers: FakeWorker[] = [];
  const pool = createPdfWorkerPool(() => {
    const index = workers.length;
    const fake = new FakeWorker((f, id) => behaviour(f, id, index));
    workers.push(fake);
    return fake as unknown as PoolWorker;
  }, { rendersPerWorker, idleMs });
  return { pool, workers };
}

describe("PDF worker pool", () => {
  it("a burst larger than one worker's share never has two workers alive, and every job gets its own answer", async () => {
    const { pool, workers } = poolOf(answer, 150);
    const results = await Promise.all(Array.from({ length: 300 }, (_, i) => pool.render({ n: i })));
    expect(results.map((bytes) => bytes[0])).toEqual(Array.from({ length: 300 }, (_, i) => (i + 1) % 256));
    expect(pool.stats()).toEqual({ started: 2, maxAlive: 1 });
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[0]!.received).toHaveLength(150);
    expect(workers[1]!.received).toHaveLength(150);
    // One document at a time in the worker, in the order asked.
    expect(workers.map((w) => w.maxOutstanding)).toEqual([1, 1]);
    expect([...workers[0]!.received, ...workers[1]!.received]).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
  });

  it("retires an idle worker that reached its share before starting the next", async () => {
    const { pool, workers } = poolOf(answer, 2);
    await pool.render({});
    await pool.render({});
    expect(workers[0]!.terminated).toBe(false);
    await pool.render({});
    expect(workers[0]!.terminated).toBe(true);
    expect(pool.stats()).toEqual({ started: 2, maxAlive: 1 });
  });

  it("retires a worker left idle, and starts a new one for the next job", async () => {
    const { pool, workers } = poolOf(answer, 150, 20);
    await pool.render({});
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(workers[0]!.terminated).toBe(true);
    expect((await pool.render({}))[0]).toBe(2);
    expect(pool.stats()).toEqual({ started: 2, maxAlive: 1 });
  });

  it("keeps a busy worker: the idle clock restarts with each job", async () => {
    const { pool, workers } = poolOf(answer, 150, 40);
    for (let i = 0; i < 4; i++) {
      await pool.render({});
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(false);
  });

  it("retries the jobs of a worker that died in a new worker, once", async () => {
    const { pool, workers } = poolOf((fake, id, index) => {
      if (index === 0) fake.emit("exit", 134); // out of memory
      else answer(fake, id);
    }, 150);
    const results = await Promise.all([pool.render({}), pool.render({})]);
    expect(results.map((bytes) => bytes[0])).toEqual([1, 2]);
    expect(workers).toHaveLength(2);
  });

  it("gives up on a job whose second worker dies too, and reports a render error as an error", async () => {
    const { pool } = poolOf((fake, id) => (id === 1 ? fake.emit("exit", 134) : fake.reply({ id, ok: false, error: "fuente" })), 150);
    await expect(pool.render({})).rejects.toThrow("PDF worker exited (134)");
    await expect(pool.render({})).rejects.toThrow("PDF worker: fuente");
  });
});
