/**
 * The tenant admin's people work: invite a colleague (who accepts from the e-mail), change
 * their role, deactivate them while they are signed in. Every step shows up in the audit
 * log. (Creating a partner and inviting its first portal user, who lands in the portal, is
 * the start of self-service.spec.ts's first journey.)
 */
import type { Locator, Page } from "@playwright/test";
import {
  DEMO,
  STRONG_PASSWORD,
  expect,
  latestMailLink,
  newPerson,
  signInFast,
  test,
  uniqueEmail,
  uniqueTag,
} from "./helpers";

/** Accepts the invitation e-mailed to `email` in `page` (a separate browser). */
async function acceptInvitation(page: Page, email: string, name: string, tenantName: string) {
  const link = await latestMailLink(page.request, email, "/invite/");
  await page.goto(link);
  await expect(page.getByRole("heading", { name: `Join ${tenantName} on Canal` })).toBeVisible();
  await expect(page.getByLabel(/^Email/)).toHaveValue(email);
  await expect(page.getByLabel(/^Your name/)).toHaveValue(name);
  await page.getByLabel(/^Password/).fill(STRONG_PASSWORD);
  await page.getByRole("button", { name: "Join and sign in" }).click();
}

/** The audit rows (newest first) of the given action, in words, whose text contains `needle`. */
function auditRows(page: Page, action: string, needle: string): Locator {
  return page
    .getByRole("region", { name: "Audit log" })
    .getByRole("row")
    .filter({ hasText: action })
    .filter({ hasText: needle });
}

test("admin invites a colleague, changes the role and deactivates them mid-session", async ({ page, browser }) => {
  const name = `Nina Newcomer ${uniqueTag()}`;
  const email = uniqueEmail("invitee");
  await signInFast(page, DEMO.acmeAdmin);

  await test.step("invite", async () => {
    await page.goto("/acme/admin/users");
    await page.getByRole("button", { name: "Invite user" }).click();
    const dialog = page.getByRole("dialog", { name: "Invite a colleague" });
    await dialog.getByLabel(/^Email/).fill(email);
    await dialog.getByLabel(/^Full name/).fill(name);
    await dialog.getByLabel(/^Role/).selectOption({ label: "Sales rep" });
    await dialog.getByRole("button", { name: "Send invitation" }).click();
    await expect(dialog.getByText("Invitation sent")).toBeVisible();
    await expect(dialog.getByText(`We've emailed ${email}.`)).toBeVisible();
    await dialog.getByRole("button", { name: "Done" }).click();
    const row = page.getByRole("row").filter({ hasText: email });
    await expect(row).toContainText("Invited");
  });

  const colleague = await newPerson(browser);
  const them = await colleague.newPage();

  await test.step("the colleague accepts from the e-mail and lands in the back office as a sales rep", async () => {
    await acceptInvitation(them, email, name, "Acme Industrial");
    await expect(them).toHaveURL(/\/acme\/admin$/);
    await expect(them.getByRole("heading", { level: 1 })).toHaveText("Welcome back, Nina");
    await expect(them.getByText("Back office · Sales rep")).toBeVisible();
    await expect(them.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" })).toHaveCount(0);
  });

  await test.step("admin changes the role to Finance", async () => {
    await page.reload();
    const row = page.getByRole("row").filter({ hasText: email });
    await expect(row).toContainText("Active");
    await row.getByLabel(`Role of ${name}`).selectOption({ label: "Finance" });
    await row.getByRole("button", { name: /^Save/ }).click();
    await expect(row.getByText("Role updated")).toBeVisible();

    await them.reload();
    await expect(them.getByText("Back office · Finance")).toBeVisible();
    await expect(them.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit log" })).toBeVisible();
  });

  await test.step("admin deactivates them; their next request here is refused, their login stays theirs", async () => {
    const row = page.getByRole("row").filter({ hasText: email });
    const deactivate = row.getByRole("button", { name: `Deactivate (${name})` });
    // The confirmation's code loads on first use (DeferredPopup); Escape closes it and
    // returns to the button, and it opens again.
    await expect(deactivate).toHaveAttribute("aria-haspopup", "dialog");
    await deactivate.click();
    const confirm = page.getByRole("dialog", { name: `Deactivate ${name}?` });
    await expect(confirm).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(confirm).toBeHidden();
    await expect(deactivate).toBeFocused();
    await deactivate.click();
    await confirm.getByRole("button", { name: "Deactivate user" }).click();
    await expect(confirm).toBeHidden();
    await expect(row).toContainText("Deactivated");

    // The seat is gone at once (every request loads it) …
    const refused = await them.goto("/acme/admin/partners");
    expect(refused?.status()).toBe(404);
    // … but the tenant cannot end the person's login: still signed in, with no workspace here.
    await them.goto("/workspaces");
    await expect(them.getByText("No workspaces yet")).toBeVisible();
    const direct = await them.goto("/acme/admin");
    expect(direct?.status()).toBe(404);
  });

  await test.step("the audit log shows every step", async () => {
    await page.goto("/acme/admin/audit?action=user.");
    // People and records by name (never ids); the person who accepted is the one acting.
    await expect(auditRows(page, "Invited a user", name)).toHaveCount(1);
    await expect(auditRows(page, "Accepted an invitation", name)).toHaveCount(1);
    await expect(auditRows(page, "Changed a user's role", name)).toHaveCount(1);
    await expect(auditRows(page, "Changed a user's role", name)).toContainText("Ada Admin");
    await expect(auditRows(page, "Deactivated a user", name)).toHaveCount(1);
  });

  await colleague.close();
});
