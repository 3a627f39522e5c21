/**
 * Deal registration end to end: two partners register the same customer (one in
 * Spanish), the second registration is flagged with the evidence, the channel manager
 * approves one and rejects the other, and both partners are told — each in their own
 * language, neither ever learning who the other is. Then the approved deal moves through
 * the pipeline with the keyboard alone, only once its exit criteria hold.
 */
import type { Page } from "@playwright/test";
import { DEMO, FROM_LOOPBACK, baseUrl, expect, signInFast, test, uniqueTag, visibleText } from "./helpers";

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Fills and sends the portal's registration form; returns after landing on the registration's page. */
async function registerDeal(page: Page, words: RegistrationWords, deal: { customer: string; website: string; title: string; amount: string }) {
  await page.getByLabel(words.customerName).fill(deal.customer);
  await page.getByLabel(words.website).fill(deal.website);
  await page.getByLabel(words.contact).fill("Olga Orion");
  await page.getByLabel(words.title).fill(deal.title);
  await page.getByLabel(words.amount).fill(deal.amount);
  await page.getByLabel(words.close).fill(inDays(60));
  await page.getByRole("button", { name: words.addLine }).click();
  await page.getByLabel(words.lineDescription).fill("Analytics suite seat");
  await page.getByLabel(words.quantity).fill("150");
  await page.getByRole("button", { name: words.submit }).click();
  await expect(page.getByRole("heading", { name: deal.customer, level: 1 })).toBeVisible();
}

type RegistrationWords = Record<"customerName" | "website" | "contact" | "title" | "amount" | "close" | "addLine" | "lineDescription" | "quantity" | "submit", string | RegExp>;

const ENGLISH: RegistrationWords = {
  customerName: /^Customer name/,
  website: /^Website/,
  contact: /^Name/,
  title: /^Deal name/,
  amount: /^Value/,
  close: /^Expected close/,
  addLine: "Add a product",
  lineDescription: /^Product/,
  quantity: /^Quantity/,
  submit: "Register the deal",
};

const SPANISH: RegistrationWords = {
  customerName: /^Nombre del cliente/,
  website: /^Sitio web/,
  contact: /^Nombre\*?\s*\(/,
  title: /^Nombre de la oportunidad/,
  amount: /^Valor/,
  close: /^Cierre previsto/,
  addLine: "Añadir un producto",
  lineDescription: /^Producto/,
  quantity: /^Cantidad/,
  submit: "Registrar la oportunidad",
};

/** The subjects of the e-mails captured for `to` (newest first). */
async function mailboxText(page: Page, to: string): Promise<string> {
  const response = await page.request.get(`/dev/mailbox?to=${encodeURIComponent(to)}`, { headers: FROM_LOOPBACK });
  return response.text();
}

test("two partners claim one customer: flagged, one approved, one rejected, both told in their language", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const tag = uniqueTag();
  const customer = `Orion ${tag} Industrial S.A.`;
  const sameCustomer = `ORION ${tag.toUpperCase()} INDUSTRIAL SA`;

  // Northwind's admin (English) registers first; the pre-check says nobody claims it.
  await signInFast(page, DEMO.northwindAdmin);
  await page.goto("/acme/portal/deals");
  await page.getByRole("link", { name: "Register a deal" }).first().click();
  await page.getByLabel(ENGLISH.customerName).fill(customer);
  await page.getByRole("button", { name: "Is it already claimed?" }).click();
  await expect(page.getByRole("status").filter({ hasText: "No: nobody has claimed this customer." })).toBeVisible();
  await registerDeal(page, ENGLISH, { customer, website: `orion-${tag}.example`, title: "Analytics suite, 150 seats", amount: "250000" });
  await expect(page.getByText("Waiting for the vendor's review.")).toBeVisible();

  // Bluepeak's admin works in Spanish: the answer is "yes, claimed" — never by whom.
  const blanca = await browser.newContext({ baseURL: baseUrl() });
  const spanish = await blanca.newPage();
  await signInFast(spanish, DEMO.bluepeakAdmin);
  await spanish.goto("/acme/portal/deals/new");
  // The language switch saves Spanish on Blanca's profile: her e-mails follow it.
  await spanish.getByRole("button", { name: /(Language|Idioma):/ }).click();
  await spanish.getByRole("menuitemradio", { name: "Español" }).click();
  await expect(spanish.locator("html")).toHaveAttribute("lang", "es");
  await spanish.getByLabel(SPANISH.customerName).fill(sameCustomer);
  await spanish.getByLabel(SPANISH.website).fill(`https://www.orion-${tag}.example/`);
  await spanish.getByRole("button", { name: "¿Ya está reclamado?" }).click();
  await expect(spanish.getByRole("status").filter({ hasText: "Sí: este cliente ya está reclamado." })).toBeVisible();
  expect(await visibleText(spanish)).not.toContain("Northwind");
  await registerDeal(spanish, SPANISH, { customer: sameCustomer, website: `https://www.orion-${tag}.example/`, title: "Suite analítica", amount: "240000" });
  await expect(spanish.getByText("Pendiente de la revisión del fabricante.")).toBeVisible();
  expect(await visibleText(spanish)).not.toContain("Northwind");

  // The channel manager sees the second registration flagged, with the evidence.
  const marta = await browser.newContext({ baseURL: baseUrl() });
  const manager = await marta.newPage();
  await signInFast(manager, DEMO.acmeManager);
  await manager.goto(`/acme/admin/deals?status=PENDING&q=${tag}`);
  const flagged = manager.getByRole("row").filter({ hasText: sameCustomer });
  await expect(flagged).toContainText("Bluepeak Systems");
  await expect(flagged).toContainText(/possible conflict/);
  await flagged.getByRole("link", { name: sameCustomer }).click();
  const evidence = manager.getByRole("listitem").filter({ hasText: "Another registration" });
  await expect(evidence).toContainText("Matched on: web domain, same name");
  await expect(evidence).toContainText("Northwind Distribution");

  // …rejects it with a reason that names nobody, then approves Northwind's from the evidence.
  await manager.getByLabel(/^Reason/).fill("Another partner already protects this customer.");
  await manager.getByRole("button", { name: "Reject", exact: true }).click();
  await expect(manager.getByText(/^Decided by .* · Another partner already protects this customer\.$/)).toBeVisible();
  await evidence.getByRole("link", { name: new RegExp(`Orion ${tag} Industrial`) }).click();
  await expect(manager.getByRole("heading", { name: customer, level: 1 })).toBeVisible();
  await expect(manager.getByLabel(/^Protection \(days\)/)).toHaveValue("90");
  await manager.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(manager.getByText("This registration is a deal in the pipeline.")).toBeVisible();

  // Both partners are told: Northwind in English, Bluepeak in Spanish, by e-mail and in the portal.
  await expect.poll(() => mailboxText(page, DEMO.northwindAdmin), { timeout: 15_000 }).toContain(`Your deal registration with ${customer} was approved`);
  await expect.poll(() => mailboxText(page, DEMO.bluepeakAdmin), { timeout: 15_000 }).toContain(sameCustomer);
  const spanishMail = await mailboxText(page, DEMO.bluepeakAdmin);
  expect(spanishMail).toContain(`Tu registro de oportunidad con ${sameCustomer} no fue aprobado`);
  expect(spanishMail).toContain("Another partner already protects this customer.");
  expect(spanishMail).not.toContain("Northwind");
  await spanish.reload();
  await expect(spanish.getByText("No aprobado. Motivo: Another partner already protects this customer.")).toBeVisible();
  expect(await visibleText(spanish)).not.toContain("Northwind");
  await page.reload();
  await expect(page.getByText(/Approved: the deal is protected until/)).toBeVisible();

  // Blanca's language back to English for the demo's other journeys.
  await spanish.getByRole("button", { name: /(Language|Idioma):/ }).click();
  await spanish.getByRole("menuitemradio", { name: "English" }).click();
  await expect(spanish.locator("html")).toHaveAttribute("lang", "en");
  await Promise.all([blanca.close(), marta.close()]);
});

test("a deal moves on the board with the keyboard, only once its exit criteria hold", async ({ page }) => {
  await signInFast(page, DEMO.northwindAdmin);
  await page.goto("/acme/portal/deals/pipeline");
  const card = page.getByRole("list", { name: "Deals in Develop" }).getByRole("listitem").filter({ hasText: "Pacific Grocers Inc." });
  const move = card.getByRole("button", { name: /^Move/ });
  await move.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await dialog.getByLabel(/^Stage/).selectOption({ label: "Propose" });
  await dialog.getByRole("button", { name: "Move", exact: true }).focus();
  await page.keyboard.press("Enter");
  // Nothing moves without the criteria of the stage left behind.
  await expect(dialog.getByText("Check these exit criteria first: Needs documented, Solution demonstrated")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  await card.getByRole("link", { name: "Pacific Grocers Inc." }).click();
  const criteria = page.getByRole("list", { name: "Exit criteria" });
  for (const label of ["Needs documented", "Solution demonstrated"]) {
    await criteria.getByRole("button", { name: `Mark done (${label})` }).click();
    await expect(criteria.getByRole("button", { name: `Undo (${label})` })).toBeVisible();
  }
  await page.getByLabel(/^Stage/).selectOption({ label: "Propose" });
  await page.getByRole("button", { name: "Move", exact: true }).press("Enter");
  await expect(page.getByText("Propose · 60 %").first()).toBeVisible();
  // Back to where the demo had it, for the other journeys: moving back is always allowed.
  await page.getByLabel(/^Stage/).selectOption({ label: "Develop" });
  await page.getByRole("button", { name: "Move", exact: true }).click();
  await expect(page.getByText("Develop · 30 %").first()).toBeVisible();
});
