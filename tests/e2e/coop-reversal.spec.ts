/**
 * Co-op taken back by a credit note (lib/coop/reversal.ts), as the demo data leave it: a
 * returned unit credited on an invoice that accrued, and the accrual job's reversal. In
 * Spanish, Iberia Tech's fund lists "Acumulación revertida" with "Revertido: nota de crédito
 * CN-…", which leads to the invoice's credit notes; in English, Northwind's fund and Acme's
 * back-office ledger show "Reversed: credit note CN-…".
 */
import { DEMO, baseUrl, expect, signInFast, test } from "./helpers";

/** Pages stream their figures in; the machine running the suite is shared and busy. */
const SLOW = { timeout: 30_000 };

test("Spanish portal: the reversal in the fund's ledger, linked to its credit note", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: baseUrl(), locale: "es-ES" });
  await context.addCookies([{ name: "NEXT_LOCALE", value: "es", url: baseUrl() }]);
  const portal = await context.newPage();
  await signInFast(portal, DEMO.iberiaAdmin);
  await portal.goto("/globex/portal/coop");
  // funds newest period first: the return was credited today, into this period's fund
  await portal.getByRole("link", { name: "Movimientos de Publicidad cooperativa Globex" }).first().click();
  await expect(portal.getByRole("heading", { level: 1 })).toContainText("Publicidad cooperativa Globex", SLOW);
  await portal.goto(`${new URL(portal.url()).pathname}?kind=ACCRUAL_REVERSAL`);
  const table = portal.getByRole("table");
  await expect(table.getByText("Acumulación revertida").first()).toBeVisible(SLOW);
  const link = table.getByRole("link", { name: /^Revertido: nota de crédito CN-\d{6}$/ }).first();
  const number = /CN-\d{6}/.exec((await link.textContent())!)![0];
  await link.click();
  await expect(portal).toHaveURL(/\/globex\/portal\/invoices\/[^/#]+#invoice-credit-notes$/, SLOW);
  await expect(portal.getByText(number).first()).toBeVisible(SLOW);
  await context.close();
});

test("English: Northwind's fund and Acme's back-office ledger show the reversal", async ({ browser }) => {
  const partnerContext = await browser.newContext({ baseURL: baseUrl() });
  const portal = await partnerContext.newPage();
  await signInFast(portal, DEMO.northwindAdmin);
  await portal.goto("/acme/portal/coop");
  await portal.getByRole("link", { name: "Entries of Acme co-op advertising" }).first().click();
  await expect(portal.getByRole("heading", { level: 1 })).toContainText("Acme co-op advertising", SLOW);
  const fundId = new URL(portal.url()).pathname.split("/").at(-1)!;
  await portal.goto(`/acme/portal/coop/funds/${fundId}?kind=ACCRUAL_REVERSAL`);
  await expect(portal.getByRole("table").getByText("Accrual reversed").first()).toBeVisible(SLOW);
  await expect(portal.getByRole("table").getByRole("link", { name: /^Reversed: credit note CN-\d{6}$/ }).first()).toBeVisible();
  await partnerContext.close();

  const vendorContext = await browser.newContext({ baseURL: baseUrl() });
  const admin = await vendorContext.newPage();
  await signInFast(admin, DEMO.acmeAdmin);
  await admin.goto(`/acme/admin/coop/funds/${fundId}`);
  const row = admin.getByRole("row").filter({ hasText: "Accrual reversal" }).first();
  await expect(row).toBeVisible(SLOW);
  await expect(row.getByRole("link", { name: /^Reversed: credit note CN-\d{6}$/ })).toBeVisible();
  await expect(row).toContainText("Earned");
  await vendorContext.close();
});
