/**
 * Programs and onboarding (issue #9, items 3 and 4): a channel manager enrols a new
 * partner in the Reseller program from its page's "Program and tier" tab and records its
 * values; the partner's admin — in Spanish — accepts the agreement, gives billing details,
 * states a certification and hands in a photo of its signed tax form; the manager
 * activates the complete partner from the Onboarding tab (Reseller's activation is
 * manual); the partner sees its tier, why, and what the next tier needs. (The automatic
 * activation, after an application, is in applications.spec.ts.)
 */
import type { Page } from "@playwright/test";
import { png } from "../fixtures/files";
import { DEMO, STRONG_PASSWORD, baseUrl, expect, latestMailLink, newPerson, pickOption, signInFast, test, uniqueEmail, uniqueTag } from "./helpers";

/** A server action then the page it re-renders (the partner page holds many sections). */
const AFTER_ACTION = 30_000;

async function recordValue(page: Page, metric: string, value: string) {
  await page.getByRole("button", { name: "Record a value" }).click();
  const dialog = page.getByRole("dialog", { name: "Record a metric value" });
  await dialog.getByLabel(/^Metric/).selectOption({ label: metric });
  await dialog.getByLabel(/^Period start/).fill("2026-10-01");
  await dialog.getByLabel(/^Value/).fill(value);
  await dialog.getByRole("button", { name: "Record" }).click();
  await expect(dialog).toBeHidden({ timeout: AFTER_ACTION });
}

test("a new partner is enrolled, onboards in Spanish, is activated and sees its tier and what the next needs", async ({ page, browser }) => {
  // Two people, a dozen steps, each re-rendering a full page: more than one test's default budget.
  test.setTimeout(180_000);
  const tag = uniqueTag();
  const partnerName = `Onboard Co ${tag}`;
  const adminEmail = uniqueEmail("onboard");
  await signInFast(page, DEMO.acmeManager);

  await test.step("the channel manager creates the partner, invites its admin and enrols it in Reseller", async () => {
    await page.goto("/acme/admin/partners");
    await page.getByRole("button", { name: "New partner" }).click();
    const dialog = page.getByRole("dialog", { name: "New partner" });
    await dialog.getByLabel(/^Company name/).fill(partnerName);
    await dialog.getByLabel(/^Partner type/).selectOption({ label: "Value-added reseller" });
    await dialog.getByRole("button", { name: "Create partner" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(partnerName);
    await page.getByRole("button", { name: "Invite portal user" }).click();
    const invite = page.getByRole("dialog", { name: "Invite a portal user" });
    await invite.getByLabel(/^Email/).fill(adminEmail);
    await invite.getByLabel(/^Full name/).fill(`Olga ${tag}`);
    await invite.getByRole("button", { name: "Send invitation" }).click();
    await invite.getByRole("button", { name: "Done" }).click();

    await page.getByRole("navigation", { name: `Sections of ${partnerName}` }).getByRole("link", { name: "Program and tier" }).click();
    await expect(page).toHaveURL(/\?tab=program$/);
    await page.getByRole("combobox", { name: /^Program/ }).selectOption({ label: "Reseller" });
    await page.getByRole("button", { name: "Enrol" }).click();
    await expect(page.getByText("The rules give Registered: every rule of each tier up to Registered is met.")).toBeVisible({ timeout: AFTER_ACTION });
  });

  await test.step("…records a quarter's revenue and two certified people: Silver at the next evaluation", async () => {
    await recordValue(page, "Revenue, last 12 months", "60000");
    await recordValue(page, "Certified people", "2");
    await page.getByRole("button", { name: "Evaluate now" }).click();
    await expect(page.getByText("The rules give Silver: every rule of each tier up to Silver is met.")).toBeVisible({ timeout: AFTER_ACTION });
    await expect(page.getByText("To reach Gold:")).toBeVisible({ timeout: AFTER_ACTION });
    await expect(page.getByText("Revenue, last 12 months: $190,000.00 more (has $60,000.00 of $250,000.00)")).toBeVisible({ timeout: AFTER_ACTION });
  });

  const olgaContext = await newPerson(browser);
  const olga = await olgaContext.newPage();
  await test.step("the partner's admin joins and works through the checklist in Spanish", async () => {
    await olga.goto(await latestMailLink(olga.request, adminEmail, "/invite/"));
    await olga.getByLabel(/^Password/).fill(STRONG_PASSWORD);
    await olga.getByRole("button", { name: "Join and sign in" }).click();
    await expect(olga).toHaveURL(/\/acme\/portal$/);
    await olgaContext.addCookies([{ name: "NEXT_LOCALE", value: "es", url: baseUrl() }]);

    await olga.goto("/acme/portal/onboarding");
    await expect(olga.getByRole("heading", { level: 1 })).toHaveText("Incorporación");
    await expect(olga.getByText("0 de 4 hechos")).toBeVisible({ timeout: AFTER_ACTION });

    await olga.getByLabel(`He leído la versión 1 de este acuerdo y lo acepto en nombre de ${partnerName}.`).check();
    await olga.getByRole("button", { name: "Aceptar", exact: true }).click();
    await expect(olga.getByText(`Aceptado por Olga ${tag}`)).toBeVisible({ timeout: AFTER_ACTION });

    await olga.getByLabel(/^Razón social/).fill(`${partnerName} S.A. de C.V.`);
    await olga.getByLabel(/^NIF/).fill("OCO123456AB1");
    await olga.getByLabel(/^Correo de facturación/).fill(`facturas.${tag}@example.test`);
    await olga.getByLabel(/^Dirección de facturación/).fill("Av. Reforma 100, Ciudad de México");
    await pickOption(olga, /^País/, "Méx", "México");
    await olga.getByRole("button", { name: "Guardar datos de facturación" }).click();
    await expect(olga.getByText("Datos de facturación guardados.")).toBeVisible({ timeout: AFTER_ACTION });

    await olga.getByLabel(/^Persona certificada/).fill(`Olga ${tag}`);
    await olga.getByLabel(/^ID de la credencial/).fill("ACME-SE-0042");
    await olga.getByLabel(/^Completada el/).fill("2026-11-20");
    await olga.getByRole("button", { name: "Guardar certificación" }).click();
    await expect(olga.getByText("3 de 4 hechos")).toBeVisible({ timeout: AFTER_ACTION });

    // A photo of the signed form: a real PNG, its type read from its bytes by the files route.
    const field = olga.locator('[data-file-field="fileId"]');
    await field.locator('input[type="file"]').setInputFiles({ name: "w9-firmado.png", mimeType: "image/png", buffer: png(40, 52, "#f8fafc") });
    await expect(field.getByRole("status")).toHaveText(/w9-firmado\.png subido/, { timeout: AFTER_ACTION });
    await olga.getByRole("button", { name: "Entregar el documento" }).click();
    await expect(olga.getByText("4 de 4 hechos")).toBeVisible({ timeout: AFTER_ACTION });
    await expect(olga.getByText("Completa: a la espera de que un gerente de canal lo active")).toBeVisible({ timeout: AFTER_ACTION });
  });

  await test.step("the channel manager activates the complete partner from its Onboarding tab", async () => {
    await page.getByRole("navigation", { name: `Sections of ${partnerName}` }).getByRole("link", { name: "Onboarding" }).click();
    await expect(page).toHaveURL(/\?tab=onboarding$/);
    await expect(page.getByRole("link", { name: /w9-firmado\.png/ })).toBeVisible({ timeout: AFTER_ACTION });
    await expect(page.getByText("Complete: waiting for a channel manager to activate")).toBeVisible({ timeout: AFTER_ACTION });
    await page.getByRole("button", { name: "Activate the partner" }).click();
    await expect(page.getByText(/^Activated on /)).toBeVisible({ timeout: AFTER_ACTION });
    await expect(page.getByText("Active", { exact: true }).first()).toBeVisible({ timeout: AFTER_ACTION });
  });

  await test.step("the partner sees its tier, why, and what the next tier needs", async () => {
    await olga.goto("/acme/portal/program");
    await expect(olga.getByRole("heading", { level: 1 })).toHaveText("Reseller");
    await expect(olga.getByText("Las reglas dan Silver: se cumplen todas las reglas de cada nivel hasta Silver.")).toBeVisible({ timeout: AFTER_ACTION });
    await expect(olga.getByText("Para llegar a Gold:")).toBeVisible({ timeout: AFTER_ACTION });
    await expect(olga.getByText(/^Personas certificadas: 3 más \(tiene 2 de 5\)$/)).toBeVisible({ timeout: AFTER_ACTION });
  });

  await olgaContext.close();
});
