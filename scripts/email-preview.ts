// npm run email: renders every template in lib/mail/templates with its PreviewProps into
// .data/email-preview/<name>.html (and .txt), to open in a browser.
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { render } from "@react-email/render";
import { createElement, type ComponentType } from "react";

const dir = path.resolve("lib/mail/templates");
const out = path.resolve(".data/email-preview");
mkdirSync(out, { recursive: true });

for (const file of readdirSync(dir).filter((f) => f.endsWith(".tsx") && f !== "email-layout.tsx")) {
  const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as {
    default?: ComponentType<Record<string, unknown>> & { PreviewProps?: Record<string, unknown> };
  };
  const Template = mod.default;
  if (!Template) continue;
  const element = createElement(Template, Template.PreviewProps ?? {});
  const name = file.replace(/\.tsx$/, "");
  writeFileSync(path.join(out, `${name}.html`), await render(element));
  writeFileSync(path.join(out, `${name}.txt`), await render(element, { plainText: true }));
  console.log(`${name}: ${path.relative(process.cwd(), path.join(out, `${name}.html`))}`);
}
