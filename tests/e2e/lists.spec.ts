/**
 * The data table in a browser: sorting, filters, page size and column choice live in the
 * URL (so back/forward, reload and shared links restore them), and "Export CSV" downloads
 * exactly the filtered rows through the audience-checked export route.
 */
import { DEMO, expect, signInFast, test } from "./helpers";

test("partners list: filters, sorting and columns are kept in the URL; the export holds the filtered rows", async ({
  page,
}) => {
  await signInFast(page, DEMO.acmeAdmin);
  await page.goto("/acme/admin/partners");
  const table = page.getByRole("region", { name: "Partners" });
  // Other journeys add partners to Acme; these checks look at the three seeded ones.
  const seeded = ["Bluepeak Systems", "Lumen Retail", "Northwind Distribution"];
  const names = async () =>
    (await table.locator("tbody tr td:first-child a").allInnerTexts()).filter((name) => seeded.includes(name));
  await expect.poll(names).toEqual(["Bluepeak Systems", "Lumen Retail", "Northwind Distribution"]);

  // Sort by name, descending: the header button toggles, the URL records it.
  await table.getByRole("button", { name: /^name/i }).click();
  await expect(page).toHaveURL(/sort=-name/);
  await expect.poll(names).toEqual(["Northwind Distribution", "Lumen Retail", "Bluepeak Systems"]);
  await expect(table.getByRole("columnheader", { name: /name/i })).toHaveAttribute("aria-sort", "descending");

  // Filter by type and search; the count follows.
  await page.getByLabel("Type").selectOption("VAR");
  await expect(page).toHaveURL(/type=VAR/);
  await expect.poll(names).toEqual(["Bluepeak Systems"]);
  await page.getByLabel("Type").selectOption("");
  await page.getByRole("searchbox", { name: "Search" }).fill("nor");
  await expect(page).toHaveURL(/q=nor/);
  await expect.poll(names).toEqual(["Northwind Distribution"]);
  await expect(page.getByText("1 result", { exact: true })).toBeVisible();

  // Hide a column from the Columns menu.
  await page.getByRole("button", { name: "Columns" }).click();
  await page.getByRole("menuitemcheckbox", { name: "Tier" }).click();
  await expect(page).toHaveURL(/hide=tier/);
  await page.keyboard.press("Escape");
  await expect(table.getByRole("columnheader", { name: /tier/i })).toHaveCount(0);

  // Reload and back/forward restore the state from the URL.
  await page.reload();
  await expect.poll(names).toEqual(["Northwind Distribution"]);
  await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue("nor");
  await expect(table.getByRole("columnheader", { name: /tier/i })).toHaveCount(0);

  // The menu's code loads on first use (DeferredPopup): before that the button already says
  // it opens a menu, and from the keyboard the menu opens on its first item; Escape returns.
  const columns = page.getByRole("button", { name: "Columns" });
  await expect(columns).toHaveAttribute("aria-haspopup", "menu");
  await expect(columns).toHaveAttribute("aria-expanded", "false");
  await columns.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("menuitemcheckbox").first()).toBeFocused();
  await expect(page.getByRole("menuitemcheckbox", { name: "Tier" })).toHaveAttribute("aria-checked", "false");
  await page.keyboard.press("Escape");
  await expect(columns).toBeFocused();
  await expect(columns).toHaveAttribute("aria-expanded", "false");
  await page.goBack();
  await expect(page).not.toHaveURL(/hide=tier/);
  await expect(table.getByRole("columnheader", { name: /tier/i })).toHaveCount(1);

  // The export link carries the filters and sort; the file holds exactly those rows.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /Export CSV/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^partners-acme-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await (await file.createReadStream()).toArray()).join("");
  const lines = csv
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n");
  expect(lines[0]).toBe("ID,Name,Type,Status,Country,Tier,Active users,Invitations,Added");
  expect(lines.slice(1).map((line) => line.split(",")[1])).toEqual(["Northwind Distribution"]);

  // Signed-out and wrong-audience requests to the export are refused.
  const anonymous = await page.request.fetch("/acme/admin/partners/export", {
    headers: { cookie: "" },
    maxRedirects: 0,
  });
  expect(anonymous.status()).toBe(401);
});

test("phones: compact rows with details folded and filters behind a button", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInFast(page, DEMO.acmeAdmin);
  await page.goto("/acme/admin/partners");
  const row = page.getByRole("row", { name: /Northwind Distribution/ });
  const country = row.getByRole("cell", { name: /United States/ });
  await expect(country).toBeHidden();
  const height = await row.evaluate((element) => element.getBoundingClientRect().height);
  expect(height, "a compact row, not a 500 px card").toBeLessThan(120);
  await row.getByRole("button", { name: /Details/ }).click();
  await expect(country).toBeVisible();
  // Filters are folded behind a button, with "sort by" standing in for the headers.
  await expect(page.getByLabel("Status")).toBeHidden();
  await page.getByRole("button", { name: "Filters" }).click();
  await page.getByLabel("Sort by").selectOption("-created");
  await expect(page).toHaveURL(/sort=-created/);
});

test("audit log: names people and records with links, and filters by person and record", async ({ page }) => {
  await signInFast(page, DEMO.acmeAdmin);
  // The demo's history is long (accounts, activities…): each check opens the rows it is about.
  await page.goto("/acme/admin/audit?action=user.invitationAccepted");
  const table = page.getByRole("region", { name: "Audit log" });
  // Who accepted an invitation is named, not "System"; records are names, not ids.
  const accepted = table.getByRole("row", { name: /Nora Northwind.*Accepted an invitation/ });
  await expect(accepted).toHaveCount(1);
  expect(await table.innerText()).not.toMatch(/ptn_|usr_|partner\.created/);

  await page.getByLabel("Person").selectOption({ label: "Nora Northwind" });
  await expect(page).toHaveURL(/actor=usr_/);
  // Only Nora's rows remain (other journeys may add some of hers: count what is certain).
  await expect(table.getByRole("row", { name: /Nora Northwind.*Accepted an invitation/ })).toHaveCount(1);
  await expect(table.locator("tbody tr").filter({ hasNotText: "Nora Northwind" })).toHaveCount(0);

  await page.goto("/acme/admin/audit?action=partner.created");
  await table
    .getByRole("row", { name: /Created a partner.*Northwind Distribution/ })
    .getByRole("link", { name: "Northwind Distribution", exact: true })
    .click();
  await expect(page).toHaveURL(/\/acme\/admin\/partners\/ptn_/);
  await page.goBack();
  await table
    .getByRole("row", { name: /Created a partner.*Northwind Distribution/ })
    .getByRole("link", { name: /History/ })
    .click();
  await expect(page).toHaveURL(/entity=Partner&entityId=ptn_/);
  await expect(page.getByRole("link", { name: /Only: Northwind Distribution/ })).toBeVisible();
  // Only Northwind's history remains (other journeys add to it: count what is certain):
  // its creation, (demo data) its account settings and its activation.
  await expect(table.getByRole("row", { name: /Created a partner/ })).toHaveCount(1);
  await expect(table.getByRole("row", { name: /Changed a partner's account/ }).first()).toBeVisible();
  await expect(table.getByRole("row", { name: /Activated a partner/ }).first()).toBeVisible();
  await expect(table.locator("tbody tr").filter({ hasNotText: "Northwind Distribution" })).toHaveCount(0);
});
