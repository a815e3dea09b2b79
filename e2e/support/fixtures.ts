import { createHash } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type APIRequestContext, type Page, type TestInfo } from "@playwright/test";

/** axe-core with the WCAG 2.2 AA rules; returns the violations (empty when accessible). */
export async function axeViolations(page: Page) {
  // Sandboxed iframes (rendered emails in the dev outbox) cannot be entered by axe and would hang it.
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .exclude("iframe[sandbox]")
    .options({ iframes: false })
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

const REQUEST_METHODS = new Set(["get", "post", "put", "patch", "delete", "head", "fetch"]);

/**
 * The API context with Playwright's retry of ECONNRESET (the only error it retries): a keep-alive
 * connection idle past the server's keep-alive timeout (5 s) may be closed just as the next request
 * goes out on it, and that request never reached the server. Tests now idle that long (a staff
 * sign-in waiting for an unused TOTP step, e2e/support/totp.ts) between two API calls.
 */
function retryingResets(request: APIRequestContext): APIRequestContext {
  return new Proxy(request, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      if (typeof property !== "string" || !REQUEST_METHODS.has(property)) return value.bind(target);
      return (url: unknown, options: object = {}) => value.call(target, url, { maxRetries: 2, ...options });
    },
  });
}

/**
 * The client address a test browses from, as the first X-Forwarded-For hop (what the app reads, as
 * Vercel sets it): a private address derived from the test and its attempt. People register from
 * their own networks; with every test on 127.0.0.1 the per-address limits (20 security codes an hour)
 * counted the whole suite as one visitor and refused the later registrations.
 */
function clientAddressOf(testInfo: TestInfo): string {
  const [a, b, c] = createHash("sha256").update(`${testInfo.testId}:${testInfo.retry}`).digest();
  return `10.${a}.${b}.${Math.max(1, c!)}`;
}

/**
 * `page` checks accessibility on every page it loads: each loaded document is analysed by axe,
 * and the test fails at its end if any had violations.
 */
export const test = base.extend<{ page: Page; request: APIRequestContext }>({
  // Applies to every context and API request the test creates (browser.newContext too).
  extraHTTPHeaders: async ({ extraHTTPHeaders }, use, testInfo) => {
    await use({ ...extraHTTPHeaders, "x-forwarded-for": clientAddressOf(testInfo) });
  },
  request: async ({ request }, use) => {
    await use(retryingResets(request));
  },
  page: async ({ page }, use, testInfo) => {
    const problems: string[] = [];
    const pending = new Set<Promise<void>>();
    const analysed = new Set<string>();
    page.on("load", () => {
      const url = page.url();
      if (analysed.has(url) || url.includes("/api/")) return;
      analysed.add(url);
      const job = axeViolations(page)
        .then((violations) => {
          for (const v of violations) problems.push(`${url} → ${v}`);
        })
        // The page moved on before axe finished: that document is checked when it loads again.
        .catch(() => {
          analysed.delete(url);
        })
        .finally(() => pending.delete(job));
      pending.add(job);
    });
    await use(page);
    if (!page.isClosed()) {
      const url = page.url();
      if (!analysed.has(url) && url.startsWith("http")) {
        for (const v of await axeViolations(page).catch(() => [])) problems.push(`${url} → ${v}`);
      }
    }
    await Promise.all(pending);
    if (problems.length) {
      await testInfo.attach("axe-violations", { body: problems.join("\n"), contentType: "text/plain" });
    }
    expect(problems, "axe-core: violaciones de accesibilidad (WCAG 2.2 AA)").toEqual([]);
  },
});

export { expect };
