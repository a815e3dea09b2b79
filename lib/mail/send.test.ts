import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { advanceClock, nowMs } from "@/lib/clock";
import { db } from "@/lib/db";
import { mailOutbox, rateLimits } from "@/lib/db/schema";
import { resetEnvCache } from "@/lib/env";
import TestMessageEmail from "@/lib/mail/templates/test-message";
import { uniqueEmail, uniqueSuffix } from "@/test/factories";

// A fake Resend API on a local port: each test queues the answers it wants.
type Answer = { status: number; headers?: Record<string, string>; body: unknown };
const answers: Answer[] = [];
const received: { idempotencyKey: string | undefined; body: { to: string | string[]; html: string } }[] = [];
let server: Server;

async function readBody(req: IncomingMessage) {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const body = await readBody(req);
    received.push({ idempotencyKey: req.headers["idempotency-key"] as string | undefined, body });
    const answer = answers.shift() ?? { status: 200, body: { id: `re_${uniqueSuffix()}` } };
    res.writeHead(answer.status, { "content-type": "application/json", ...answer.headers });
    res.end(JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  vi.stubEnv("MAIL_TRANSPORT", "resend");
  vi.stubEnv("RESEND_API_KEY", "re_test_key");
  vi.stubEnv("RESEND_BASE_URL", `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  resetEnvCache();
});

afterAll(async () => {
  vi.unstubAllEnvs();
  resetEnvCache();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  answers.length = 0;
  received.length = 0;
  vi.spyOn(console, "warn").mockImplementation(() => {});
});

const { sendMail, deliverDueMail, parseRetryAfter } = await import("./send");

async function rowOf(id: string) {
  const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
  return row!;
}

function mail(to: string) {
  return { to, subject: "Prueba", react: TestMessageEmail({ sentAt: "hoy" }), idempotencyKey: `prueba-${uniqueSuffix()}` };
}

describe("mail through Resend with a retry queue", () => {
  it("a 429 with Retry-After is retried after that delay, with the same idempotency key, and the body is cleared once sent", async () => {
    answers.push({ status: 429, headers: { "retry-after": "120" }, body: { name: "rate_limit_exceeded", message: "Too many requests" } });
    const to = uniqueEmail("limite");
    const first = await sendMail(mail(to));
    expect(first.delivered).toBe(false);
    let row = await rowOf(first.id);
    expect(row.status).toBe("pendiente");
    expect(row.html).toContain("hoy");
    expect(row.nextAttemptAt.getTime() - nowMs()).toBeGreaterThan(115_000);
    expect(row.nextAttemptAt.getTime() - nowMs()).toBeLessThan(125_000);

    advanceClock(100_000);
    await deliverDueMail();
    expect(received.filter((r) => r.body.to === to || r.body.to?.[0] === to)).toHaveLength(1); // not yet
    advanceClock(25_000);
    await deliverDueMail();
    const mine = received.filter((r) => JSON.stringify(r.body.to).includes(to));
    expect(mine).toHaveLength(2);
    expect(mine[0]!.idempotencyKey).toBeTruthy();
    expect(mine[1]!.idempotencyKey).toBe(mine[0]!.idempotencyKey);
    row = await rowOf(first.id);
    expect(row.status).toBe("enviado");
    expect(row.html).toBeNull();
    expect(row.text).toBeNull();
  });

  it("a 500 is retried with growing back-off until it goes through", async () => {
    answers.push({ status: 500, body: { name: "internal_server_error", message: "boom" } });
    answers.push({ status: 500, body: { name: "internal_server_error", message: "boom" } });
    const to = uniqueEmail("caido");
    const { id } = await sendMail(mail(to));
    const delays: number[] = [];
    let row = await rowOf(id);
    delays.push(row.nextAttemptAt.getTime() - nowMs());
    advanceClock(delays[0]! + 1_000);
    await deliverDueMail();
    row = await rowOf(id);
    expect(row.status).toBe("pendiente");
    delays.push(row.nextAttemptAt.getTime() - nowMs());
    expect(delays[1]!).toBeGreaterThan(delays[0]! * 1.5);
    advanceClock(delays[1]! + 1_000);
    await deliverDueMail();
    row = await rowOf(id);
    expect(row.status).toBe("enviado");
    expect(row.attempts).toBe(3);
    const keys = received.filter((r) => JSON.stringify(r.body.to).includes(to)).map((r) => r.idempotencyKey);
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
  });

  it("the same idempotency key twice stores and sends one message", async () => {
    const m = mail(uniqueEmail("doble"));
    const a = await sendMail(m);
    const b = await sendMail(m);
    expect(b.id).toBe(a.id);
    expect(received.filter((r) => JSON.stringify(r.body.to).includes(m.to))).toHaveLength(1);
  });

  it("a registration is never lost when sending fails: the data commits and the message waits in the queue", async () => {
    vi.stubEnv("RESEND_BASE_URL", "http://127.0.0.1:9"); // nothing listens there
    const key = `registro-${uniqueSuffix()}`;
    const to = uniqueEmail("registro");
    try {
      await db.transaction(async (tx) => tx.insert(rateLimits).values({ key, points: 1 })); // stands for a registration
      // A fresh client picks up the unreachable base URL.
      vi.resetModules();
      const { sendMail: send } = await import("./send");
      const result = await send(mail(to));
      expect(result.delivered).toBe(false);
      const row = await rowOf(result.id);
      expect(row).toMatchObject({ status: "pendiente", to });
      expect(row.html).toBeTruthy();
      expect(await db.select().from(rateLimits).where(eq(rateLimits.key, key))).toHaveLength(1);
    } finally {
      vi.stubEnv("RESEND_BASE_URL", `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    }
  });

  it("reads Retry-After as seconds or as an HTTP date", () => {
    expect(parseRetryAfter("2")).toBe(2);
    expect(parseRetryAfter(new Date(Date.now() + 10_000).toUTCString())).toBeGreaterThanOrEqual(9);
    expect(parseRetryAfter("mañana")).toBeUndefined();
  });
});
