import { randomBytes } from "node:crypto";

/** Unique data per test, so tests can run in parallel on one database. */
export function uniqueSuffix(): string {
  return randomBytes(5).toString("hex");
}

export function uniqueEmail(prefix = "persona"): string {
  return `${prefix}.${uniqueSuffix()}@example.com`;
}

/** A valid cédula (módulo 10) with a random body and province 01–24. */
export function randomCedula(): string {
  const province = String(1 + Math.floor(Math.random() * 24)).padStart(2, "0");
  const third = String(Math.floor(Math.random() * 6));
  let body = province + third;
  while (body.length < 9) body += String(Math.floor(Math.random() * 10));
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let product = Number(body[i]) * (i % 2 === 0 ? 2 : 1);
    if (product >= 10) product -= 9;
    sum += product;
  }
  return body + String((10 - (sum % 10)) % 10);
}
