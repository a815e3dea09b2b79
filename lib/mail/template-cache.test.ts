import { render, toPlainText } from "@react-email/render";
import fc from "fast-check";
import { createElement } from "react";
import { describe, expect, it, vi } from "vitest";

const renders = vi.hoisted(() => ({ count: 0, texts: 0 }));
vi.mock("@react-email/render", async (original) => {
  const actual = await original<typeof import("@react-email/render")>();
  return {
    ...actual,
    render: (...args: Parameters<typeof actual.render>) => (renders.count++, actual.render(...args)),
    toPlainText: (...args: Parameters<typeof actual.toPlainText>) => (renders.texts++, actual.toPlainText(...args)),
  };
});
import EcuapassWelcomeEmail from "./templates/ecuapass-bienvenida";
import EcuapassCodeEmail from "./templates/ecuapass-codigo";
import { renderEmail } from "./template-cache";

const fullRender = async (element: Parameters<typeof render>[0]) => {
  const html = await render(element);
  return { html, text: toPlainText(html) };
};

// A cached template's message (HTML and plain text) must be byte for byte what a full render gives,
// whatever the values (quotes, ampersands, angle brackets, accents, emoji, runs of spaces…).
const value = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40, unit: "grapheme" }),
  fc.string({ minLength: 1, maxLength: 12, unit: fc.constantFrom("a", "Ñ", " ", "  ", "\t", "\n", "\u200b", "\u00a0", "&", "<", "#", "mailto:") }),
);

describe("renderEmail", () => {
  it("fills the welcome email's cached skeletons exactly as React and html-to-text render it", async () => {
    await fc.assert(
      fc.asyncProperty(value, value, value, fc.oneof(fc.webUrl(), value), async (fullName, userId, senaeEmail, signInUrl) => {
        const element = createElement(EcuapassWelcomeEmail, { fullName, userId, senaeEmail, signInUrl });
        expect(await renderEmail(element)).toEqual(await fullRender(element));
      }),
      { numRuns: 80 },
    );
    for (const tricky of [
      { fullName: `O'Brien & <Ñusta> "Q"`, userId: "a&amp;b", senaeEmail: "x@y.ec", signInUrl: "https://e.ec/?a=1&b=\"2\"" },
      // Each one alone: what html-to-text collapses or rewrites.
      { fullName: " María  José ", userId: "ana", senaeEmail: "ana@correo.aduana.gob.ec", signInUrl: "https://e.ec/" },
      { fullName: "Ana", userId: "u\u200bv", senaeEmail: "ana@correo.aduana.gob.ec", signInUrl: "https://e.ec/" },
      { fullName: "Ana", userId: "ana", senaeEmail: "ana@correo.aduana.gob.ec", signInUrl: "#ancla" },
      { fullName: "Ana", userId: "ana", senaeEmail: "ana@correo.aduana.gob.ec", signInUrl: "mailto:ana@y.ec" },
    ]) {
      expect(await renderEmail(createElement(EcuapassWelcomeEmail, tricky))).toEqual(await fullRender(createElement(EcuapassWelcomeEmail, tricky)));
    }
  });

  it("renders a cached template and its text once, then only fills them in", async () => {
    const welcome = (n: number) => createElement(EcuapassWelcomeEmail, { fullName: `Persona ${n}`, userId: `u${n}`, senaeEmail: `u${n}@correo.aduana.gob.ec`, signInUrl: "https://e.ec/ingresar" });
    await renderEmail(welcome(0));
    const [before, textsBefore] = [renders.count, renders.texts];
    const messages = await Promise.all([1, 2, 3, 4, 5].map((n) => renderEmail(welcome(n))));
    expect(renders.count).toBe(before);
    expect(renders.texts).toBe(textsBefore);
    expect(messages[2]!.html).toContain("Persona 3");
    expect(messages[2]!.text).toContain("Estimado(a) Persona 3:");
  });

  it("renders in full what it may not cache: an empty value, a template that did not opt in", async () => {
    const empty = createElement(EcuapassWelcomeEmail, { fullName: "", userId: "u", senaeEmail: "u@correo.aduana.gob.ec", signInUrl: "https://e.ec/" });
    expect(await renderEmail(empty)).toEqual(await fullRender(empty));
    const code = createElement(EcuapassCodeEmail, { code: "K7P2QD", minutes: 15 });
    expect(await renderEmail(code)).toEqual(await fullRender(code));
  });
});
