/**
 * Polish: the app can be added to a phone's home screen (manifest and icons), refused and
 * unknown pages keep their own title and status, and the development mailbox is reached
 * from the account menu with a way back.
 */
import { DEMO, expect, signInFast, test } from "./helpers";

test("manifest and icons are served for the home screen", async ({ page, request }) => {
  await page.goto("/login");
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(manifestHref).toBe("/manifest.webmanifest");
  const manifest = (await (await request.get(manifestHref!)).json()) as {
    name: string;
    display: string;
    start_url: string;
    icons: { src: string; sizes: string; purpose?: string }[];
  };
  expect(manifest).toMatchObject({ name: "Canal", display: "standalone", start_url: "/workspaces" });
  expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  expect(manifest.icons.some((icon) => icon.purpose === "maskable")).toBe(true);
  const links = ['link[rel="icon"][type="image/svg+xml"]', 'link[rel="apple-touch-icon"]'];
  for (const selector of links) await expect(page.locator(selector)).toHaveCount(1);
  for (const path of [...manifest.icons.map((icon) => icon.src), "/favicon.ico", "/icon.svg", "/apple-icon.png"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toMatch(/^image\//);
  }
});

test("403 and 404 pages keep their own title and status in the browser", async ({ page }) => {
  await signInFast(page, DEMO.acmeRep);
  for (const path of ["/acme/admin/users", "/acme/admin/audit", "/acme/admin/deliveries"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page).toHaveTitle("You don’t have access to this page · Canal");
  }
  const missing = await page.goto("/acme/admin/partners/ptn_doesnotexist");
  expect(missing?.status()).toBe(404);
  await expect(page).toHaveTitle("We couldn’t find that page · Canal");
});

test("the development mailbox is in the account menu, not the product menu, with a way back", async ({ page }) => {
  await signInFast(page, DEMO.acmeAdmin);
  await page.goto("/acme/admin");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /mailbox/i })).toHaveCount(0);
  await page.getByRole("button", { name: /Account menu/ }).click();
  await page.getByRole("menuitem", { name: "Development mailbox" }).click();
  await expect(page).toHaveURL(/\/dev\/mailbox\?back=%2Facme%2Fadmin$/);
  await page.getByRole("link", { name: "Back to your workspace" }).click();
  await expect(page).toHaveURL(/\/acme\/admin$/);
  // A partner user has no mailbox entry at all.
  await signInFast(page, DEMO.northwindAdmin);
  await page.goto("/acme/portal");
  await page.getByRole("button", { name: /Account menu/ }).click();
  await expect(page.getByRole("menuitem", { name: "Development mailbox" })).toHaveCount(0);
});
