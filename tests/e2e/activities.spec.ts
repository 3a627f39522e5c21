/**
 * Activities and Partner 360 end to end: a channel manager logs an internal call and a
 * shared task for a partner's user on the partner's timeline; the partner user — on a
 * phone — sees the shared task and never the internal call, and completes it from "My
 * tasks"; the channel manager sees who did it. A partner admin edits the company details
 * from two tabs: the stale one is told and changes nothing.
 */
import { DEMO, expect, newPerson, signInFast, test, uniqueTag } from "./helpers";

/** "YYYY-MM-DD" of tomorrow where Acme works (America/New_York). */
function tomorrowInAcme(): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York", year: "numeric", month: "2-digit", day: "2-digit" })
    .formatToParts(new Date(Date.now() + 24 * 60 * 60 * 1000));
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part("year")}-${part("month")}-${part("day")}`;
}

test("a channel manager shares a task with a partner user, who completes it; internal notes stay internal", async ({ page, browser }) => {
  const tag = uniqueTag();
  const internal = `Pricing worries ${tag}`;
  const task = `Send the store photos ${tag}`;
  await signInFast(page, DEMO.acmeManager);

  await test.step("the partner's page opens on its sections; the timeline tab is addressable", async () => {
    await page.goto("/acme/admin/partners");
    await page.getByRole("link", { name: "Northwind Distribution" }).click();
    const sections = page.getByRole("navigation", { name: "Sections of Northwind Distribution" });
    await expect(sections.getByRole("link", { name: "Profile" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("heading", { name: "Company details" })).toBeVisible();
    await sections.getByRole("link", { name: "Contacts" }).click();
    await expect(page.getByText("Olivia Ortega", { exact: true })).toBeVisible();
    await sections.getByRole("link", { name: "Timeline" }).click();
    await expect(page).toHaveURL(/\?tab=timeline$/);
    await expect(sections.getByRole("link", { name: "Timeline" })).toHaveAttribute("aria-current", "page");
  });

  await test.step("log an internal call", async () => {
    await page.getByRole("button", { name: "Log activity" }).click();
    const dialog = page.getByRole("dialog", { name: "Log an activity" });
    await dialog.getByLabel(/^Kind/).selectOption({ label: "Call" });
    await dialog.getByLabel(/^Who can see it/).selectOption({ label: "Internal" });
    await dialog.getByLabel(/^Subject/).fill(internal);
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("list", { name: "Activities, newest first" }).getByText(internal)).toBeVisible();
  });

  await test.step("a shared task for a partner's user, refused first without a due date", async () => {
    await page.getByRole("button", { name: "Log activity" }).click();
    const dialog = page.getByRole("dialog", { name: "Log an activity" });
    await dialog.getByLabel(/^Kind/).selectOption({ label: "Task" });
    await dialog.getByLabel(/^Who can see it/).selectOption({ label: "Shared with the partner" });
    await dialog.getByLabel(/^Task/).fill(task);
    await dialog.getByLabel(/^Assigned to/).selectOption({ label: "Ben Buyer" });
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(dialog.getByText("Choose the due date.")).toBeVisible();
    await dialog.getByLabel(/^Due date/).fill(tomorrowInAcme());
    await dialog.getByLabel(/^Reminder/).selectOption({ label: "On the due date" });
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(dialog).toBeHidden();
    const entry = page.getByRole("listitem").filter({ hasText: task });
    await expect(entry).toContainText("Shared with the partner");
    await expect(entry).toContainText("assigned to Ben Buyer");
    await expect(entry).toContainText("Open");
  });

  const ben = await newPerson(browser, { viewport: { width: 390, height: 844 } });
  const phone = await ben.newPage();
  await signInFast(phone, DEMO.northwindBuyer);

  await test.step("the partner user sees the shared task, never the internal call", async () => {
    await phone.goto("/acme/portal/activities");
    await expect(phone.getByRole("heading", { name: "Activities", level: 1 })).toBeVisible();
    await expect(phone.getByText(task, { exact: true })).toBeVisible();
    await expect(phone.getByText(internal)).toHaveCount(0);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  await test.step("…and completes it from My tasks, on a phone", async () => {
    // On a phone the filters sit behind a button: the list's state is in its URL anyway.
    await phone.goto(`/acme/portal/tasks?q=${tag}`);
    await expect(phone.getByRole("heading", { name: "My tasks", level: 1 })).toBeVisible();
    await phone.getByRole("button", { name: `Mark done (${task})` }).click();
    await expect(phone.getByRole("button", { name: `Mark done (${task})` })).toHaveCount(0);
    await expect(phone.getByText(`done by Ben Buyer`).first()).toBeVisible();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
  await ben.close();

  await test.step("the channel manager sees who did it", async () => {
    await page.reload();
    const entry = page.getByRole("listitem").filter({ hasText: task });
    await expect(entry).toContainText("Done");
    await expect(entry).toContainText("done by Ben Buyer");
  });
});

test("a partner admin edits the company details; a stale tab is refused and changes nothing", async ({ browser }) => {
  const tag = uniqueTag();
  const nora = await newPerson(browser);
  const first = await nora.newPage();
  await signInFast(first, DEMO.northwindAdmin);
  const second = await nora.newPage();
  await first.goto("/acme/portal/company");
  await second.goto("/acme/portal/company");

  await first.getByRole("button", { name: "Edit details" }).click();
  const dialog = first.getByRole("dialog", { name: "Edit company details" });
  await dialog.getByLabel(/^Industry/).fill(`Wholesale ${tag}`);
  await dialog.getByRole("button", { name: "Save details" }).click();
  await expect(dialog).toBeHidden();
  await expect(first.getByText(`Wholesale ${tag}`)).toBeVisible();

  await second.getByRole("button", { name: "Edit details" }).click();
  const stale = second.getByRole("dialog", { name: "Edit company details" });
  await stale.getByLabel(/^Industry/).fill(`Stale ${tag}`);
  await stale.getByRole("button", { name: "Save details" }).click();
  await expect(stale.getByText(/Someone else saved this record after you opened it/)).toBeVisible();
  await second.reload();
  await expect(second.getByText(`Wholesale ${tag}`)).toBeVisible();
  await expect(second.getByText(`Stale ${tag}`)).toHaveCount(0);
  await nora.close();
});
