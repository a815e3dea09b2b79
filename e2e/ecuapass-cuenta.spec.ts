import { DEMO_REVIEWER } from "@/lib/auth/demo-staff";
import { expect, test } from "./support/fixtures";
import { AdminReviewPage, seedRequestInReview } from "./pages/admin-review";
import { SepsAccountPage } from "./pages/admin-seps-account";
import { field, otherSession, registerPerson, requestChangeCode, signIn } from "./pages/ecuapass-cuenta";
import { newPerson } from "./pages/ecuapass-registro";
import { linkIn, waitForMail } from "./support/mail";

const NEW_PASSWORD = "Cóndor andino 2027";

test("the header shows who is signed in and Cerrar sesión on every page", async ({ page, request }) => {
  const person = await registerPerson(page, request);
  const header = page.getByRole("banner");
  for (const path of ["/ecuapass/mi-pagina", "/", "/seps/solicitud", "/ecuapass/registro"]) {
    await page.goto(path);
    await expect(header).toContainText(person.fullName);
    await expect(header.getByRole("button", { name: "Cerrar sesión" })).toBeVisible();
    await expect(header.getByRole("link", { name: "Ingresar" })).toHaveCount(0);
    await expect(header.getByRole("link", { name: "Mi página" })).toHaveAttribute("href", "/ecuapass/mi-pagina");
  }
  await header.getByRole("button", { name: "Cerrar sesión" }).click();
  await expect(page).toHaveURL(/\/ecuapass\/ingresar/);
  await expect(header.getByRole("link", { name: "Ingresar" })).toBeVisible();
  await expect(header).not.toContainText(person.fullName);
});

test("staff and SEPS users see who is signed in and Cerrar sesión in the header too", async ({ page, browser, request }) => {
  const seeded = await seedRequestInReview(request);
  const admin = new AdminReviewPage(page);
  await admin.signIn();
  // The demo reviewer's sessions are shared with other tests: this one does not sign out.
  for (const path of ["/admin", "/"]) {
    await page.goto(path);
    const header = page.getByRole("banner");
    await expect(header).toContainText(DEMO_REVIEWER.fullName);
    await expect(header.getByRole("button", { name: "Cerrar sesión" })).toBeVisible();
    await expect(header.getByRole("link", { name: "Bandeja" })).toHaveAttribute("href", "/admin");
  }
  await page.goto("/admin");
  await admin.openFromQueue(seeded.number);
  await admin.approve();
  const link = linkIn(await waitForMail(request, seeded.userEmail, { subject: /Acceso otorgado/ }), "/seps/activar/");

  const context = await browser.newContext();
  const sepsPage = await context.newPage();
  const seps = new SepsAccountPage(sepsPage);
  await sepsPage.goto(link);
  await seps.setPassword(seeded.userCedula, "Balances-Andinos-42");
  await seps.signIn(seeded.userCedula, "Balances-Andinos-42");
  for (const path of ["/seps/casillero", "/ecuapass/registro"]) {
    await sepsPage.goto(path);
    const header = sepsPage.getByRole("banner");
    await expect(header).toContainText(seeded.userName);
    await expect(header.getByRole("link", { name: "Mi casillero" })).toHaveAttribute("href", "/seps/casillero");
  }
  await sepsPage.getByRole("banner").getByRole("button", { name: "Cerrar sesión" }).click();
  await expect(sepsPage).toHaveURL(/\/seps\/ingresar/);
  await expect(sepsPage.getByRole("banner")).not.toContainText(seeded.userName);
  await context.close();
});

test("¿Olvidó su contraseña?: neutral answer, scanner-safe single-use link, every session ends, a notice", async ({ page, request, browser, baseURL }) => {
  const person = await registerPerson(page, request);
  const elsewhere = await otherSession(browser, baseURL!, person);
  await page.getByRole("banner").getByRole("button", { name: "Cerrar sesión" }).click();
  await expect(page).toHaveURL(/\/ecuapass\/ingresar/);

  // An unknown ID.usuario gets exactly the same answer.
  const answerFor = async (userId: string) => {
    await page.goto("/ecuapass/ingresar");
    await page.getByRole("link", { name: "¿Olvidó su contraseña?" }).click();
    await expect(page).toHaveURL(/\/ecuapass\/restablecer$/);
    await field(page, "ID.usuario").fill(userId);
    // The action's answer as the server sent it (read through the route: Chromium does not keep streamed bodies).
    let body = "";
    let ms = 0;
    await page.route("**/ecuapass/restablecer", async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      const started = Date.now();
      const response = await route.fetch();
      ms = Date.now() - started;
      body = await response.text();
      await route.fulfill({ response, body });
    });
    await page.getByRole("button", { name: "Enviar enlace" }).click();
    const answer = page.getByRole("status");
    await expect(answer).toContainText("Si el ID.usuario está registrado");
    await page.unrouteAll();
    return { shown: await answer.innerText(), body, ms };
  };
  const requested = new Date(Date.now() - 2_000);
  const unknown = await answerFor(newPerson().userId);
  const known = await answerFor(person.userId);
  // The same page text and the same bytes from the server; both wait out the same floor.
  expect(known.shown).toBe(unknown.shown);
  expect(known.body).toContain("Si el ID.usuario está registrado");
  expect(known.body).toBe(unknown.body);
  expect(Math.min(known.ms, unknown.ms)).toBeGreaterThanOrEqual(500);

  const mail = await waitForMail(request, person.email, { subject: /Restablecer contraseña/, after: requested });
  const link = linkIn(mail, "/ecuapass/restablecer/");
  // Opening the link (a person, or a mail scanner) uses nothing; the token never leaks or is cached.
  await page.goto(link);
  const opened = await page.goto(link);
  expect(opened!.headers()["referrer-policy"]).toBe("same-origin");
  expect(opened!.headers()["cache-control"]).toContain("no-store");
  await expect(page.getByRole("heading", { level: 1, name: "Registrar una nueva contraseña" })).toBeVisible();
  await expect(page.getByText(person.userId)).toBeVisible();
  await field(page, "Nueva contraseña").fill("password1");
  await field(page, "Confirme la nueva contraseña").fill("password1");
  await page.getByRole("button", { name: "Guardar contraseña" }).click();
  await expect(page.locator("#password-error")).toContainText("Error:");
  await field(page, "Nueva contraseña").fill(NEW_PASSWORD);
  await field(page, "Confirme la nueva contraseña").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Guardar contraseña" }).click();
  await expect(page.getByRole("heading", { name: "Contraseña actualizada" })).toBeVisible();

  // Single use.
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "El enlace no se puede usar" })).toBeVisible();
  // The other browser's session ended.
  await elsewhere.goto("/ecuapass/mi-pagina");
  await expect(elsewhere).toHaveURL(/\/ecuapass\/ingresar/);
  await elsewhere.context().close();

  const notice = await waitForMail(request, person.email, { subject: /Su contraseña de Ecuapass fue cambiada/ });
  expect(notice.text).toContain(person.userId);
  await signIn(page, person.userId, person.password);
  await expect(page.getByRole("alert", { name: "Hay un problema" })).toContainText("Usuario o contraseña incorrectos");
  await signIn(page, person.userId, NEW_PASSWORD);
  await expect(page).toHaveURL(/\/ecuapass\/mi-pagina$/);
});

test("Mi página: the password changes with the current one; this session stays, others end", async ({ page, request, browser, baseURL }) => {
  const person = await registerPerson(page, request);
  const elsewhere = await otherSession(browser, baseURL!, person);
  await page.getByRole("link", { name: "Cambiar contraseña" }).click();
  await expect(page).toHaveURL(/\/ecuapass\/mi-pagina\/contrasena$/);
  await expect(page.getByRole("heading", { level: 1, name: "Cambiar contraseña" })).toBeVisible();
  await field(page, "Contraseña actual").fill("no-es-mi-clave-1");
  await field(page, "Nueva contraseña").fill(NEW_PASSWORD);
  await field(page, "Confirme la nueva contraseña").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Cambiar contraseña" }).click();
  await expect(page.locator("#currentPassword-error")).toHaveText("Error: La contraseña actual es incorrecta.");

  await field(page, "Contraseña actual").fill(person.password);
  await field(page, "Nueva contraseña").fill(NEW_PASSWORD);
  await field(page, "Confirme la nueva contraseña").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Cambiar contraseña" }).click();
  await expect(page).toHaveURL(/\/ecuapass\/mi-pagina\?cambio=contrasena$/);
  await expect(page.getByRole("status")).toContainText("Su contraseña fue cambiada");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Mi página" })).toBeVisible();

  await elsewhere.goto("/ecuapass/mi-pagina");
  await expect(elsewhere).toHaveURL(/\/ecuapass\/ingresar/);
  await elsewhere.context().close();
  await waitForMail(request, person.email, { subject: /Su contraseña de Ecuapass fue cambiada/ });
});

test("Mi página: registration data confirmed with a code to the registered email", async ({ page, request }) => {
  const person = await registerPerson(page, request);
  await page.getByRole("link", { name: "Modificar información de registro de usuario" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Modificar información de registro de usuario" })).toBeVisible();
  await expect(field(page, "Dirección")).toHaveValue(person.address);
  await field(page, "Dirección").fill("Calle Larga 7-45 y Borrero, Cuenca");
  await field(page, "Teléfono1").fill("07 283 1234");
  await page.getByLabel(/Operadora del celular/).selectOption("CNT");
  await field(page, "Fax").fill("07 283 1235");
  const code = await requestChangeCode(page, request, person.email);
  // What was typed stays after the code is sent.
  await expect(field(page, "Dirección")).toHaveValue("Calle Larga 7-45 y Borrero, Cuenca");
  await field(page, "Ingrese código de seguridad").fill("ZZZZZZ");
  await page.getByRole("button", { name: "Guardar cambios" }).click();
  await expect(page.locator("#securityCode-error")).toHaveText("Error: El código de seguridad ingresado es incorrecto.");
  await expect(field(page, "Fax")).toHaveValue("07 283 1235");
  await field(page, "Ingrese código de seguridad").fill(code);
  await page.getByRole("button", { name: "Guardar cambios" }).click();
  await expect(page).toHaveURL(/\/ecuapass\/mi-pagina\?cambio=datos$/);
  await expect(page.getByRole("status")).toContainText("Su información de registro fue actualizada.");
  const data = page.getByRole("region", { name: "Mis datos" });
  await expect(data).toContainText("Calle Larga 7-45 y Borrero, Cuenca");
  await expect(data).toContainText("(CNT)");
  await expect(data).toContainText("072831235");
});

test("Mi página: the email changes with a code to the new address; the old one is told; the SENAE address stays", async ({ page, request }) => {
  const person = await registerPerson(page, request);
  const senae = `${person.userId}@correo.aduana.gob.ec`;
  await page.getByRole("link", { name: "Cambiar correo electrónico" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Cambiar correo electrónico" })).toBeVisible();
  await expect(page.getByText(senae)).toBeVisible();
  await field(page, "Nuevo correo electrónico").fill(person.email.toUpperCase());
  await field(page, "Confirmación del nuevo correo electrónico").fill(person.email);
  await page.getByRole("button", { name: "Solicitar código de seguridad" }).click();
  await expect(page.locator("#email-error")).toHaveText("Error: Es el correo electrónico que ya tiene registrado.");

  const newEmail = `nuevo.${newPerson().userId}@example.com`;
  await field(page, "Nuevo correo electrónico").fill(newEmail);
  await field(page, "Confirmación del nuevo correo electrónico").fill(newEmail);
  const code = await requestChangeCode(page, request, newEmail);
  await field(page, "Ingrese código de seguridad").fill(code);
  await page.getByRole("button", { name: "Cambiar correo electrónico" }).click();
  await expect(page).toHaveURL(/\/ecuapass\/mi-pagina\?cambio=correo$/);
  const data = page.getByRole("region", { name: "Mis datos" });
  await expect(data).toContainText(newEmail);
  await expect(data).toContainText(senae);
  const notice = await waitForMail(request, person.email, { subject: /El correo electrónico de su usuario de Ecuapass fue cambiado/ });
  expect(notice.text).toContain("n***@example.com");
});
