/**
 * Forecasting end to end (issue 15): a partner submits its forecast in the portal, in
 * Spanish on a phone, and sees the new version; the channel manager compares the
 * perspectives of a partner on the overview (chart, side-by-side table, why the method was
 * chosen) — this month's forecast being published, the panel says why it is not run again —
 * opens a diagnostic of the demo data (the partner whose own forecast runs high, in English
 * and Spanish) and makes an action plan with a task for the rep, then finds the task on the
 * plan's timeline.
 */
import { DEMO, baseUrl, expect, signInFast, test, uniqueTag } from "./helpers";

test("a partner submits its forecast; the manager compares perspectives, opens a diagnostic and plans a task for the rep", async ({ browser }) => {
  test.setTimeout(180_000);
  const tag = uniqueTag();

  const phone = await browser.newContext({ baseURL: baseUrl(), locale: "es-ES", viewport: { width: 390, height: 844 } });
  await phone.addCookies([{ name: "NEXT_LOCALE", value: "es", url: baseUrl() }]);
  const portal = await phone.newPage();
  await signInFast(portal, DEMO.northwindAdmin);
  await portal.goto("/acme/portal/forecast");
  await expect(portal.getByRole("heading", { name: "Previsión", level: 1 })).toBeVisible();
  await expect(portal.getByTestId("forecast-chart")).toBeVisible();
  const versions = portal.locator("details summary", { hasText: /^Versión \d+/ });
  const before = await versions.count();
  await portal.locator('input[name="months.0.amount"]').fill("12345");
  await portal.getByLabel(/^Nota/).fill(`Campaña ${tag}`);
  await portal.getByRole("button", { name: "Enviar previsión" }).click();
  await expect(portal.getByText("Previsión enviada.")).toBeVisible();
  await expect(versions).toHaveCount(before + 1);
  await expect(portal.getByText(`Campaña ${tag}`)).toBeVisible();
  // the page holds no horizontal scroll at 390 px
  expect(await portal.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await phone.close();

  const desk = await browser.newContext({ baseURL: baseUrl() });
  const admin = await desk.newPage();
  await signInFast(admin, DEMO.acmeManager);
  await admin.goto("/acme/admin");
  await admin.getByRole("link", { name: "Forecasts" }).first().click();
  await expect(admin.getByRole("heading", { name: "Forecasts", level: 1 })).toBeVisible();
  await expect(admin.getByTestId("forecast-chart")).toBeVisible();
  // this month's forecast is published (the demo's): the panel says why it is not run again
  await expect(admin.getByTestId("run-published")).toContainText(/This month's forecast \(\d{4}-\d{2}\) was published on .+; the next run starts by itself/);
  await expect(admin.getByRole("button", { name: "Run forecast now" })).toHaveCount(0);
  // the total's partner figure says how many partners it covers (the demo's submitters of the company's partners)
  await expect(admin.getByText(/^Partners' own forecast: \d+ of \d+ partners of the company submitted one for these months\./)).toBeVisible();
  // pick a node: partners, then Lumen Retail (the demo partner with three years of history)
  const picker = admin.getByRole("navigation", { name: "Choose what to forecast" });
  await picker.getByRole("link", { name: "Partners", exact: true }).click();
  await picker.getByRole("link", { name: "Lumen Retail" }).click();
  await expect(admin.getByRole("heading", { name: "Lumen Retail" })).toBeVisible();
  const table = admin.getByRole("region", { name: "Perspectives for Lumen Retail, month by month" });
  await expect(table.getByRole("columnheader", { name: "Statistical" })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Pipeline" })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Partner's own" })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Commit" })).toBeVisible();
  await expect(admin.getByRole("heading", { name: "Why this forecast" })).toBeVisible();
  await expect(admin.getByText("Method:")).toBeVisible();

  await admin.getByRole("navigation", { name: "Forecasting" }).getByRole("link", { name: "Diagnostics" }).click();
  await expect(admin.getByRole("heading", { name: "Diagnostics", level: 1 })).toBeVisible();
  await expect(admin.getByText(/partners' inventory is not recorded/)).toBeVisible();
  // the demo's optimistic partner: Lumen Retail's own forecast ran well above its purchases
  await expect(admin.getByText(/^Lumen Retail's own forecast was .+ off what it then bought/)).toBeVisible();
  await admin.getByRole("link", { name: "Plan actions" }).first().click();
  await expect(admin.getByRole("heading", { name: "New action plan" })).toBeVisible();
  await admin.getByLabel(/^First task/).fill(`Call the partner ${tag}`);
  await admin.getByLabel(/^Owner/).selectOption({ label: "Rafael Sales" });
  const due = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  await admin.getByLabel(/^Due/).fill(due);
  await admin.getByRole("button", { name: "Create plan" }).click();
  await expect(admin).toHaveURL(/\/acme\/admin\/forecasts\/plans\?plan=fcp_/);
  await expect(admin.getByText(`Call the partner ${tag}`, { exact: true })).toBeVisible();
  await expect(admin.getByText("0 of 1 tasks done")).toBeVisible();
  // followed to completion: the task is done from the plan's timeline
  await admin.getByRole("button", { name: `Mark done (Call the partner ${tag})` }).click();
  await expect(admin.getByText("1 of 1 tasks done")).toBeVisible();
  // the same diagnostic in Spanish
  await desk.addCookies([{ name: "NEXT_LOCALE", value: "es", url: baseUrl() }]);
  await admin.goto("/acme/admin/forecasts/diagnostics");
  await expect(admin.getByText(/^La previsión propia de Lumen Retail se desvió .+ de lo que luego compró/)).toBeVisible();
  await desk.close();
});
