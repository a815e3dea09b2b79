// Test helpers for SEPS data (used by Vitest and Playwright; never by the app).

/** A valid private-organization RUC (third digit 9, módulo 11) with a random body. */
export function randomRuc(): string {
  for (;;) {
    const province = String(1 + Math.floor(Math.random() * 24)).padStart(2, "0");
    let body = province + "9";
    while (body.length < 9) body += String(Math.floor(Math.random() * 10));
    const weights = [4, 3, 2, 7, 6, 5, 4, 3, 2];
    const sum = weights.reduce((acc, w, i) => acc + w * Number(body[i]), 0);
    const check = 11 - (sum % 11);
    if (check === 10) continue;
    return `${body}${check === 11 ? 0 : check}001`;
  }
}
