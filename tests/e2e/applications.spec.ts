/**
 * The channel lifecycle's story end to end, in Spanish (issue #9): a company applies on
 * Globex's public page, a channel manager approves it from the queue and enrols it in the
 * Revendedores program, and the applicant — now the new partner's admin — gets the
 * decision and the invitation by e-mail, joins, accepts the agreement, hands in a real PDF
 * and its billing details; the program activates it automatically, it sees its tier and
 * what the next tier needs, and the channel manager sees the checklist and the document on
 * the partner's Onboarding tab. Then the lifecycle: the partner is suspended (its portal turns
 * read-only, with a banner), reinstated and offboarded (its portal closed), from the
 * partner page, with reasons.
 */
import type { Page } from "@playwright/test";
import { pdf } from "../fixtures/files";
import { DEMO, FROM_LOOPBACK, STRONG_PASSWORD, baseUrl, expect, latestMailLink, newPerson, pickOption, signInFast, test, uniqueEmail, uniqueTag } from "./helpers";

const SPANISH = { locale: "es-ES" } as const;
/** A server action and the page it re-renders, on a machine busy with other runs. */
const AFTER_ACTION = { timeout: 30_000 } as const;

async function inSpanish(page: Page) {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "es", url: baseUrl() }]);
}

test("una empresa solicita ser socio, un gerente de canal la aprueba, su administrador completa la incorporación y ve su nivel", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000); // two people, two browsers, e-mails through the worker, a dozen forms
  const tag = uniqueTag();
  const company = `Aplicaciones Ñandú ${tag}`;
  const email = uniqueEmail("solicitante");
  const contact = `Nuria Ñandú ${tag}`;

  const applicant = await newPerson(browser, SPANISH);
  const form = await applicant.newPage();
  await inSpanish(form);

  await test.step("la empresa rellena la página pública y la envía", async () => {
    await form.goto("/globex/apply");
    await expect(form.getByRole("heading", { name: "Hazte socio de Globex Components" })).toBeVisible();
    // Everything wrong at once is reported on its field, in Spanish.
    await form.getByRole("button", { name: "Enviar solicitud" }).click();
    await expect(form.getByText("Escribe el identificador fiscal con al menos 4 letras o dígitos.")).toBeVisible();

    await form.getByLabel(/^Nombre de la empresa/).fill(company);
    await form.getByLabel(/^Identificador fiscal/).fill(`B-${tag}`);
    await form.getByLabel(/^Tipo de socio/).selectOption({ label: "Distribuidor" });
    await pickOption(form, /^País \(/, "Chile", "Chile");
    await form.getByLabel(/^Región o estado/).fill("Valparaíso");
    await form.getByLabel(/^Sitio web/).fill("nandu.example");
    await form.getByLabel(/^Nombre de contacto/).fill(contact);
    await form.getByLabel(/^Correo electrónico de contacto/).fill(email);
    await form.getByLabel(/^Volumen anual previsto/).fill("250000,50");
    await form.getByLabel(/^Moneda/).selectOption("EUR");
    await form.getByLabel(/^Marcas de interés/).fill("Globex Pro, Globex Lite");
    await form.getByRole("button", { name: "Enviar solicitud" }).click();
    await expect(form.getByText("Solicitud enviada")).toBeVisible();
  });

  await test.step("el mismo identificador fiscal no se puede enviar dos veces mientras está pendiente", async () => {
    await form.reload();
    await form.getByLabel(/^Nombre de la empresa/).fill(`${company} bis`);
    await form.getByLabel(/^Identificador fiscal/).fill(`b ${tag}`);
    await form.getByLabel(/^Tipo de socio/).selectOption({ label: "Distribuidor" });
    await pickOption(form, /^País \(/, "Chile", "Chile");
    await form.getByLabel(/^Nombre de contacto/).fill(contact);
    await form.getByLabel(/^Correo electrónico de contacto/).fill(email);
    await form.getByLabel(/^Volumen anual previsto/).fill("1000");
    await form.getByRole("button", { name: "Enviar solicitud" }).click();
    await expect(form.getByText("Ya estamos revisando una solicitud con este identificador fiscal.", { exact: false }).first()).toBeVisible();
  });

  await test.step("el gerente de canal la encuentra en la cola, la aprueba y la inscribe en Revendedores", async () => {
    await inSpanish(page);
    await signInFast(page, DEMO.globexAdmin);
    // The dashboard counts the pending applications and opens the queue on them.
    await page.goto("/globex/admin");
    await page.getByRole("link", { name: /^Solicitudes pendientes/ }).click();
    await expect(page).toHaveURL(/\/globex\/admin\/applications\?status=PENDING$/);
    await page.goto(`/globex/admin/applications?status=PENDING&q=${encodeURIComponent(tag)}`);
    const queue = page.getByRole("region", { name: "Solicitudes de socios" });
    await queue.getByRole("link", { name: company }).click();
    await expect(page.getByRole("heading", { name: company })).toBeVisible();
    await expect(page.getByText("250.000,50 €")).toBeVisible();
    await page.getByLabel(/^Nota para el solicitante/).fill("Bienvenidos al canal.");
    await page.getByLabel(/^Programa/).selectOption({ label: "Revendedores" });
    await page.getByRole("button", { name: "Aprobar e invitar" }).click();
    // The page shows the decision in place of the forms: who, the note and the new partner.
    await expect(page.getByRole("link", { name: "Abrir el socio" })).toBeVisible();
    await expect(page.getByText("Bienvenidos al canal.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Rechazar" })).toHaveCount(0);
  });

  await test.step("el solicitante recibe la decisión y la invitación, y entra en el portal", async () => {
    const mailbox = async () =>
      (await form.request.get(`/dev/mailbox?to=${encodeURIComponent(email)}`, { headers: FROM_LOOPBACK })).text();
    await expect.poll(mailbox, { timeout: 10_000 }).toContain(`Bienvenido al canal de socios de Globex Components, ${company}`);
    const link = await latestMailLink(form.request, email, "/invite/");
    await form.goto(link);
    await expect(form.getByRole("heading", { name: "Únete a Globex Components en Canal" })).toBeVisible();
    await expect(form.getByLabel(/^Correo electrónico/)).toHaveValue(email);
    await form.getByLabel(/^Contraseña/).fill(STRONG_PASSWORD);
    await form.getByRole("button", { name: "Unirme e iniciar sesión" }).click();
    await expect(form).toHaveURL(/\/globex\/portal$/, AFTER_ACTION);
    await expect(form.getByText("Incorporación en curso")).toBeVisible();
    await expect(form.getByText(company).first()).toBeVisible();
  });

  await test.step("acepta el acuerdo, entrega un PDF de verdad y sus datos de facturación: activo al momento", async () => {
    // The portal home's first next step while the checklist is open.
    await form.getByRole("link", { name: /^Completa tu incorporación con Globex Components \(0 de 3 hechos\)/ }).click();
    await expect(form.getByRole("heading", { level: 1 })).toHaveText("Incorporación");
    await expect(form.getByText("0 de 3 hechos")).toBeVisible();
    await expect(form.getByText("Se activa automáticamente al completarla")).toBeVisible();

    await form.getByLabel(`He leído la versión 1 de este acuerdo y lo acepto en nombre de ${company}.`).check();
    await form.getByRole("button", { name: "Aceptar", exact: true }).click();
    await expect(form.getByText(`Aceptado por ${contact}`)).toBeVisible(AFTER_ACTION);

    // The document goes up at once to the portal's files route (its content is checked
    // there), then the item's form files it.
    const field = form.locator('[data-file-field="fileId"]');
    await field.locator('input[type="file"]').setInputFiles({ name: "certificado-censal.pdf", mimeType: "application/pdf", buffer: pdf() });
    await expect(field.getByRole("status")).toHaveText(/certificado-censal\.pdf subido/, AFTER_ACTION);
    await form.getByRole("button", { name: "Entregar el documento" }).click();
    await expect(form.getByText("2 de 3 hechos")).toBeVisible(AFTER_ACTION);
    const checklist = form.getByRole("list").filter({ hasText: "Certificado de situación censal" });
    await expect(checklist.getByRole("listitem").filter({ hasText: "Certificado de situación censal" })).toContainText("— hecho");
    await expect(checklist.getByRole("link", { name: /certificado-censal\.pdf/ })).toBeVisible();

    await form.getByLabel(/^Razón social/).fill(`${company} SpA`);
    await form.getByLabel(/^NIF/).fill(`CL-${tag}`);
    await form.getByLabel(/^Correo de facturación/).fill(email);
    await form.getByLabel(/^Dirección de facturación/).fill("Avenida Brasil 2950, Valparaíso");
    await pickOption(form, /^País/, "Chile", "Chile");
    await form.getByRole("button", { name: "Guardar datos de facturación" }).click();
    await expect(form.getByText("3 de 3 hechos")).toBeVisible(AFTER_ACTION);
    // Revendedores activates on its own: the last step is followed by the activation.
    await expect(form.getByText(/^Activado el /)).toBeVisible(AFTER_ACTION);
  });

  await test.step("el socio, ya activo, ve su nivel y lo que necesita el siguiente", async () => {
    await form.goto("/globex/portal/program");
    await expect(form.getByRole("heading", { level: 1 })).toHaveText("Revendedores");
    await expect(form.getByText("Las reglas dan Registrado: se cumplen todas las reglas de cada nivel hasta Registrado.")).toBeVisible();
    await expect(form.getByText("Para llegar a Plata:")).toBeVisible();
    await expect(form.getByText(/^Personas certificadas: 2 más \(tiene 0 de 2\)$/)).toBeVisible();
    await form.goto("/globex/portal");
    await expect(form.getByText("Incorporación en curso")).toHaveCount(0);
    await expect(form.getByText("Registrado", { exact: true })).toBeVisible();
  });

  await test.step("el gerente de canal ve al socio activo, su lista completa y el documento entregado", async () => {
    await page.getByRole("link", { name: "Abrir el socio" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(company);
    await expect(page.getByText("Activo", { exact: true }).first()).toBeVisible();
    await page.getByRole("navigation", { name: `Secciones de ${company}` }).getByRole("link", { name: "Incorporación" }).click();
    await expect(page).toHaveURL(/\?tab=onboarding$/);
    await expect(page.getByText("3 de 3 hechos")).toBeVisible();
    await expect(page.getByText(/^Activado el /)).toBeVisible();
    const document = page.getByRole("link", { name: /certificado-censal\.pdf/ });
    const download = await page.request.get((await document.getAttribute("href"))!);
    expect(download.status()).toBe(200);
    expect(download.headers()["content-type"]).toBe("application/pdf");
  });
  await applicant.close();
});

test("a channel manager suspends a partner: its portal turns read-only with a banner, until reinstated", async ({ page, browser }) => {
  test.setTimeout(120_000); // two people, two browsers, an e-mailed invitation
  const tag = uniqueTag();
  const partnerName = `Pausable Retail ${tag}`;
  const email = uniqueEmail("pausable");
  await signInFast(page, DEMO.acmeManager);

  await test.step("a new partner with its admin, activated with a reason", async () => {
    await page.goto("/acme/admin/partners?new=1");
    const dialog = page.getByRole("dialog", { name: "New partner" });
    await dialog.getByLabel(/^Company name/).fill(partnerName);
    await dialog.getByLabel(/^Partner type/).selectOption({ label: "Retailer" });
    await dialog.getByRole("button", { name: "Create partner" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(partnerName);
    // Partner 360: the lifecycle is a tab of the partner page (later reloads stay on it).
    await page.getByRole("navigation", { name: `Sections of ${partnerName}` }).getByRole("link", { name: "Lifecycle" }).click();
    await expect(page).toHaveURL(/\?tab=lifecycle$/);
    const lifecycle = page.locator("[data-lifecycle-card]");
    await lifecycle.getByLabel(/^Change to/).selectOption({ label: "Activate" });
    await lifecycle.getByLabel(/^Reason/).fill("Agreement signed.");
    await lifecycle.getByRole("button", { name: "Change status" }).click();
    await expect(lifecycle.getByText("Status changed.", { exact: false })).toBeVisible();
    await expect(lifecycle.getByText("Agreement signed.")).toBeVisible();
  });

  const invitee = await newPerson(browser);
  const portal = await invitee.newPage();
  await test.step("its admin joins", async () => {
    await page.getByRole("button", { name: "Invite portal user" }).click();
    const dialog = page.getByRole("dialog", { name: "Invite a portal user" });
    await dialog.getByLabel(/^Email/).fill(email);
    await dialog.getByLabel(/^Full name/).fill(`Pia Pause ${tag}`);
    await dialog.getByRole("button", { name: "Send invitation" }).click();
    await expect(dialog.getByText("Invitation sent")).toBeVisible();
    await dialog.getByRole("button", { name: "Done" }).click();
    await portal.goto(await latestMailLink(portal.request, email, "/invite/"));
    await portal.getByLabel(/^Password/).fill(STRONG_PASSWORD);
    await portal.getByRole("button", { name: "Join and sign in" }).click();
    await expect(portal).toHaveURL(/\/acme\/portal$/);
  });

  await test.step("suspended: the banner on every page, no way to change the team", async () => {
    await page.reload();
    const lifecycle = page.locator("[data-lifecycle-card]");
    await lifecycle.getByLabel(/^Change to/).selectOption({ label: "Suspend (portal becomes read-only)" });
    await lifecycle.getByRole("button", { name: "Change status" }).click();
    await expect(lifecycle.getByText("Give a reason for this change.").first()).toBeVisible();
    await lifecycle.getByLabel(/^Reason/).fill("Overdue invoices.");
    await lifecycle.getByRole("button", { name: "Change status" }).click();
    await expect(lifecycle.getByText("Status changed.", { exact: false })).toBeVisible();

    await portal.goto("/acme/portal/team");
    await expect(portal.locator("[data-suspended-banner]")).toContainText("Read-only");
    await expect(portal.getByRole("button", { name: "Invite teammates" })).toHaveCount(0);
    await portal.goto("/acme/portal");
    await expect(portal.locator("[data-suspended-banner]")).toBeVisible();
  });

  await test.step("reinstated: the portal is open again", async () => {
    await page.reload();
    const lifecycle = page.locator("[data-lifecycle-card]");
    await lifecycle.getByLabel(/^Change to/).selectOption({ label: "Reinstate" });
    await lifecycle.getByLabel(/^Reason/).fill("Invoices paid.");
    await lifecycle.getByRole("button", { name: "Change status" }).click();
    await expect(lifecycle.getByText("Status changed.", { exact: false })).toBeVisible();
    await portal.goto("/acme/portal/team");
    await expect(portal.locator("[data-suspended-banner]")).toHaveCount(0);
    await expect(portal.getByRole("button", { name: "Invite teammates" })).toBeVisible();
  });

  await test.step("offboarded: its portal is closed to its users, its page kept, no way back", async () => {
    await page.reload();
    const lifecycle = page.locator("[data-lifecycle-card]");
    await lifecycle.getByLabel(/^Change to/).selectOption({ label: "Offboard (final: portal closed, data kept)" });
    await lifecycle.getByLabel(/^Reason/).fill("Contract ended.");
    await lifecycle.getByRole("button", { name: "Change status" }).click();
    await expect(lifecycle.getByText("An offboarded partner stays offboarded", { exact: false })).toBeVisible();
    await expect(lifecycle.getByLabel(/^Change to/)).toHaveCount(0);
    const closed = await portal.goto("/acme/portal");
    expect(closed?.status()).toBe(404);
  });
  await invitee.close();
});
