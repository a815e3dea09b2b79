import { EventEmitter } from "node:events";
import postgres from "postgres";
import { describe, expect, it } from "vitest";

// patches/postgres+3.4.9.patch (applied by `npm install`, patch-package): postgres.js 3.4.9 defers
// small writes to a setImmediate and, when a connection closed with such a write pending, kept the
// stale timer: every later StartupMessage of that pooled connection stayed in its buffer, so the
// connection timed out connecting for the life of the process (seen here as CONNECT_TIMEOUT right
// after a database restart: test/postgres-restart.test.ts). It also threw an uncaught TypeError
// from that timer when the socket was gone, which ends a Node server (porsager/postgres#1154,
// #1208; unreleased fixes #1168, #1209). These tests fail if the patch stops applying.

class FakeSocket extends EventEmitter {
  readyState = "open";
  written = 0;
  setKeepAlive() {}
  write(data: Buffer | string) {
    this.written += Buffer.byteLength(data);
    return true;
  }
  end() {
    this.readyState = "closed";
  }
  destroy() {
    this.readyState = "closed";
  }
}

/** Connects through fake sockets (the driver's `socket` option: no network); `kill` closes an attempt's socket before its first flush. */
async function attempts(kill: Set<number>) {
  const sockets: FakeSocket[] = [];
  const sql = postgres({
    host: "driver-patch.invalid",
    max: 1,
    connect_timeout: 1,
    backoff: () => 0.01,
    fetch_types: false,
    // The option exists (src/connection.js createSocket) but is missing from the driver's types.
    ...({
      socket: () => {
        const socket = new FakeSocket();
        sockets.push(socket);
        // Queued before the driver's own setImmediate(nextWrite) for the StartupMessage.
        if (kill.has(sockets.length)) setImmediate(() => socket.emit("close", false));
        return socket;
      },
    } as object),
  });
  sql`select 1`.catch(() => {});
  await new Promise((resolve) => setTimeout(resolve, 300));
  await sql.end({ timeout: 0 }).catch(() => {});
  return sockets.map((s) => s.written);
}

describe("postgres.js, as patched", () => {
  it("writes its StartupMessage on an undisturbed connection (the harness works)", async () => {
    const written = await attempts(new Set());
    expect(written[0]).toBeGreaterThan(0);
  });

  it("a connection whose socket closed with a write pending writes again on its next socket", async () => {
    const written = await attempts(new Set([1]));
    expect(written.length).toBeGreaterThanOrEqual(2);
    expect(written[1], "the reconnect wrote nothing: patches/postgres+3.4.9.patch is not applied").toBeGreaterThan(0);
  });
});
