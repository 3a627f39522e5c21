/**
 * Journeys of issue #8's self-service and first run:
 * - Acme creates a partner and invites its first portal user (its admin), who accepts and
 *   lands in the portal of their company; that admin invites a teammate in the portal, who
 *   accepts and lands in the portal (welcomed, with their company and what to do next), and
 *   switches them off again — every step in Acme's audit log;
 * - a channel manager previews a partner's portal: banner, nothing to change, exit;
 * - a brand-new workspace opens on its setup checklist, whose ticks follow what is done.
 */
import type { Page } from "@playwright/test";
import {
  DEMO,
  STRONG_PASSWORD,
  expect,
  latestMailLink,
  newPerson,
  pickOption,
  signInFast,
  signUp,
  test,
  uniqueEmail,
  uniqueSlug,
  uniqueTag,
} from "./helpers";

/**
 * Accepting sets a password (strength check, hashing) and signs in before the portal
 * renders: it took over 20 s at load ~26 on the shared machine.
 */
const AFTER_ACCEPT = { timeout: 30_000 } as const;

/** Accepts the invitation e-mailed to `email` in `page` (a login without a password yet). */
async function acceptInvitation(page: Page, email: string, name: string, tenantName: string) {
  const link = await latestMailLink(page.request, email, "/invite/");
  await page.goto(link);
  await expect(page.getByRole("heading", { name: `Join ${tenantName} on Canal` })).toBeVisible();
  // The form knows whom it invites: their address and the name the inviter typed.
  await expect(page.getByLabel(/^Email/)).toHaveValue(email);
  await expect(page.getByLabel(/^Your name/)).toHaveValue(name);
  await page.getByLabel(/^Password/).fill(STRONG_PASSWORD);
  await page.getByRole("button", { name: "Join and sign in" }).click();
}

/** Invites people in the open invitation dialog of `page`, one row. */
async function inviteInDialog(page: Page, dialogName: string, email: string, name: string, role?: string) {
  const dialog = page.getByRole("dialog", { name: dialogName });
  await dialog.getByLabel(/^Email/).fill(email);
  await dialog.getByLabel(/^Full name/).fill(name);
  if (role) await dialog.getByLabel(/^Role/).selectOption({ label: role });
  await dialog.getByRole("button", { name: "Send invitation" }).click();
  await expect(dialog.getByText("Invitation sent")).toBeVisible();
  await dialog.getByRole("button", { name: "Done" }).click();
}

test("a partner admin invites a teammate in the portal, who accepts and lands in the portal", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000); // three people, two invitation accepts
  const tag = uniqueTag();
  const partnerName = `Selfserve Supply ${tag}`;
  const adminEmail = uniqueEmail("padmin");
  const mateEmail = uniqueEmail("mate");
  await signInFast(page, DEMO.acmeAdmin);

  await test.step("Acme creates the partner and invites its first portal user, its admin", async () => {
    await page.goto("/acme/admin/partners");
    await page.getByRole("button", { name: "New partner" }).click();
    const dialog = page.getByRole("dialog", { name: "New partner" });
    await dialog.getByLabel(/^Company name/).fill(partnerName);
    await dialog.getByLabel(/^Partner type/).selectOption({ label: "Value-added reseller" });
    await pickOption(dialog, /^Country/, "germ", "Germany");
    await dialog.getByRole("button", { name: "Create partner" }).click();
    await expect(page).toHaveURL(/\/acme\/admin\/partners\/ptn_[a-z0-9]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(partnerName);
    // Partner 360: the portal users are the page's "Users" tab.
    await page.getByRole("navigation", { name: `Sections of ${partnerName}` }).getByRole("link", { name: "Users" }).click();
    await expect(page).toHaveURL(/\?tab=users$/);
    await expect(page.getByText("No portal users yet")).toBeVisible();
    await page.getByRole("button", { name: "Invite portal user" }).click();
    // The first portal user of a partner is its admin by default.
    await expect(page.getByRole("dialog", { name: "Invite a portal user" }).getByLabel(/^Role/)).toHaveValue("PARTNER_ADMIN");
    await inviteInDialog(page, "Invite a portal user", adminEmail, `Petra ${tag}`);
    await expect(page.getByRole("row").filter({ hasText: adminEmail })).toContainText("Invited");
  });

  const petraContext = await newPerson(browser);
  const petra = await petraContext.newPage();
  await test.step("the partner admin accepts: a home naming their company and what to do next", async () => {
    await acceptInvitation(petra, adminEmail, `Petra ${tag}`, "Acme Industrial");
    await expect(petra).toHaveURL(/\/acme\/portal$/, AFTER_ACCEPT);
    await expect(petra.getByRole("heading", { level: 1 })).toHaveText("Welcome, Petra");
    await expect(petra.getByText(`The ${partnerName} portal with Acme Industrial.`)).toBeVisible();
    // Their own company only; the back office is not theirs.
    await expect(petra.getByText("Northwind")).toHaveCount(0);
    expect((await petra.request.get("/acme/admin", { maxRedirects: 0 })).status()).toBe(403);
    await expect(petra.getByRole("heading", { name: "Your contact at Acme Industrial" })).toBeVisible();
    await expect(petra.getByText("Acme Industrial hasn't named your channel manager yet.")).toBeVisible();
    await expect(
      petra.getByRole("link", { name: "Invite the colleagues who work with Acme Industrial." }),
    ).toBeVisible();
  });

  await test.step("…invites a teammate: invited and active counted apart", async () => {
    await petra.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Team" }).click();
    await expect(petra.getByText("1 active user · no invitation pending · No seat limit")).toBeVisible();
    await petra.getByRole("button", { name: "Invite teammates" }).click();
    await inviteInDialog(petra, "Invite teammates", mateEmail, `Theo ${tag}`);
    await expect(petra.getByRole("row").filter({ hasText: mateEmail })).toContainText("Invited");
    await expect(petra.getByText("1 active user · 1 invitation pending · No seat limit")).toBeVisible();
  });

  const theoContext = await newPerson(browser);
  const theo = await theoContext.newPage();
  await test.step("the teammate accepts from the e-mail and lands in the portal, welcomed", async () => {
    await acceptInvitation(theo, mateEmail, `Theo ${tag}`, "Acme Industrial");
    await expect(theo).toHaveURL(/\/acme\/portal$/, AFTER_ACCEPT);
    await expect(theo.getByRole("heading", { level: 1 })).toHaveText("Welcome, Theo");
    await expect(theo.getByText(`The ${partnerName} portal with Acme Industrial.`)).toBeVisible();
    // The welcome arrives through the outbox and the worker.
    await expect(async () => {
      await theo.goto("/acme/portal/notifications");
      await expect(theo.getByRole("link", { name: "Welcome to Acme Industrial's partner portal" })).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
  });

  await test.step("the partner admin sees them active, and switches their access off", async () => {
    await petra.reload();
    const row = petra.getByRole("row").filter({ hasText: mateEmail });
    await expect(row).toContainText("Active");
    await row.getByRole("button", { name: `Switch off (Theo ${tag})` }).click();
    await petra
      .getByRole("dialog", { name: `Switch off Theo ${tag}'s access?` })
      .getByRole("button", { name: "Switch off access" })
      .click();
    await expect(petra.getByRole("heading", { name: "Switched off" })).toBeVisible();
    await expect(petra.getByRole("table", { name: `Switched-off teammates of ${partnerName}` })).toContainText(
      mateEmail,
    );
    expect((await theo.goto("/acme/portal"))?.status()).toBe(404);
  });

  await test.step("Acme's audit log: the partner, Acme's invitation, and the partner admin as the one who invited next", async () => {
    await page.goto("/acme/admin/audit?action=partner");
    const rows = page.getByRole("region", { name: "Audit log" }).getByRole("row");
    await expect(rows.filter({ hasText: "Created a partner" }).filter({ hasText: partnerName })).toHaveCount(1);
    const invited = rows.filter({ hasText: "Invited a portal user" });
    await expect(invited.filter({ hasText: partnerName })).toHaveCount(2);
    await expect(invited.filter({ hasText: partnerName }).filter({ hasText: "Ada Admin" })).toHaveCount(1);
    await expect(invited.filter({ hasText: `Petra ${tag}` }).first()).toBeVisible();
  });

  await petraContext.close();
  await theoContext.close();
});

test("a channel manager previews a partner's portal: marked, read-only, audited, with a way out", async ({ page }) => {
  await signInFast(page, DEMO.acmeManager);
  await page.goto("/acme/admin/partners");
  await page.getByRole("link", { name: "Northwind Distribution" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Northwind Distribution");

  await test.step("open the preview from the partner's page", async () => {
    await page.getByRole("button", { name: "Preview portal" }).click();
    await expect(page).toHaveURL(/\/acme\/portal$/);
    const banner = page.getByRole("region", { name: "Preview" });
    await expect(banner).toContainText("You are previewing Northwind Distribution's portal");
    await expect(banner).toContainText("Nothing can be changed here.");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Northwind Distribution");
    // Northwind's contact is this very channel manager (demo data).
    await expect(page.getByRole("heading", { name: "Your contact at Acme Industrial" })).toBeVisible();
    await expect(page.getByRole("link", { name: /manager@acme\.test.*Write to Marta Channel/ })).toBeVisible();
    // The previewing person's own account is not part of the partner's portal.
    await expect(page.getByRole("heading", { name: "Your account" })).toHaveCount(0);
  });

  await test.step("the team as its admins see it, without any action", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Team" }).click();
    await expect(page.getByRole("row").filter({ hasText: "sales@northwind.test" })).toContainText("Invited");
    await expect(page.getByText(/of 5 seats taken/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Invite teammates" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Switch off/ })).toHaveCount(0);
    // Pages about the previewing person are not part of a preview.
    expect((await page.request.get("/acme/portal/profile", { maxRedirects: 0 })).status()).toBe(403);
  });

  await test.step("exit back to the partner's page; the preview is in the audit log", async () => {
    await page.getByRole("region", { name: "Preview" }).getByRole("button", { name: "Exit preview" }).click();
    await expect(page).toHaveURL(/\/acme\/admin\/partners\/ptn_[a-z0-9]+$/);
    expect((await page.request.get("/acme/portal", { maxRedirects: 0 })).status()).toBe(403);
    await page.goto("/acme/admin/audit");
    const rows = page
      .getByRole("region", { name: "Audit log" })
      .getByRole("row")
      .filter({ hasText: "Previewed a partner's portal" });
    await expect(
      rows.filter({ hasText: "Northwind Distribution" }).filter({ hasText: "Marta Channel" }).first(),
    ).toBeVisible();
  });
});

test("a new workspace opens on its setup checklist, which follows what is done", async ({ page }) => {
  const slug = uniqueSlug("first");
  const companyName = `First Run ${slug}`;
  await signUp(page, { companyName, slug, adminName: "Fern First", email: uniqueEmail("first") });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Set up ${companyName}`);
  const checklist = page.getByRole("list").filter({ hasText: "Add your first partner" });
  await expect(page.getByText("0 of 4 done")).toBeVisible();

  await test.step("a step is ticked when it is really done", async () => {
    await checklist.getByRole("link", { name: "Create a partner" }).click();
    const dialog = page.getByRole("dialog", { name: "New partner" });
    await dialog.getByLabel(/^Company name/).fill(`First Partner ${slug}`);
    await dialog.getByLabel(/^Partner type/).selectOption({ label: "Distributor" });
    await dialog.getByRole("button", { name: "Create partner" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`First Partner ${slug}`);
    await page.goto(`/${slug}/admin`);
    await expect(page.getByText("1 of 4 done")).toBeVisible();
    await expect(checklist.getByRole("heading", { name: "Add your first partner (Done)" })).toBeVisible();
  });

  await test.step("the brand step: the colour shows in the shell", async () => {
    await checklist.getByRole("link", { name: "Open settings" }).click();
    await page.getByLabel(/^Brand colour/).fill("#0f766e");
    await page.getByRole("button", { name: "Save brand" }).click();
    await expect(page.getByText("Brand saved.")).toBeVisible();
    await page.goto(`/${slug}/admin`);
    await expect(page.getByText("2 of 4 done")).toBeVisible();
  });

  await test.step("hidden, the dashboard welcomes back", async () => {
    await page.getByRole("button", { name: "Hide the checklist" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome back, Fern");
    await expect(page.getByRole("heading", { name: "Setup checklist" })).toHaveCount(0);
  });
});
