/**
 * Links prefetch on intent (components/ui/link.tsx): a page that has hydrated asks the
 * server for nothing more until the pointer rests on a link (or it gets focus or a touch);
 * then that link's page is prefetched, and following it still works.
 */
import type { Request } from "@playwright/test";
import { DEMO, expect, shellHydrated, signInFast, test } from "./helpers";

const isPrefetch = (request: Request) => request.headers()["next-router-prefetch"] !== undefined;

test("the order list prefetches no link until one is pointed at or focused", async ({ page }) => {
  await signInFast(page, DEMO.acmeAdmin);
  const prefetched: string[] = [];
  page.on("request", (request) => {
    if (isPrefetch(request)) prefetched.push(new URL(request.url()).pathname);
  });
  await page.goto("/acme/admin/orders");
  await shellHydrated(page);
  await expect(page.getByRole("table")).toBeVisible();
  // what Next's default sent at this point: two requests per link in view (36 here)
  await page.waitForTimeout(1_500);
  expect(prefetched).toEqual([]);

  const nav = page.getByRole("navigation").first();
  const partners = nav.getByRole("link", { name: "Partners", exact: true });
  const hovered = page.waitForRequest(
    (request) => isPrefetch(request) && new URL(request.url()).pathname === "/acme/admin/partners",
  );
  await partners.hover();
  await hovered;

  const focused = page.waitForRequest(
    (request) => isPrefetch(request) && new URL(request.url()).pathname === "/acme/admin/deals",
  );
  await nav.getByRole("link", { name: "Deals", exact: true }).focus();
  await focused;
  expect(new Set(prefetched)).toEqual(new Set(["/acme/admin/partners", "/acme/admin/deals"]));

  await partners.click();
  await expect(page).toHaveURL(/\/acme\/admin\/partners$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
