/**
 * Prices end to end: a channel manager publishes a customised list with a mistyped price,
 * is blocked with the reason, fixes the price and publishes; the partner then sees the new
 * price on its portal price list, in Spanish. The demo's deliberate inconsistency is on the
 * findings page; the vendor's preview explains a price step by step.
 */
import { DEMO, baseUrl, expect, signInFast, test, uniqueTag } from "./helpers";

test("a mistyped price is blocked with the reason; fixed, it is published and the partner sees it in Spanish", async ({ page, browser }) => {
  const tag = uniqueTag();
  const name = `Northwind survey deal ${tag}`;
  await signInFast(page, DEMO.acmeManager);
  await page.goto("/acme/admin/price-lists");
  await page.getByRole("button", { name: "New price list" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel(/^Name/).fill(name);
  await dialog.getByLabel(/^For/).selectOption("PARTNER");
  await dialog.getByLabel(/^Partner/).selectOption({ label: "Northwind Distribution" });
  await dialog.getByRole("button", { name: "Create price list" }).click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();

  // 85.00 instead of 850.00-ish: below the floor and far from the other channels
  const setPrice = async (value: string) => {
    await page.getByLabel(/^SKU/).fill("SVC-SURVEY");
    await page.getByLabel(/^Unit price/).fill(value);
    await page.getByRole("button", { name: "Save price" }).click();
    await expect(page.getByText("The price was saved.")).toBeVisible();
  };
  await setPrice("85.00");
  const check = page.locator("[data-price-check]");
  await expect(check).toContainText("2 problems block publication.");
  await expect(check).toContainText("SVC-SURVEY · Wireless site survey at $85.00 in " + name + ", from 1 unit, is below its floor price of $595.00.");
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText(/Publication blocked: the price check found 2 problems with this list/)).toBeVisible();
  await expect(page.getByText("Not published yet.")).toBeVisible();

  await setPrice("720.00");
  await expect(check).toContainText("No problem found: prices are consistent with the other lists.");
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText(/^Nothing new to publish: partners see version 1\./)).toBeVisible();
  await expect(page.getByRole("link", { name: "Version 1" })).toBeVisible();
  await expect(page.getByText("applies now")).toBeVisible();

  const partner = await browser.newContext({ baseURL: baseUrl(), locale: "es-ES" });
  await partner.addCookies([{ name: "NEXT_LOCALE", value: "es", url: baseUrl() }]);
  const portal = await partner.newPage();
  await signInFast(portal, DEMO.northwindAdmin);
  await portal.goto("/acme/portal/price-list?q=SVC-SURVEY");
  await expect(portal.getByRole("heading", { name: "Lista de precios", level: 1 })).toBeVisible();
  const row = portal.getByRole("region", { name: "Tus precios" });
  await expect(row.getByRole("link", { name: "Estudio de cobertura inalámbrica" })).toBeVisible();
  await expect(row.getByText("desde 1 unidad: 720,00 US$")).toBeVisible();
  await partner.close();
});

test("the demo's mistyped retail promotion is on the findings page, explained", async ({ page }) => {
  await signInFast(page, DEMO.acmeAdmin);
  await page.goto("/acme/admin/price-lists/findings?status=OPEN");
  await expect(page.getByText(/SW-8 · Switch 8 ports at \$8\.90 in Retail promotion, from 1 unit, is below its floor price of \$62\.30\./)).toBeVisible();
  await expect(page.getByText(/SW-8 · Switch 8 ports costs \$8\.90 in Retail promotion but/)).toBeVisible();
});

test("the preview explains a price: the break chosen and the distance to the next one", async ({ page }) => {
  await signInFast(page, DEMO.acmeManager);
  await page.goto("/acme/admin/price-lists/preview");
  await page.getByLabel(/^Partner/).selectOption({ label: "Northwind Distribution" });
  await page.getByLabel(/^SKU/).fill("RTR-500");
  await page.getByLabel(/^Quantity/).fill("100");
  await page.getByRole("button", { name: "Find the price" }).click();
  const answer = page.locator("[data-price-answer]");
  await expect(answer).toContainText("Northwind customised (partner list), break from 100 units: $365.00 per unit.");
  await expect(answer.locator("[data-price-total]")).toHaveText("$365.00 × 100 = $36,500.00");
  await expect(answer.locator("[data-next-break]")).toHaveText("Order 150 more (250 in all) for $350.00 per unit.");
});
