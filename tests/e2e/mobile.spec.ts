/**
 * Phones (the "mobile" project, 390×844): the navigation lives in a hamburger drawer, and
 * no main page scrolls sideways.
 */
import type { Page } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, FROM_LOOPBACK, expect, login, signInFast, test } from "./helpers";

const WIDTH = 390;

/** The page as shown now must not be wider than the phone. */
async function expectFits(page: Page, what: string) {
  await page.waitForLoadState("load");
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(clientWidth, "viewport width").toBeLessThanOrEqual(WIDTH);
  expect(scrollWidth, `${what} is wider than the phone`).toBeLessThanOrEqual(WIDTH);
}

async function expectNoHorizontalOverflow(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), `${path} status`).toBe(200);
  await expectFits(page, path);
}

async function openDrawer(page: Page) {
  // The sidebar is hidden below 1024px; the hamburger opens the same navigation.
  await expect(page.locator("aside")).toBeHidden();
  await page.getByRole("button", { name: "Open menu" }).click();
  const drawer = page.getByRole("dialog", { name: "Menu" });
  await expect(drawer).toBeVisible();
  return drawer;
}

/** Opens the drawer, follows one of its links, and checks the page it leads to fits. */
async function navigate(page: Page, label: string, url: RegExp) {
  const drawer = await openDrawer(page);
  await drawer.getByRole("link", { name: label, exact: true }).click();
  await expect(page).toHaveURL(url);
  await expect(drawer).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectFits(page, url.source);
}

test("back office: every section is reachable from the drawer and fits the screen", async ({ page }) => {
  expect(page.viewportSize()?.width).toBe(WIDTH);
  await signInFast(page, DEMO.acmeAdmin);
  await expectNoHorizontalOverflow(page, "/acme/admin");

  await navigate(page, "Partners", /\/acme\/admin\/partners$/);
  await navigate(page, "Users", /\/acme\/admin\/users$/);
  await navigate(page, "Audit log", /\/acme\/admin\/audit$/);
  await navigate(page, "Settings", /\/acme\/admin\/settings$/);
  await navigate(page, "Profile", /\/acme\/admin\/profile$/);
  await navigate(page, "Dashboard", /\/acme\/admin$/);

  // The drawer closes with Escape too.
  const drawer = await openDrawer(page);
  await page.keyboard.press("Escape");
  await expect(drawer).toBeHidden();

  // A partner's page (wide tables become cards on phones).
  await navigate(page, "Partners", /\/acme\/admin\/partners$/);
  await page.getByRole("link", { name: "Northwind Distribution" }).first().click();
  await expect(page).toHaveURL(/\/acme\/admin\/partners\/ptn_/);
  await expect(page.getByRole("heading", { level: 1, name: "Northwind Distribution" })).toBeVisible();
  await expectFits(page, "partner page");
});

test("partner portal: the drawer holds the portal navigation and pages fit the screen", async ({ page }) => {
  await signInFast(page, DEMO.northwindAdmin);
  await expectNoHorizontalOverflow(page, "/acme/portal");
  await navigate(page, "Team", /\/acme\/portal\/team$/);
  await navigate(page, "Profile", /\/acme\/portal\/profile$/);
  await navigate(page, "Home", /\/acme\/portal$/);
});

test("public pages and the workspace chooser fit the screen", async ({ page }) => {
  for (const path of ["/", "/login", "/signup", "/forgot-password"]) {
    await expectNoHorizontalOverflow(page, path);
  }
  // The development mailbox answers the app's own machine only.
  await page.setExtraHTTPHeaders(FROM_LOOPBACK);
  await expectNoHorizontalOverflow(page, "/dev/mailbox");
  // The sign-in form itself works on a phone.
  await login(page, DEMO.acmeManager, DEMO_PASSWORD, "/workspaces");
  await expectFits(page, "/workspaces");
});
