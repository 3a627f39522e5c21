/**
 * Accessibility in the states a page opens into: axe-core (WCAG 2.0/2.1 A and AA rules,
 * tests/e2e/axe.ts) with the account menu and the phone drawer open, a new workspace's
 * setup checklist, a partner's portal in a preview and every Partner 360 tab. Serious and
 * critical findings fail the test; the report names the rule, the page and the elements.
 * Every page as it first opens, in both languages, is checked by tests/e2e/sweep.spec.ts.
 */
import AxeBuilder from "@axe-core/playwright";
import { audienceContext, concreteUrl } from "./pages";
import { AXE_TAGS, seriousFindings } from "./axe";
import { DEMO, expect, personOptions, signInFast, test } from "./helpers";

test.describe.configure({ mode: "parallel" });

test("axe: the sweep's runner finds what @axe-core/playwright finds", async ({ page }) => {
  // tests/e2e/axe.ts runs axe its own faster way: on a page with known faults and on the
  // application form (its phone country picker is a rule's edge case), both report alike.
  const library = async () =>
    (await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => violation.id)
      .sort();
  const ours = async () => (await seriousFindings(page)).map((finding) => finding.split(" ")[0]).sort();
  await page.goto("/acme/apply");
  expect(await ours()).toEqual(await library());
  await page.goto("/login");
  await page.evaluate(() =>
    document.body.insertAdjacentHTML(
      "beforeend",
      '<div><img src="/x.png"><p style="color:#bbb;background:#fff">faint</p><button></button><input type="text"><a href="/x"></a><ul><div>x</div></ul></div>',
    ),
  );
  const expected = await library();
  expect(expected).toEqual(expect.arrayContaining(["button-name", "color-contrast", "image-alt", "label", "link-name", "list"]));
  expect(await ours()).toEqual(expected);
});

test("axe: with the account menu, a list's column menu and the phone drawer open", async ({ browser }) => {
  const context = await audienceContext(browser, "vendor");
  const page = await context.newPage();
  await page.goto("/acme/admin/partners");
  await page.getByRole("button", { name: /Account menu/ }).click();
  await expect(page.getByRole("menu")).toBeVisible();
  expect.soft(await seriousFindings(page), "account menu open").toEqual([]);
  await page.keyboard.press("Escape");

  // The list's column menu, loaded on first use like the shell's menus.
  await page.getByRole("button", { name: "Columns" }).click();
  await expect(page.getByRole("menu")).toBeVisible();
  expect.soft(await seriousFindings(page), "column menu open").toEqual([]);
  await page.keyboard.press("Escape");

  // The drawer hides the page behind it: the skip link leaves the tab order meanwhile.
  const skip = page.locator('a[href="#main-content"]');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole("button", { name: "Open menu" }).click();
  await expect(page.getByRole("dialog", { name: "Menu" })).toBeVisible();
  await expect(skip).toHaveAttribute("tabindex", "-1");
  expect.soft(await seriousFindings(page), "drawer open").toEqual([]);
  await page.keyboard.press("Escape");
  await expect(skip).not.toHaveAttribute("tabindex", "-1");
  await context.close();
});

test("axe: a new workspace's setup checklist, and a partner's portal in a preview", async ({ browser }) => {
  const context = await browser.newContext(personOptions());
  const page = await context.newPage();
  // Globex (demo data) is not set up yet: its admin's dashboard opens on the checklist.
  await signInFast(page, DEMO.globexAdmin);
  await page.goto("/globex/admin");
  await expect(page.getByRole("heading", { name: "Setup checklist" })).toBeVisible();
  expect.soft(await seriousFindings(page), "setup checklist").toEqual([]);
  await context.close();

  const manager = await browser.newContext(personOptions());
  const previewing = await manager.newPage();
  await signInFast(previewing, DEMO.acmeManager);
  await previewing.goto("/acme/admin/partners?q=Northwind");
  await previewing.getByRole("link", { name: "Northwind Distribution" }).click();
  await previewing.getByRole("button", { name: "Preview portal" }).click();
  await expect(previewing).toHaveURL(/\/acme\/portal$/);
  for (const url of ["/acme/portal", "/acme/portal/team"]) {
    await previewing.goto(url);
    await expect(previewing.getByRole("region", { name: "Preview" })).toBeVisible();
    expect.soft(await seriousFindings(previewing), `${url} in a preview`).toEqual([]);
  }
  await manager.close();
});

test("axe: every Partner 360 tab of a demo partner", async ({ browser }) => {
  // The sweep above opens a partner page on its first tab; the others are modules' own
  // sections (one language: the words change, the markup does not). Nine tabs on a machine
  // the whole suite shares.
  test.setTimeout(170_000);
  const context = await audienceContext(browser, "vendor", "es");
  const page = await context.newPage();
  await page.goto(await concreteUrl({ template: "/[tenant]/admin/partners/[partnerId]", audience: "vendor" }, context));
  const tabs = page.getByRole("navigation", { name: "Secciones de Northwind Distribution" }).getByRole("link");
  const hrefs = await tabs.evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  expect(hrefs.filter((href) => /\?tab=(program|onboarding)$/.test(href))).toHaveLength(2);
  // Each tab by its link, as people move between them: the app router fetches the tab's
  // server-rendered section and swaps it in (no loading.tsx, no Suspense: the tab is marked
  // current once its whole section is in), rather than a full page load — scripts parsed
  // and the page hydrated again — per tab.
  for (const href of hrefs.slice(1)) {
    const link = tabs.and(page.locator(`[href="${href}"]`));
    await link.click();
    await expect(page).toHaveURL((url) => `${url.pathname}${url.search}` === href);
    await expect(link).toHaveAttribute("aria-current", "page");
    // The tab's colours change with a transition: axe reads contrast once it has ended.
    await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== "running"));
    expect.soft(await seriousFindings(page), href).toEqual([]);
  }
  await context.close();
});
