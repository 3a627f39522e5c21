/**
 * "Find anything": the command palette as people use it — keyboard first on a laptop
 * (Ctrl-K, type, arrows, Enter), by touch on a 320 px phone, in Spanish — and its search
 * routes, which answer each visitor with only what they may see.
 */
import type { Locator, Page } from "@playwright/test";
import { seriousFindings } from "./axe";
import { DEMO, apiAnonymous, apiLogin, baseUrl, expect, shellHydrated, signInFast, test } from "./helpers";

const palette = (page: Page, name: RegExp = /^(Search and go to|Buscar e ir a)$/) => page.getByRole("dialog", { name });

async function pressShortcutWhenReady(page: Page) {
  await shellHydrated(page);
  await page.keyboard.press("Control+k");
}

/**
 * Ctrl-K, then the text once the palette's input has focus: the dialog's code loads on
 * first open, and keys typed before that are lost.
 */
async function searchFromShortcut(page: Page, text: string) {
  await page.keyboard.press("Control+k");
  await expect(palette(page).getByRole("combobox")).toBeFocused();
  await page.keyboard.type(text);
}

/** The options of the listbox, in order, and which one is active (aria-selected). */
async function activeOption(dialog: Locator): Promise<string> {
  return (await dialog.getByRole("option", { selected: true }).innerText()).split("\n")[0]!;
}

test("Ctrl-K, type, arrows and Enter open a partner; focus comes back; the partner is then a recent item", async ({
  page,
}) => {
  await signInFast(page, DEMO.acmeAdmin);
  await page.goto("/acme/admin");
  const usersLink = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" });

  await pressShortcutWhenReady(page);
  const dialog = palette(page);
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole("combobox");
  await expect(input).toBeFocused();
  await expect(input).toHaveAttribute("aria-expanded", "true");
  const listbox = dialog.getByRole("listbox");
  await expect(input).toHaveAttribute("aria-controls", (await listbox.getAttribute("id"))!);
  // Before typing: the sections of the shell and the actions this admin may take.
  await expect(dialog.getByRole("group", { name: "Go to" }).getByRole("option", { name: "Audit log" })).toBeVisible();
  await expect(
    dialog.getByRole("group", { name: "Actions" }).getByRole("option", { name: "New partner" }),
  ).toBeVisible();

  await page.keyboard.type("nor");
  const partners = dialog.getByRole("group", { name: "Partners" });
  await expect(partners.getByRole("option", { name: /Northwind Distribution/ })).toBeVisible();
  await expect(
    dialog.getByRole("group", { name: "Portal users" }).getByRole("option", { name: /Nora Northwind/ }),
  ).toBeVisible();
  await expect(dialog.getByRole("status")).toHaveText(/^\d+ results?$/);
  // The typed letters are marked inside the name, as text.
  await expect(
    partners
      .getByRole("option", { name: /Northwind Distribution/ })
      .locator("mark")
      .first(),
  ).toHaveText("Nor");

  // Arrow keys move the active option; the input keeps the focus (aria-activedescendant).
  expect(await activeOption(dialog)).toBe("Northwind Distribution");
  await page.keyboard.press("ArrowDown");
  expect(await activeOption(dialog)).not.toBe("Northwind Distribution");
  await expect(input).toBeFocused();
  await page.keyboard.press("ArrowUp");
  expect(await activeOption(dialog)).toBe("Northwind Distribution");
  await expect(input).toHaveAttribute(
    "aria-activedescendant",
    (await dialog.getByRole("option", { selected: true }).getAttribute("id"))!,
  );

  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/acme\/admin\/partners\/ptn_[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Northwind Distribution" })).toBeVisible();
  await expect(dialog).toBeHidden();

  // Opened from the button this time; Escape closes and gives the focus back to it.
  const button = page.getByRole("button", { name: "Search" });
  await button.click();
  await expect(
    dialog.getByRole("group", { name: "Recent" }).getByRole("option", { name: /Northwind Distribution/ }),
  ).toBeVisible();
  // Focus stays inside the dialog while it is open.
  for (let i = 0; i < 4; i += 1) {
    await page.keyboard.press("Tab");
    expect(await dialog.evaluate((node) => node.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();

  // By shortcut from a focused link, the focus returns to that link (Ctrl-K also closes).
  await usersLink.focus();
  await page.keyboard.press("Control+k");
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Control+k");
  await expect(dialog).toBeHidden();
  await expect(usersLink).toBeFocused();
});

test("axe: the open palette, with commands, with results and with none", async ({ page }) => {
  await signInFast(page, DEMO.acmeAdmin);
  await page.goto("/acme/admin");
  await pressShortcutWhenReady(page);
  const dialog = palette(page);
  await expect(dialog.getByRole("group", { name: "Go to" })).toBeVisible();
  expect.soft(await seriousFindings(page), "commands").toEqual([]);
  await page.keyboard.type("nor");
  await expect(dialog.getByRole("group", { name: "Partners" })).toBeVisible();
  expect.soft(await seriousFindings(page), "results").toEqual([]);
  await page.keyboard.type("qqxqq");
  await expect(dialog.getByText(/No results for/)).toBeVisible();
  expect.soft(await seriousFindings(page), "no results").toEqual([]);
});

test("commands: a page by name, an action that opens its dialog, and a search with no result", async ({ page }) => {
  await signInFast(page, DEMO.acmeAdmin);
  await page.goto("/acme/admin/partners");
  await shellHydrated(page);
  const dialog = palette(page);
  await searchFromShortcut(page, "audit");
  await expect(dialog.getByRole("group", { name: "Go to" }).getByRole("option", { name: "Audit log" })).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/acme\/admin\/audit$/);

  await searchFromShortcut(page, "invite a col");
  await dialog.getByRole("option", { name: "Invite a colleague" }).click();
  await expect(page).toHaveURL(/\/acme\/admin\/users\?invite=1$/);
  await expect(page.getByRole("dialog", { name: /Invite a colleague/ })).toBeVisible();
  await page.keyboard.press("Escape");

  await searchFromShortcut(page, "qqxqq");
  await expect(dialog.getByText("No results for “qqxqq”")).toBeVisible();
  await expect(dialog.getByRole("status")).toHaveText("No results");
});

test.describe("on a 320 px phone", () => {
  test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });

  test("a partner admin taps the search button, finds a teammate and lands on the team page", async ({ page }) => {
    await signInFast(page, DEMO.northwindAdmin);
    await page.goto("/acme/portal");
    await page.getByRole("button", { name: "Search" }).tap();
    const dialog = palette(page);
    await expect(dialog).toBeVisible();
    // The palette fills the screen, and nothing makes the page wider than the phone.
    const box = await dialog.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    await dialog.getByRole("combobox").fill("ben");
    const hit = dialog.getByRole("group", { name: "Your team" }).getByRole("option", { name: /Ben Buyer/ });
    await expect(hit).toBeVisible();
    await expect(dialog.getByRole("option", { name: /Blanca/ })).toHaveCount(0);
    await hit.tap();
    await expect(page).toHaveURL(/\/acme\/portal\/team$/);

    await page.getByRole("button", { name: "Search" }).tap();
    await dialog.getByRole("button", { name: "Close search" }).tap();
    await expect(dialog).toBeHidden();
  });
});

test("in Spanish: labels, groups and results", async ({ page }) => {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "es", url: baseUrl() }]);
  await signInFast(page, DEMO.acmeAdmin);
  await page.goto("/acme/admin");
  await shellHydrated(page);
  await page.getByRole("button", { name: "Buscar" }).click();
  const dialog = palette(page, /^Buscar e ir a$/);
  await expect(dialog.getByRole("combobox")).toHaveAttribute("placeholder", "Busca o salta a…");
  await expect(dialog.getByRole("group", { name: "Ir a" })).toBeVisible();

  await page.keyboard.type("north");
  const partners = dialog.getByRole("group", { name: "Socios" });
  await expect(partners.getByRole("option", { name: /Northwind Distribution.*Distribuidor/ })).toBeVisible();
  await expect(dialog.getByRole("status")).toHaveText(/^\d+ resultados?$/);

  await dialog.getByRole("combobox").fill("nuevo so");
  await dialog.getByRole("group", { name: "Acciones" }).getByRole("option", { name: "Nuevo socio" }).click();
  await expect(page).toHaveURL(/\/acme\/admin\/partners\?new=1$/);
  await expect(page.getByRole("dialog")).toBeVisible();
});

test("the search routes answer each visitor with only what they may see", async () => {
  type Result = { groups: { id: string; hits: { title: string }[] }[] };
  const titles = (result: Result) => result.groups.flatMap((g) => g.hits.map((h) => `${g.id}:${h.title}`));

  const admin = await apiLogin(DEMO.acmeAdmin);
  const rep = await apiLogin(DEMO.acmeRep);
  const bluepeak = await apiLogin(DEMO.bluepeakAdmin);
  const globex = await apiLogin(DEMO.globexAdmin);
  const anonymous = await apiAnonymous();
  try {
    const adminSees = titles(await (await admin.get("/acme/admin/search?q=nor")).json());
    expect(adminSees).toEqual(
      expect.arrayContaining(["partners:Northwind Distribution", "portalUsers:Nora Northwind"]),
    );
    const answer = await admin.get("/acme/admin/search?q=marta");
    expect(answer.headers()["cache-control"]).toContain("no-store");
    expect(titles(await answer.json())).toContain("members:Marta Channel");

    // A sales rep may read partners but not the users page: no colleagues group.
    const repSees = titles(await (await rep.get("/acme/admin/search?q=marta")).json());
    expect(repSees.filter((t) => t.startsWith("members:"))).toEqual([]);

    // Another partner of the same tenant: its own portal search never shows Northwind's people.
    const bluepeakSees = await (await bluepeak.get("/acme/portal/search?q=nor")).text();
    expect(bluepeakSees).not.toContain("Nor");
    expect(titles(JSON.parse(bluepeakSees) as Result)).toEqual([]);
    expect((await bluepeak.get("/acme/admin/search?q=nor")).status()).toBe(403);

    // Another tenant: Acme's search does not exist for them; their own finds none of Acme's.
    const foreign = await globex.get("/acme/admin/search?q=nor");
    expect(foreign.status()).toBe(404);
    expect(await foreign.text()).not.toContain("Northwind");
    expect(await (await globex.get("/globex/admin/search?q=nor")).text()).not.toContain("Northwind");

    expect((await anonymous.get("/acme/admin/search?q=nor")).status()).toBe(401);
    // Hostile text is answered, not failed on.
    const hostile = await admin.get(`/acme/admin/search?q=${encodeURIComponent("%_\\\u0000<script>")}`);
    expect(hostile.status()).toBe(200);
    expect(titles(await hostile.json())).toEqual([]);
  } finally {
    await Promise.all([admin, rep, bluepeak, globex, anonymous].map((client) => client.dispose()));
  }
});
