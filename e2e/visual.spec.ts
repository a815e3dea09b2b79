import { mkdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";

// Every public page at a phone's width (360 px) and a laptop's (1280 px): a full-page screenshot
// into test-results/pantallas/ (ignored by git, emptied by each run) to look at, and two checks a
// screenshot review would otherwise catch by eye: nothing wider than the screen, and no word split
// across lines inside a table cell ("usuari/o", "Repres/entante").

const PAGES = [
  { name: "inicio", path: "/" },
  { name: "ecuapass-registro", path: "/ecuapass/registro" },
  { name: "ecuapass-usuario-general", path: "/ecuapass/registro/usuario-general" },
  { name: "ecuapass-representante-comercio-exterior", path: "/ecuapass/registro/representante-comercio-exterior" },
  { name: "ecuapass-empleado", path: "/ecuapass/registro/empleado" },
  { name: "ecuapass-representante-entidad-publica", path: "/ecuapass/registro/representante-entidad-publica" },
  { name: "ecuapass-funcionario-entidad-publica", path: "/ecuapass/registro/funcionario-entidad-publica" },
  { name: "ecuapass-organismo-internacional", path: "/ecuapass/registro/organismo-internacional" },
  { name: "ecuapass-persona-discapacidad", path: "/ecuapass/registro/persona-discapacidad" },
  { name: "ecuapass-ingresar", path: "/ecuapass/ingresar" },
  { name: "ecuapass-restablecer", path: "/ecuapass/restablecer" },
  { name: "ecuapass-verificar", path: "/ecuapass/verificar" },
  { name: "seps-solicitud", path: "/seps/solicitud" },
  { name: "seps-financieras", path: "/seps/solicitud/financieras" },
  { name: "seps-no-financieras", path: "/seps/solicitud/no-financieras" },
  { name: "seps-ingresar", path: "/seps/ingresar" },
  { name: "seps-restablecer", path: "/seps/restablecer" },
  { name: "seps-verificar", path: "/seps/verificar" },
  { name: "seps-consulta", path: "/seps/consulta" },
  { name: "admin-ingresar", path: "/admin/ingresar" },
  { name: "ayuda", path: "/ayuda" },
  { name: "privacidad", path: "/privacidad" },
  { name: "accesibilidad", path: "/accesibilidad" },
  { name: "terminos", path: "/terminos" },
  { name: "no-encontrada", path: "/no-existe", status: 404 },
] as const;

const WIDTHS = [360, 1280] as const;
const OUT = "test-results/pantallas";

/** Elements that stick out past the right edge of the viewport (none when the page fits). */
function overflowing(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.classList.length ? `.${[...el.classList].join(".")}` : ""}`;
    return [...document.body.querySelectorAll("*")]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .slice(0, 5)
      .map((el) => `${describe(el)} (derecha ${Math.round(el.getBoundingClientRect().right)} px > ${width} px)`);
  });
}

/** Words inside table cells laid out on more than one line (a break after a hyphen or slash is fine). */
function brokenWordsInTables(page: Page) {
  return page.evaluate(() => {
    // Text for screen readers only (a visually hidden header row or span) sits in a 1 px box.
    const hiddenFromSight = (from: Element | null, until: Element | null) => {
      for (let el = from; el && el !== until; el = el.parentElement) {
        const box = el.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1) return true;
      }
      return false;
    };
    const broken: string[] = [];
    for (const cell of document.querySelectorAll("td, th")) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (hiddenFromSight(node.parentElement, cell.closest("table"))) continue;
        const text = node.textContent ?? "";
        for (const match of text.matchAll(/[^\s\-/]+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken.slice(0, 10);
  });
}

test.beforeAll(() => mkdirSync(OUT, { recursive: true }));

for (const { name, path, ...rest } of PAGES) {
  test(`visual: ${path} at ${WIDTHS.join(" and ")} px`, async ({ page }) => {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: width < 600 ? 800 : 900 });
      const response = await page.goto(path);
      expect(response?.status(), `${path} status`).toBe("status" in rest ? rest.status : 200);
      await page.screenshot({ path: `${OUT}/${name}-${width}.png`, fullPage: true });
      expect(await overflowing(page), `${path} at ${width} px: horizontal overflow`).toEqual([]);
      expect(await brokenWordsInTables(page), `${path} at ${width} px: words broken inside table cells`).toEqual([]);
    }
  });
}
