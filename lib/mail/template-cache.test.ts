import { render } from "@react-email/render";
import fc from "fast-check";
import { createElement } from "react";
import { describe, expect, it, vi } from "vitest";

const renders = vi.hoisted(() => ({ count: 0 }));
vi.mock("@react-email/render", async (original) => {
  const actual = await original<typeof import("@react-email/render")>();
  return { ...actual, render: (...args: Parameters<typeof actual.render>) => (renders.count++, actual.render(...args)) };
});
import EcuapassWelcomeEmail from "./templates/ecuapass-bienvenida";
import EcuapassCodeEmail from "./templates/ecuapass-codigo";
import { renderEmailHtml } from "./template-cache";

// A cached template's message must be byte for byte what a full render gives, whatever the values
// (quotes, ampersands, angle brackets, accents, emoji…).
const value = fc.string({ minLength: 1, maxLength: 40, unit: "grapheme" });

describe("renderEmailHtml", () => {
  it("fills the welcome email's cached skeleton exactly as React renders it", async () => {
    await fc.assert(
      fc.asyncProperty(value, value, value, fc.webUrl(), async (fullName, userId, senaeEmail, signInUrl) => {
        const element = createElement(EcuapassWelcomeEmail, { fullName, userId, senaeEmail, signInUrl });
        expect(await renderEmailHtml(element)).toBe(await render(element));
      }),
      { numRuns: 60 },
    );
    const tricky = { fullName: `O'Brien & <Ñusta> "Q"`, userId: "a&amp;b", senaeEmail: "x@y.ec", signInUrl: "https://e.ec/?a=1&b=\"2\"" };
    expect(await renderEmailHtml(createElement(EcuapassWelcomeEmail, tricky))).toBe(await render(createElement(EcuapassWelcomeEmail, tricky)));
  });

  it("renders a cached template once, then only fills it in", async () => {
    const welcome = (n: number) => createElement(EcuapassWelcomeEmail, { fullName: `Persona ${n}`, userId: `u${n}`, senaeEmail: `u${n}@correo.aduana.gob.ec`, signInUrl: "https://e.ec/ingresar" });
    await renderEmailHtml(welcome(0));
    const before = renders.count;
    const html = await Promise.all([1, 2, 3, 4, 5].map((n) => renderEmailHtml(welcome(n))));
    expect(renders.count).toBe(before);
    expect(html[2]).toContain("Persona 3");
  });

  it("renders in full what it may not cache: an empty value, a template that did not opt in", async () => {
    const empty = createElement(EcuapassWelcomeEmail, { fullName: "", userId: "u", senaeEmail: "u@correo.aduana.gob.ec", signInUrl: "https://e.ec/" });
    expect(await renderEmailHtml(empty)).toBe(await render(empty));
    const code = createElement(EcuapassCodeEmail, { code: "K7P2QD", minutes: 15 });
    expect(await renderEmailHtml(code)).toBe(await render(code));
  });
});
