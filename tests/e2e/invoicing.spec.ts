/**
 * Invoicing in the back office, in Spanish, as finance: the invoice list filtered to the
 * overdue ones, an overdue demo invoice paid in part (the rest of the payment stays as the
 * partner's credit) and credited by an amount, the receivables page with its aging and the
 * journal of the month as CSV; and the rep's view of the partner's receivables on its page.
 */
import type { Browser } from "@playwright/test";
import { DEMO, baseUrl, expect, signInFast, test, uniqueTag } from "./helpers";

async function spanish(browser: Browser, email: string) {
  const context = await browser.newContext({ baseURL: baseUrl(), locale: "es-ES" });
  await context.addCookies([{ name: "NEXT_LOCALE", value: "es", url: baseUrl() }]);
  const page = await context.newPage();
  await signInFast(page, email);
  return { context, page };
}

test("finance pays an overdue invoice in part, credits it, reads the aging and exports the journal", async ({ browser }) => {
  test.setTimeout(120_000);
  const tag = uniqueTag().toUpperCase();
  const { context, page } = await spanish(browser, DEMO.acmeFinance);

  await page.goto("/acme/admin/invoices?status=OVERDUE");
  await expect(page.getByRole("heading", { name: "Facturas", level: 1 })).toBeVisible();
  const first = page.getByRole("link", { name: /^INV-\d{6}$/ }).first();
  const number = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole("heading", { name: number, level: 1 })).toBeVisible();
  await expect(page.locator("[data-invoice-status]")).toHaveText("Vencida");

  // 60.00 received, 50.00 applied here and nothing to Northwind's other open invoices: 10.00 stays as credit
  await page.getByRole("button", { name: "Registrar pago" }).click();
  const payment = page.getByRole("dialog");
  await payment.getByLabel(/^Importe recibido/).fill("60.00");
  // one row per open invoice, oldest due first, each editable
  for (const row of await payment.locator("[data-application]").all()) await row.getByRole("textbox").fill("0");
  await payment.getByLabel(new RegExp(`^${number}, vence`)).fill("50.00");
  await expect(payment.locator("[data-leftover]")).toContainText("10.00");
  await payment.getByLabel(/^Referencia/).fill(`E2E-${tag}`);
  await payment.getByRole("button", { name: "Registrar pago" }).click();
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(page.locator("[data-payment]").filter({ hasText: `E2E-${tag}` })).toBeVisible();
  // the credit left over is offered on the invoice, and applying it settles 10.00 more
  const credit = page.getByRole("button", { name: /^Aplicar 10,00/ });
  await expect(credit).toBeVisible();
  await credit.click();
  // the payment's rest is used up: its button goes, a second application of it is listed
  await expect(page.locator("[data-payment]").filter({ hasText: `E2E-${tag}` })).toHaveCount(2);
  await expect(credit).toBeHidden();

  await page.getByRole("button", { name: "Emitir nota de crédito" }).click();
  const note = page.getByRole("dialog");
  await note.getByLabel(/^Importe con impuestos/).fill("5.00");
  await note.getByLabel(/^Motivo/).fill(`Ajuste de prueba ${tag}`);
  await note.getByRole("button", { name: "Emitir nota de crédito" }).click();
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(page.locator("[data-credit-note]").filter({ hasText: `Ajuste de prueba ${tag}` })).toBeVisible();

  await page.goto("/acme/admin/invoices/receivables");
  await expect(page.getByRole("heading", { name: "Cuentas por cobrar", level: 1 })).toBeVisible();
  await expect(page.locator("[data-aging]")).toContainText("Northwind Distribution");
  // Northwind's credit on account (the wire's rest, the price-protection note on its paid invoice) shows negative
  const northwind = page.locator("[data-aging] tr").filter({ hasText: "Northwind Distribution" }).first();
  await expect(northwind.locator("[data-aging-credit]")).toHaveText(/[-−]\s?\d/);
  const href = await page.locator("[data-journal-form]").getAttribute("action");
  const from = await page.getByLabel("Desde").inputValue();
  const to = await page.getByLabel("Hasta").inputValue();
  const csv = await page.request.get(`${href}?from=${from}&to=${to}`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain(`E2E-${tag}`);
  await context.close();
});

test("the rep sees a partner's trailing volume and open receivables on its page", async ({ browser }) => {
  const { context, page } = await spanish(browser, DEMO.acmeManager);
  await page.goto("/acme/admin/partners");
  await page.getByRole("link", { name: "Northwind Distribution" }).first().click();
  await page.getByRole("link", { name: "Cuentas por cobrar" }).click();
  await expect(page.locator("[data-trailing-volume]")).toBeVisible();
  // the account insight: the next tier as the program evaluated it, receivables and credit
  await expect(page.locator('[data-account-insight] [data-insight="tier"]')).toContainText("Siguiente nivel");
  await expect(page.locator('[data-account-insight] [data-insight="receivables"]')).toBeVisible();
  await expect(page.locator("[data-aging]")).toContainText("Northwind Distribution");
  await context.close();
});
