import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import postgres from "postgres";
import type { Browser, Page } from "@playwright/test";
import { DEMO_ADMIN } from "@/lib/auth/demo-staff";
import { expect, test } from "./support/fixtures";
import { AdminReviewPage } from "./pages/admin-review";
import { registerPerson, signIn } from "./pages/ecuapass-cuenta";
import { outboxHeaders } from "./support/outbox";
import { EcuapassRegistrationPage, newPerson } from "./pages/ecuapass-registro";
import { SepsRequestFormPage, SepsRequestPage } from "./pages/seps-solicitud";

// What Vercel does to this app: two production servers (the e2e build) on one Postgres, behind a
// small round-robin proxy that sends each request to the next server. Opt-in (E2E_TWO_SERVERS=1,
// Postgres at E2E_TWO_SERVERS_DB or 127.0.0.1:5432): it starts two more servers beside the
// usual e2e one. A test pins a browser to one server with the header x-servidor-destino. Run: E2E_TWO_SERVERS=1 E2E_SKIP_BUILD=1 npx playwright test --project=desktop e2e/two-servers.spec.ts

const enabled = process.env.E2E_TWO_SERVERS === "1";
const adminUrl = process.env.E2E_TWO_SERVERS_DB ?? "postgres://postgres@127.0.0.1:5432/postgres";
const base = Number(process.env.E2E_TWO_SERVERS_PORT ?? 3460);
const PROXY = `http://localhost:${base}`;
const UPSTREAMS = [base + 1, base + 2];
const [A, B] = UPSTREAMS as [number, number];
const PIN = "x-servidor-destino";

test.skip(!enabled, "E2E_TWO_SERVERS=1 to run two servers behind a round-robin proxy");
test.describe.configure({ mode: "serial" });
test.use({ baseURL: PROXY });

const servers: ChildProcess[] = [];
let proxy: http.Server | undefined;
const served = new Map<number, number>();
let database = "";

function run(command: string, args: string[], env: Record<string, string>) {
  return spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
}

async function waitFor(url: string, ms = 120_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} no respondió`);
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  database = `ventanilla_dos_${Date.now()}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${database}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const env = {
    NODE_ENV: "production",
    NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-e2e",
    APP_URL: PROXY,
    AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-0123456",
    MAIL_TRANSPORT: "outbox",
    OUTBOX_SECRET: outboxHeaders["x-outbox-secret"],
    ENABLE_TEST_HOOKS: "1",
    DATABASE_URL: url.toString(),
    DATABASE_POOL_MAX: "4",
  };
  const seed = run("npx", ["tsx", "--import", "./scripts/lib/register.mjs", "scripts/seed.ts", "--demo-staff"], env);
  const code = await new Promise<number | null>((resolve) => seed.on("exit", resolve));
  expect(code, "seed").toBe(0);
  for (const port of UPSTREAMS) {
    servers.push(run(process.execPath, ["--max-old-space-size=256", "node_modules/next/dist/bin/next", "start", "-p", String(port)], env));
  }
  await Promise.all(UPSTREAMS.map((port) => waitFor(`http://127.0.0.1:${port}/`)));

  let next = 0;
  proxy = http.createServer((request, response) => {
    // A test may pin a browser to one server (the header PIN): "on A, then on B".
    const pinned = Number(request.headers[PIN]);
    const port = UPSTREAMS.includes(pinned) ? pinned : UPSTREAMS[next++ % UPSTREAMS.length]!;
    served.set(port, (served.get(port) ?? 0) + 1);
    const upstream = http.request(
      { host: "127.0.0.1", port, path: request.url, method: request.method, headers: { ...request.headers, "x-forwarded-for": "203.0.113.50" } },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, { ...answer.headers, "x-servidor": String(port) });
        answer.pipe(response);
      },
    );
    upstream.on("error", () => response.writeHead(502).end());
    request.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy!.listen(base, resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => proxy?.close(resolve));
  for (const server of servers) server.kill();
  await Promise.all(servers.map((s) => new Promise((resolve) => (s.exitCode !== null ? resolve(null) : s.on("exit", resolve)))));
  if (database) {
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists ${database} with (force)`);
    await admin.end();
  }
});

test("a SEPS request filed through both servers: its PDFs, generated on one, download from the other and from either", async ({ page, request }) => {
  // The server that answered «Guardar» generated the PDFs (they are rendered before it answers).
  const generatedBy: string[] = [];
  page.on("response", (r) => {
    if (r.request().method() === "POST" && r.headers()["x-action-redirect"]?.includes("/seps/solicitud/s/")) generatedBy.push(r.headers()["x-servidor"]!);
  });
  await new SepsRequestFormPage(page).fileRequest();
  const requestPage = new SepsRequestPage(page);
  const href = await requestPage.document("Solicitud de usuario y clave").getByRole("link", { name: /Descargar PDF de/ }).getAttribute("href");
  expect(generatedBy, "el servidor que guardó la solicitud").toHaveLength(1);
  const other = generatedBy[0] === String(A) ? B : A;
  const fromOther = await request.get(href!, { headers: { [PIN]: String(other) } });
  expect(fromOther.headers()["x-servidor"]).toBe(String(other));
  expect(fromOther.status()).toBe(200);
  expect((await fromOther.body()).subarray(0, 5).toString()).toBe("%PDF-");
  const from = new Set<string>();
  for (let i = 0; i < 4; i++) {
    const file = await request.get(href!);
    expect(file.status()).toBe(200);
    expect((await file.body()).subarray(0, 5).toString()).toBe("%PDF-");
    from.add(file.headers()["x-servidor"]!);
  }
  expect(from.size, "descargado de los dos servidores").toBe(2);
  expect(served.get(UPSTREAMS[0]!)).toBeGreaterThan(5);
  expect(served.get(UPSTREAMS[1]!)).toBeGreaterThan(5);
});

test("an Ecuapass registration through both servers; signing out on one ends the session on the other", async ({ page, request }) => {
  const form = new EcuapassRegistrationPage(page, request);
  const person = newPerson();
  await form.open();
  await form.fillPersonalData(person);
  await form.checkUserId();
  await form.checkDocument();
  await form.fillEmail(person);
  await form.checkEmail();
  const code = await form.requestCode(person.email);
  await form.field("Ingrese código de seguridad").fill(code);
  await form.register();
  await expect(page).toHaveURL(/\/ecuapass\/mi-pagina$/);
  await expect(page.getByRole("heading", { level: 1, name: "Mi página" })).toBeVisible();
  // The session works on both servers.
  for (let i = 0; i < 2; i++) {
    const answer = await page.request.get("/ecuapass/mi-pagina", { maxRedirects: 0 });
    expect(answer.status(), `servidor ${answer.headers()["x-servidor"]}`).toBe(200);
  }
  const cookies = await page.context().cookies();
  await page.getByRole("button", { name: "Cerrar sesión" }).click();
  await expect(page).toHaveURL(/\/ecuapass\/ingresar/);
  // The old cookie, replayed on each server, no longer opens Mi página.
  const replay = await page.context().browser()!.newContext({ baseURL: PROXY });
  await replay.addCookies(cookies);
  for (let i = 0; i < 2; i++) {
    const answer = await replay.request.get("/ecuapass/mi-pagina", { maxRedirects: 0 });
    expect(answer.status(), `servidor ${answer.headers()["x-servidor"]}`).toBe(307);
    expect(answer.headers()["location"]).toMatch(/\/ecuapass\/ingresar/);
  }
  await replay.close();
});

/** A browser context whose every request the proxy sends to one server. */
async function pinnedTo(browser: Browser, port: number) {
  const context = await browser.newContext({ baseURL: PROXY, extraHTTPHeaders: { [PIN]: String(port) } });
  return { context, page: await context.newPage() };
}

async function answeredBy(page: Page): Promise<string> {
  const answer = await page.request.get("/ecuapass/ingresar");
  return answer.headers()["x-servidor"]!;
}

test("sign-in locks are shared: failures on server A lock the account on server B", async ({ page, request, browser }) => {
  const person = await registerPerson(page, request);
  await page.getByRole("banner").getByRole("button", { name: "Cerrar sesión" }).click();
  await expect(page).toHaveURL(/\/ecuapass\/ingresar/);

  const onA = await pinnedTo(browser, A);
  expect(await answeredBy(onA.page)).toBe(String(A));
  for (let i = 0; i < 5; i++) {
    await signIn(onA.page, person.userId, `Incorrecta-${i}-2026`);
    await expect(onA.page.getByRole("alert").first()).toContainText("Usuario o contraseña incorrectos");
  }
  await expect(onA.page.getByRole("alert").first()).toContainText("espere");

  // The right password, on the other server, during the lock: refused with the same wait.
  const onB = await pinnedTo(browser, B);
  expect(await answeredBy(onB.page)).toBe(String(B));
  await signIn(onB.page, person.userId, person.password);
  await expect(onB.page.getByRole("alert").first()).toContainText("espere");
  await expect(onB.page).toHaveURL(/\/ecuapass\/ingresar/);
  await onA.context.close();
  await onB.context.close();
});

test("a suspension by an admin on server A ends the user's session on server B", async ({ page, request, browser }) => {
  test.setTimeout(180_000);
  const person = await registerPerson(page, request);
  await page.getByRole("banner").getByRole("button", { name: "Cerrar sesión" }).click();

  const user = await pinnedTo(browser, B);
  await signIn(user.page, person.userId, person.password);
  await expect(user.page).toHaveURL(/\/ecuapass\/mi-pagina$/);
  expect(await answeredBy(user.page)).toBe(String(B));

  const admin = await pinnedTo(browser, A);
  await new AdminReviewPage(admin.page).signIn(DEMO_ADMIN);
  await admin.page.goto(`/admin/usuarios?q=${encodeURIComponent(person.userId)}`);
  await admin.page.getByRole("link", { name: person.fullName }).click();
  const suspend = admin.page.locator("form", { has: admin.page.getByRole("heading", { name: "Suspender la cuenta" }) });
  await suspend.getByLabel("Motivo").fill("Uso de la cuenta por otra persona.");
  const [suspended] = await Promise.all([
    admin.page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/admin/usuarios/")),
    suspend.getByRole("button", { name: "Suspender" }).click(),
  ]);
  expect(suspended.headers()["x-servidor"]).toBe(String(A));
  await expect(admin.page.getByRole("status").filter({ hasText: "fue suspendida" })).toBeVisible();

  // The user's next request, on the other server, finds the session ended.
  await user.page.reload();
  await expect(user.page).toHaveURL(/\/ecuapass\/ingresar/);
  await admin.context.close();
  await user.context.close();
});

test("the availability checks' rate limit is one budget across the servers", async ({ request }) => {
  const statuses: number[] = [];
  const from = new Set<string>();
  for (let i = 0; i < 31; i++) {
    const answer = await request.get(`/api/ecuapass/disponibilidad/usuario?valor=libre${i}x${Date.now() % 100000}`);
    statuses.push(answer.status());
    from.add(answer.headers()["x-servidor"]!);
  }
  expect(from.size).toBe(2);
  // The registrations above used some of this minute's 30 from the same address.
  expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(30);
  expect(statuses.at(-1)).toBe(429);
});
