import type { Download, Locator, Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { waitForMail } from "./support/mail";
import { codeIn, newPerson } from "./pages/ecuapass-registro";
import { DEMO_NF_RAZON_SOCIAL, DEMO_NF_RUC, newApplicant } from "./pages/seps-solicitud";
import { signedCopy } from "./support/signatures";

// Both procedures from start to end with the keyboard alone, as a keyboard or screen-reader user
// meets them: every control is found by its role and accessible name (or label), every step is a key
// press, and each Tab is followed by a check of where the focus landed. Nothing is clicked, filled
// or selected through the DOM: a closed select changes with the arrow keys or by typing the first
// letters of an option (type-ahead; short prefixes, as the browser forgets them after a second).

/** Presses `key` (Tab by default) once and checks that the focus is on `target`. */
async function press(page: Page, target: Locator, key = "Tab") {
  await page.keyboard.press(key);
  await expect(target).toBeFocused();
}

/**
 * Tabs forward until `target` has the focus (at most `max` presses): for long stretches of links
 * whose exact number is not the point of the test (the "Cambiar" links of a review page).
 */
async function tabUntil(page: Page, target: Locator, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  await expect(target, `no se llegó con Tab en ${max} pulsaciones`).toBeFocused({ timeout: 1 });
}

/** Starts from the top of a freshly loaded page: the skip link, then the main content. */
async function skipToContent(page: Page) {
  await press(page, page.getByRole("link", { name: "Saltar al contenido principal" }));
  await press(page, page.getByRole("main"), "Enter");
}

test("Ecuapass: a whole Usuario General registration with the keyboard alone", async ({ page, request }) => {
  const person = newPerson();
  const kb = page.keyboard;
  /** A form field by its whole accessible name (required ones end in "(obligatorio)"). */
  const field = (label: string, required = true) =>
    page.getByLabel(new RegExp(`^\\*?\\s*${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}${required ? "\\s*\\(obligatorio\\)" : ""}$`));
  const button = (name: string) => page.getByRole("button", { name, exact: true });

  await page.goto("/ecuapass/registro");
  await skipToContent(page);
  await press(page, page.getByRole("link", { name: "Iniciar la solicitud: Usuario General" }));
  await kb.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Solicitud de registro para Usuario General" })).toBeVisible();
  // After the client-side navigation the next Tab starts at the new page's content.
  await press(page, page.getByRole("navigation", { name: "Ruta de navegación" }).getByRole("link", { name: "Registro de usuario" }));

  // ID.usuario and its availability.
  await press(page, field("ID.usuario"));
  await kb.type(person.userId);
  await press(page, button("Comprobar disponibilidad del ID.usuario"));
  await kb.press("Enter");
  await expect(field("ID.usuario")).toHaveAccessibleDescription(/El ID\.usuario está disponible\./);
  await expect(button("Comprobar disponibilidad del ID.usuario")).toBeFocused();

  // Document type ("C": Cédula de Identidad), number and availability.
  const docType = page.getByLabel("Tipo de documento de identificación");
  await press(page, docType);
  await kb.type("C");
  await expect(docType).toHaveValue("cedula");
  await press(page, field("Doc. Identificación"));
  await kb.type(person.docNumber);
  await press(page, button("Comprobar disponibilidad del documento"));
  await kb.press("Space");
  await expect(field("Doc. Identificación")).toHaveAccessibleDescription(/El documento de identificación está disponible\./);
  await expect(button("Comprobar disponibilidad del documento")).toBeFocused();

  await press(page, field("Nombre Usuario"));
  await kb.type(person.fullName);
  await press(page, field("Contraseña"));
  await kb.type(person.password);
  await press(page, field("Confirmación de contraseña"));
  await kb.type(person.password);

  // País, then Provincia and Ciudad, which become available (and reachable with Tab) in that order.
  await press(page, field("País"));
  await kb.type("Ec");
  await expect(field("País")).toHaveValue("EC");
  await press(page, field("Provincia", false));
  await kb.type("Pi");
  await expect(field("Provincia", false)).toHaveValue("17");
  await press(page, field("Ciudad", false));
  await kb.type("Q");
  await expect(field("Ciudad", false)).toHaveValue("1701");

  await press(page, field("Dirección"));
  await kb.type(person.address);
  await press(page, field("Teléfono1"));
  await kb.type(person.phone1);
  await press(page, field("Teléfono2", false));
  const operator = page.getByLabel("Operadora del celular");
  await press(page, operator);
  await kb.type("M");
  await expect(operator).toHaveValue("MOVISTAR");
  await press(page, field("Número de celular"));
  await kb.type(person.mobile);
  await press(page, field("Fax", false));

  // Email, its confirmation and availability: the fields lock and the button becomes "Cambiar correo".
  await press(page, field("Correo electrónico"));
  await kb.type(person.email);
  await press(page, field("Confirmación de correo electrónico"));
  await kb.type(person.email);
  await press(page, button("Comprobar disponibilidad del correo electrónico"));
  await kb.press("Enter");
  await expect(field("Correo electrónico")).toHaveAccessibleDescription(/El correo electrónico está disponible\./);
  await expect(field("Correo electrónico")).toHaveAttribute("readonly", "");
  await expect(button("Cambiar correo")).toBeFocused();

  // The security code: requested by email, read from the dev outbox, typed in.
  await press(page, field("Ingrese código de seguridad"));
  const requestCode = button("Solicitar código de seguridad");
  await press(page, requestCode);
  const after = new Date(Date.now() - 2_000);
  await kb.press("Enter");
  await expect(field("Ingrese código de seguridad")).toHaveAccessibleDescription(/Se envió el código de seguridad/);
  await expect(requestCode).toBeFocused();
  const code = codeIn(await waitForMail(request, person.email, { subject: /ACTIVACIÓN DE CORREO ELECTRÓNICO/, after }));
  await press(page, field("Ingrese código de seguridad"), "Shift+Tab");
  await kb.type(code);

  await press(page, requestCode);
  await press(page, page.getByLabel("SENAE Correo Electrónico"));
  await expect(page.getByLabel("SENAE Correo Electrónico")).toHaveValue(`${person.userId}@correo.aduana.gob.ec`);
  await press(page, button("Registrar"));
  await kb.press("Enter");

  await expect(page).toHaveURL(/\/ecuapass\/mi-pagina$/);
  await expect(page.getByRole("heading", { level: 1, name: "Mi página" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(`${person.userId}@correo.aduana.gob.ec`);
});

const TITLES = ["Solicitud de usuario y clave", "Acuerdo de Confidencialidad", "Consentimiento informado de tratamiento de datos personales"];

test("SEPS: a non-financial request filed, signed copies uploaded and remitted with the keyboard alone", async ({ page }) => {
  const applicant = newApplicant();
  const role = "Rol de Acopio de Información";
  const kb = page.keyboard;
  const section = (name: string) => page.getByRole("group", { name, exact: true });

  await page.goto("/seps/solicitud");
  await skipToContent(page);
  await press(page, page.getByRole("link", { name: "Solicitud Organizaciones Financieras" }));
  await press(page, page.getByRole("link", { name: "Solicitud Organizaciones No Financieras" }));
  await kb.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Formulario Solicitud Claves" })).toBeVisible();

  // After the client-side navigation the next Tab starts at the new page's content. Sistemas
  // Disponibles: the role is chosen with the arrow keys and added.
  const roles = section("Sistemas Disponibles");
  const roleSelect = roles.getByLabel("Sistema / rol");
  const trail = page.getByRole("navigation", { name: "Ruta" });
  await press(page, trail.getByRole("link", { name: "Inicio" }));
  await press(page, trail.getByRole("link", { name: "Solicitud de usuario y clave" }));
  await press(page, roleSelect);
  // Nothing is chosen until the person chooses: the select starts on «Seleccione…».
  await expect(roleSelect.getByRole("option", { selected: true })).toHaveText("Seleccione…");
  await kb.press("ArrowDown");
  await expect(roleSelect.getByRole("option", { selected: true })).toHaveText("Rol de Representante Legal Sector No Financiero");
  await kb.press("ArrowDown");
  await expect(roleSelect.getByRole("option", { name: role, selected: true })).toHaveCount(1);
  await press(page, roles.getByRole("button", { name: "+ Agregar Rol de Usuario" }));
  await kb.press("Enter");
  const access = roles.getByRole("checkbox", { name: `¿Solicita acceso? ${role}` });
  await expect(access).toBeChecked();
  await press(page, access);
  await press(page, roles.getByRole("checkbox", { name: `¿Solicita desactivación? ${role}` }));
  await press(page, roles.getByRole("button", { name: `Quitar ${role}` }));

  // Datos Personales del Usuario.
  const user = section("Datos Personales del Usuario");
  await press(page, user.getByLabel("Tipo"));
  await press(page, user.getByLabel("Cédula de Ciudadanía / Identidad"));
  await kb.type(applicant.cedula);
  await press(page, user.getByLabel("Nombres Completos"));
  await kb.type(applicant.name);
  await press(page, user.getByLabel("Correo electrónico"));
  await kb.type(applicant.email);
  const employee = user.getByRole("group", { name: "¿Es empleado de la organización?" });
  await press(page, employee.getByRole("radio", { name: "Sí" }));
  await kb.press("Space");
  await expect(employee.getByRole("radio", { name: "Sí" })).toBeChecked();
  await press(page, user.getByLabel("Función o cargo que desempeña"));
  await kb.type(applicant.position);

  // Datos de la Organización: the RUC is looked up in the catastro.
  const org = section("Datos de la Organización");
  await press(page, org.getByLabel("RUC"));
  await kb.type(DEMO_NF_RUC);
  const lookUp = org.getByRole("button", { name: "Buscar RUC" });
  await press(page, lookUp);
  await kb.press("Enter");
  await expect(org.getByLabel("Razón Social")).toHaveValue(DEMO_NF_RAZON_SOCIAL);
  await expect(org.getByRole("status")).toHaveText(`Organización encontrada: ${DEMO_NF_RAZON_SOCIAL}`);
  await expect(lookUp).toBeFocused();

  // The captcha solves itself (nothing to do but wait); then "Continuar".
  await expect(section("Captcha").getByRole("status")).toContainText("Verificación completada", { timeout: 30_000 });
  // The organization's data (read-only, but reachable), the optional third person, then "Continuar".
  for (const label of ["Razón Social", "Segmento / Nivel", "Nombres Completos de Rep. Legal", "Correo del representante"]) {
    await press(page, org.getByLabel(label, { exact: true }));
  }
  const proxy = section("Datos de la persona que va a realizar el trámite");
  await press(page, proxy.getByLabel("Cédula de Ciudadanía / Identidad"));
  await press(page, proxy.getByLabel("Nombres Completos"));
  await press(page, page.getByRole("button", { name: "Continuar" }));
  await kb.press("Enter");
  const reviewHeading = page.getByRole("heading", { name: "Revise su solicitud" });
  await expect(reviewHeading).toBeFocused();
  await expect(page.getByRole("main")).toContainText(applicant.cedula);

  // Past the "Cambiar" links and the privacy notice: the consent, then "Guardar".
  const consent = page.getByRole("checkbox", { name: /He leído la información sobre el tratamiento/ });
  await tabUntil(page, consent, 30);
  await kb.press("Space");
  await expect(consent).toBeChecked();
  await press(page, page.getByRole("button", { name: "Guardar" }));
  await kb.press("Enter");
  await expect(page.getByRole("heading", { name: "Su solicitud fue guardada" })).toBeVisible({ timeout: 30_000 });

  // The request's page: each signed copy is chosen in the file dialog the keyboard opens, then uploaded.
  // After the navigation the next Tab starts at the new page's content: the private link first.
  await press(page, page.getByLabel("Enlace privado de la solicitud"));
  for (const [i, title] of TITLES.entries()) {
    const card = page.getByRole("region", { name: title, exact: true });
    // Downloaded with Enter (the copy uploaded below is that PDF signed with the test CA).
    await press(page, card.getByRole("link", { name: `Descargar PDF de ${title}` }));
    const [download] = await Promise.all([page.waitForEvent("download"), kb.press("Enter")]);
    const pdf = await readAll(download);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await press(page, card.getByRole("button", { name: `Vista previa de ${title}` }));
    const input = card.getByLabel(`Copia firmada de «${title}» (PDF, máximo 10 MB)`);
    await press(page, input);
    // Space or Enter on a file input opens the system's file dialog.
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), kb.press(i % 2 === 0 ? "Space" : "Enter")]);
    await chooser.setFiles({ name: `firmado-${i}.pdf`, mimeType: "application/pdf", buffer: await signedCopy(i, pdf, { user: applicant }) });
    const upload = card.getByRole("button", { name: `Subir copia firmada de ${title}` });
    await press(page, upload);
    await kb.press("Enter");
    await expect(card.getByRole("status")).toHaveText("Copia firmada subida.");
    await expect(card.getByRole("button", { name: `Reemplazar copia firmada de ${title}` })).toBeFocused();
  }

  const remit = page.getByRole("button", { name: "Remitir a la Superintendencia" });
  await press(page, remit);
  await kb.press("Enter");
  // The form is gone; the focus moves to the status, which a screen reader then reads.
  const status = page.getByRole("region", { name: "Estado" });
  await expect(status).toBeFocused();
  await expect(status).toContainText("En revisión");
  await expect(remit).toHaveCount(0);
});

async function readAll(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

test("SEPS roles: adding the last role and removing one keep the focus in the form", async ({ page }) => {
  const kb = page.keyboard;
  const roles = page.getByRole("group", { name: "Sistemas Disponibles", exact: true });
  const roleSelect = roles.getByLabel("Sistema / rol");
  const add = roles.getByRole("button", { name: "+ Agregar Rol de Usuario" });
  const focused = page.locator(":focus");

  await page.goto("/seps/solicitud/no-financieras");
  await skipToContent(page);
  const trail = page.getByRole("navigation", { name: "Ruta" });
  await press(page, trail.getByRole("link", { name: "Inicio" }));
  await press(page, trail.getByRole("link", { name: "Solicitud de usuario y clave" }));
  await press(page, roleSelect);
  // «Seleccione…» adds nothing: the button says why and keeps the focus.
  const count = (await roleSelect.getByRole("option").count()) - 1;
  await press(page, add);
  await kb.press("Enter");
  await expect(add).toBeFocused();
  await expect(roles.locator("#roles-error")).toContainText("Seleccione en la lista el rol que desea agregar.");
  // Each role: chosen with the arrow key, added with Enter; the button keeps the focus while roles are left.
  for (let i = 1; i < count; i++) {
    await kb.press("Shift+Tab");
    await expect(roleSelect).toBeFocused();
    await kb.press("ArrowDown");
    await kb.press("Tab");
    await kb.press("Enter");
    await expect(add).toBeFocused();
  }
  // The last one disables the select and the button: the focus moves to the new row.
  await kb.press("Shift+Tab");
  await kb.press("ArrowDown");
  await kb.press("Tab");
  await kb.press("Enter");
  await expect(add).toBeDisabled();
  await expect(focused).toHaveAccessibleName(/^¿Solicita acceso\? /);
  const lastRole = ((await focused.getAttribute("aria-label")) ?? "").replace("¿Solicita acceso? ", "");
  await press(page, roles.getByRole("checkbox", { name: `¿Solicita desactivación? ${lastRole}` }));
  const remove = roles.getByRole("button", { name: `Quitar ${lastRole}` });
  await press(page, remove);
  // Its row goes away with the focused button: the focus returns to the select, enabled again.
  await kb.press("Enter");
  await expect(remove).toHaveCount(0);
  await expect(roleSelect).toBeFocused();
  await expect(roleSelect).toBeEnabled();
});
