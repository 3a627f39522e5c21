/**
 * The configurator end to end: a partner opens the demo's modular router from the catalog,
 * configures it, meets a violation explained next to its group, fixes it, sees the price
 * with its explanation and saves the configuration, which then opens from its list. The
 * vendor's product page previews the same configurator as a partner.
 */
import { DEMO, expect, signInFast, test, uniqueTag } from "./helpers";

test("a partner configures the demo router, fixes a violation, sees the price explained and saves it", async ({ page }) => {
  const name = `Edge refresh ${uniqueTag()}`;
  await signInFast(page, DEMO.northwindBuyer);
  await page.goto("/acme/portal/catalog?q=RTR-MOD");
  await page.getByRole("link", { name: "Modular chassis router" }).click();
  await page.getByRole("link", { name: "Configure" }).click();
  await expect(page.getByRole("heading", { name: "Configure Modular chassis router", level: 1 })).toBeVisible();

  // nothing chosen yet: the required groups say so, next to themselves
  const power = page.getByRole("group", { name: /Power supply/ });
  const cards = page.getByRole("group", { name: /Line cards/ });
  await expect(power.getByText("Choose at least one option in “Power supply”.")).toBeVisible();
  await expect(page.locator("[data-configuration-unpriced]")).toContainText("Fix the 2 problems shown next to the groups to see the price.");

  // a single power supply feeds two 10G cards at most: three is explained at the line cards
  await power.getByLabel("Single power supply").check();
  await cards.getByLabel("Quantity of 4 × 10G SFP+ card").fill("3");
  await cards.getByLabel("Quantity of 4 × 10G SFP+ card").press("Tab");
  await expect(cards.getByText("With “Single power supply” at most 2 of “4 × 10G SFP+ card” are allowed; you have 3.")).toBeVisible();
  await expect(power.locator("[data-violations]")).toHaveCount(0);

  // fixed with redundant power supplies: valid, and priced line by line
  await power.getByLabel("Redundant power supplies").check();
  await expect(page.locator("[data-configuration-valid]")).toBeVisible();
  await expect(cards.locator("[data-violations]")).toHaveCount(0);
  const price = page.locator("[data-configuration-price]");
  await expect(price.getByRole("region", { name: "Price lines" })).toContainText("Modular chassis router (RTR-MOD)");
  await expect(price.getByRole("region", { name: "Price lines" })).toContainText("Line cards: 4 × 10G SFP+ card");
  await expect(price.getByRole("region", { name: "Price lines" })).toContainText("$3,600.00");
  await expect(price.locator("[data-configuration-total]")).toContainText(/× 1 = \$[\d,]+\.\d\d/);
  await price.getByText("Why this price for Modular chassis router?").click();
  await expect(price.locator("[data-price-total]")).toBeVisible();

  await page.getByLabel(/^Name/).fill(name);
  await page.getByRole("button", { name: "Save configuration" }).click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expect(page.locator("[data-configuration-price]")).toContainText("Power supply: Redundant power supplies");
  await page.getByRole("link", { name: "Back to saved configurations" }).click();
  await expect(page.getByRole("link", { name })).toBeVisible();
});

test("the vendor's product page refuses a contradicting rule with the report and previews the configurator as a partner", async ({ page }) => {
  await signInFast(page, DEMO.acmeManager);
  await page.goto("/acme/admin/catalog?q=RTR-MOD");
  await page.getByRole("link", { name: "Modular chassis router" }).click();
  const section = page.locator("[data-configuration-section]");
  await expect(section.getByRole("heading", { name: "Configuration", level: 2 })).toBeVisible();
  const rules = section.locator("[data-rules]");
  await expect(rules).toContainText("If “SD-WAN licence” is chosen, “Redundant power supplies” is required.");

  // SD-WAN requires redundant power: "SD-WAN excludes redundant power" would make it impossible
  const form = section.locator("[data-rule-form]");
  await form.getByLabel(/^If this option is chosen/).selectOption({ label: "Licences: SD-WAN licence" });
  await form.getByLabel(/^Then/).selectOption("EXCLUDES");
  await form.getByLabel(/^This option/).selectOption({ label: "Power supply: Redundant power supplies" });
  await form.getByRole("button", { name: "Add rule" }).click();
  await expect(form.locator("[data-form-alert]")).toContainText("Not saved: with this change the rules would contradict each other (1 problem):");
  await expect(form.locator("[data-form-details]")).toContainText(
    "“SD-WAN licence” (in “Licences”) can never be chosen: choosing it brings in “SD-WAN licence” and “Redundant power supplies”, which exclude each other.",
  );
  await expect(rules.locator("li")).toHaveCount(3);

  await section.getByLabel("Preview as partner").selectOption({ label: "Northwind Distribution" });
  await expect(section.getByText("Choose at least one option in “Power supply”.")).toBeVisible();
  await section.getByLabel("Redundant power supplies").check();
  await section.getByLabel("Quantity of 8 × 1G copper card").fill("1");
  await section.getByLabel("Quantity of 8 × 1G copper card").press("Tab");
  await expect(section.locator("[data-configuration-total]")).toContainText(/× 1 = \$[\d,]+\.\d\d/);
});
