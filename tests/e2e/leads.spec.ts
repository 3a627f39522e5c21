/**
 * Lead distribution end to end: the vendor enters a lead in North America, the rules offer
 * it to the partner assigned there (with the explanation on the lead's page), the partner's
 * admin sees it with its deadline in the portal, accepts it and converts it into a deal
 * registration pre-filled from the lead; the vendor's lead page then links to it.
 */
import { DEMO, baseUrl, expect, pickOption, signInFast, test, uniqueTag } from "./helpers";

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test("the vendor enters a lead → offered to the right partner → accepted in the portal → converted into a registration", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const tag = uniqueTag();
  const company = `Sierra ${tag} Outdoor Inc.`;

  await signInFast(page, DEMO.acmeAdmin);
  await page.goto("/acme/admin/leads");
  await page.getByRole("link", { name: "New lead" }).click();
  await page.getByLabel(/^Company name/).fill(company);
  await pickOption(page, /^Country/, "united st", "United States");
  await page.getByLabel(/^Region/).fill("Oregon");
  await page.getByLabel(/^Contact name/).fill("Sam Sierra");
  await page.getByLabel(/^Source/).selectOption("EVENT");
  await page.getByLabel(/^Estimated value/).fill("40000");
  await page.getByLabel(/^Products of interest/).fill("Retail analytics");
  await page.getByRole("button", { name: "Save and distribute" }).click();
  await expect(page.getByRole("heading", { name: company, level: 1 })).toBeVisible();
  // Northwind is the partner assigned to North America: the first rule chose it, and says why.
  await expect(page.getByRole("link", { name: "Northwind Distribution" })).toBeVisible();
  await expect(page.getByText(/rule “North America partners”: territory North America/)).toBeVisible();

  const northwind = await browser.newContext({ baseURL: baseUrl() });
  const portal = await northwind.newPage();
  await signInFast(portal, DEMO.northwindAdmin);
  await portal.goto("/acme/portal/leads");
  const card = portal.getByRole("listitem").filter({ hasText: company });
  await expect(card.getByText(/h \d+ min left/)).toBeVisible();
  await card.getByRole("link", { name: company, exact: true }).click();
  await expect(portal.getByRole("heading", { name: company, level: 1 })).toBeVisible();
  await portal.getByRole("button", { name: "Accept", exact: true }).click();
  const convert = portal.getByRole("link", { name: "Convert to a deal registration" });
  await expect(convert).toBeVisible();
  await convert.click();
  await expect(portal.getByLabel(/^Customer name/)).toHaveValue(company);
  await portal.getByLabel(/^Expected close/).fill(inDays(60));
  await portal.getByRole("button", { name: "Register the deal" }).click();
  await expect(portal.getByRole("heading", { name: company, level: 1 })).toBeVisible();
  await expect(portal.getByText("Waiting for the vendor's review.")).toBeVisible();
  await northwind.close();

  await page.reload();
  await expect(page.getByText("This lead became a deal registration.")).toBeVisible();
  await page.getByRole("link", { name: "Open the registration" }).click();
  await expect(page.getByRole("heading", { name: company, level: 1 })).toBeVisible();
});
