/**
 * Alerts journeys: an event reaches a colleague's bell in-app, a tenant admin reads the
 * delivery log, and a user verifies a phone with the SMS code and saves preferences.
 * E-mails and SMS are delivered by the worker started beside the e2e database and
 * captured in the development mailbox.
 */
import { DEMO, FROM_LOOPBACK, expect, newPerson, signInFast, signUp, test, uniqueEmail, uniqueSlug, uniqueTag } from "./helpers";

test("a new partner reaches the channel manager's bell and deep-links to it", async ({ page, browser }) => {
  const name = `Bell Partner ${uniqueTag()}`;
  // Signed in over HTTP: these journeys are about alerts, auth.spec.ts drives the form.
  await signInFast(page, DEMO.acmeAdmin);
  await page.goto("/acme/admin/partners?new=1");
  await page.getByLabel("Company name").fill(name);
  await page.getByLabel("Partner type").selectOption("VAR");
  await page.getByRole("button", { name: "Create partner" }).click();
  await expect(page).toHaveURL(/\/acme\/admin\/partners\/ptn_/);
  const partnerPath = new URL(page.url()).pathname;

  const manager = await (await newPerson(browser)).newPage();
  await signInFast(manager, DEMO.acmeManager);
  await manager.goto("/acme/admin");
  const bell = manager.getByRole("button", { name: /^Notifications, \d+ unread$/ });
  await expect(bell).toBeVisible({ timeout: 15_000 });
  await bell.click();
  const item = manager
    .getByRole("menuitem", { name: new RegExp(name) })
    .or(manager.getByRole("link", { name: new RegExp(name) }));
  await expect(item.first()).toBeVisible({ timeout: 15_000 });
  await item.first().click();
  await expect(manager).toHaveURL(new RegExp(`${partnerPath}$`));
  await manager.context().close();
});

test("the tenant admin's delivery log shows sent messages; other roles get 403", async ({ page, browser }) => {
  await signInFast(page, DEMO.acmeAdmin);
  await page.goto("/acme/admin/deliveries");
  await expect(page.getByRole("heading", { level: 1, name: "Delivery log" })).toBeVisible();
  // The seed's invitations went out through the worker (captured: no SMTP configured).
  await expect(page.getByText("manager@acme.test").first()).toBeVisible({ timeout: 15_000 });
  await expect(
    page
      .getByRole("table")
      .getByText(/^Sent$/)
      .first(),
  ).toBeVisible();

  const rep = await (await newPerson(browser)).newPage();
  await signInFast(rep, DEMO.acmeRep);
  const response = await rep.goto("/acme/admin/deliveries");
  expect(response?.status()).toBe(403);
  await rep.context().close();
});

test("a user verifies a phone with the SMS code and turns on text messages", async ({ page }) => {
  // A workspace of its own: no other journey changes this user's language or phone.
  const slug = uniqueSlug("sms");
  await signUp(page, { companyName: `Sms ${uniqueTag()}`, slug, adminName: "Sam Sms", email: uniqueEmail("sms") });
  const phone = `+3460${String(Date.now()).slice(-7)}`;
  await page.goto(`/${slug}/admin/profile`);
  await page.getByLabel("Mobile phone").fill(phone);
  await page.getByRole("button", { name: /Save/ }).first().click();
  await expect(page.getByText(/saved|updated/i).first()).toBeVisible();

  await page.goto(`/${slug}/admin/profile/notifications`);
  await page.getByRole("button", { name: "Send code" }).click();
  let code = "";
  await expect
    .poll(
      async () => {
        const text = await (
          await page.request.get(`/dev/mailbox?to=${encodeURIComponent(phone)}`, { headers: FROM_LOOPBACK })
        ).text();
        code = /verification code is (\d{6})/.exec(text)?.[1] ?? "";
        return code.length;
      },
      { timeout: 15_000 },
    )
    .toBe(6);
  await page.getByLabel("6-digit code").fill(code);
  // Text messages are switched on in the same step (the box is ticked by default).
  await expect(page.getByRole("checkbox", { name: /Also send my alerts by text message/ })).toBeChecked();
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByText("Your number is verified.", { exact: false })).toBeVisible();
  await expect(page.getByText("Text messages are now on for your alerts.")).toBeVisible();
  await page.reload();
  for (const event of ["Someone accepted an invitation", "Your role changed", "A partner was created"]) {
    await expect(page.getByRole("checkbox", { name: `SMS for “${event}”` })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: `SMS for “${event}”` })).toBeEnabled();
  }
});
