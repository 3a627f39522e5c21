/**
 * Sign-in, rate limiting, password reset and sign-out: every demo login lands on its
 * role's home, wrong passwords are refused (then throttled), a reset e-mail replaces the
 * password, and signing out ends the session.
 */
import {
  DEMO,
  DEMO_PASSWORD,
  STRONG_PASSWORD,
  expect,
  latestMailLink,
  login,
  newPerson,
  signInFast,
  signOutFromShell,
  signUp,
  submitLogin,
  test,
  uniqueEmail,
  uniqueSlug,
} from "./helpers";

const mainNav = (page: import("@playwright/test").Page) => page.getByRole("navigation", { name: "Main" });

test.describe("sign-in lands on the role's home", () => {
  test("tenant admin → back office with every section", async ({ page }) => {
    await login(page, DEMO.acmeAdmin, DEMO_PASSWORD, "/acme/admin");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome back, Ada");
    const nav = mainNav(page);
    for (const item of ["Dashboard", "Partners", "Users", "Audit log", "Settings", "Profile"]) {
      await expect(nav.getByRole("link", { name: item, exact: true })).toBeVisible();
    }
  });

  test("sales rep → back office without Users or Settings", async ({ page }) => {
    await login(page, DEMO.acmeRep, DEMO_PASSWORD, "/acme/admin");
    const nav = mainNav(page);
    await expect(nav.getByRole("link", { name: "Partners", exact: true })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Users", exact: true })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: "Settings", exact: true })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: "Audit log", exact: true })).toHaveCount(0);
  });

  test("partner admin → partner portal", async ({ page }) => {
    await login(page, DEMO.northwindAdmin, DEMO_PASSWORD, "/acme/portal");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome, Nora");
    await expect(page.getByText("The Northwind Distribution portal with Acme Industrial.")).toBeVisible();
  });

  test("user with seats in two tenants → workspace chooser listing both", async ({ page }) => {
    await login(page, DEMO.acmeManager, DEMO_PASSWORD, "/workspaces");
    const list = page.getByRole("list", { name: "Workspaces" });
    await expect(list.getByRole("link", { name: /Acme Industrial/ })).toBeVisible();
    await expect(list.getByRole("link", { name: /Globex Components/ })).toBeVisible();
    await list.getByRole("link", { name: /Globex Components/ }).click();
    await expect(page).toHaveURL(/\/globex\/admin$/);
  });
});

test("a wrong password shows the error and keeps the visitor on the login page", async ({ page }) => {
  await page.goto("/login");
  await submitLogin(page, DEMO.acmeAdmin, "not-the-password");
  await expect(page.getByText("The email or password is incorrect.")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
  // The address survives the failed attempt; the password field is emptied.
  await expect(page.getByLabel(/^Email/)).toHaveValue(DEMO.acmeAdmin);
});

test("empty fields are named next to each field, the first is focused, and typing clears its error", async ({ page }) => {
  await page.goto("/login");
  const email = page.getByLabel(/^Email/);
  const password = page.getByLabel(/^Password/);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("[data-form-alert]")).toHaveText("Please correct the highlighted fields.");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveAccessibleDescription("Enter your email address.");
  await expect(password).toHaveAccessibleDescription("Enter your password.");
  await expect(email).toBeFocused();

  // Typing into a field drops its error; the other one stays, and the address is kept.
  await email.fill(DEMO.acmeAdmin);
  await expect(email).not.toHaveAttribute("aria-invalid");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(password).toBeFocused();
  await expect(password).toHaveAccessibleDescription("Enter your password.");
  await expect(email).toHaveValue(DEMO.acmeAdmin);
  // No request ever put the password in the address bar.
  expect(page.url()).not.toContain("password");
});

test("20 wrong passwords in a row end in a clear rate-limit message", async ({ page }) => {
  // A demo account nobody else signs in with during the run (Globex's partner).
  const email = DEMO.iberiaAdmin;
  await page.goto("/login");
  const submit = page.getByRole("button", { name: "Sign in" });
  const alert = page.locator("[data-form-alert]");

  async function guessInTheForm(password: string) {
    await page.getByLabel(/^Email/).fill(email);
    await page.getByLabel(/^Password/).fill(password);
    const answered = page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"));
    await submit.click();
    await answered;
    await expect(alert).toBeVisible();
    await expect(submit).toBeEnabled();
  }

  // The first guesses are plainly wrong…
  for (let attempt = 1; attempt <= 3; attempt++) {
    await guessInTheForm(`wrong-guess-${attempt}`);
    await expect(alert).toHaveText("The email or password is incorrect.");
  }
  // …the next ones go to the same sign-in endpoint the form uses, from the same client
  // (this test's X-Forwarded-For), only faster than typing them…
  for (let attempt = 4; attempt <= 19; attempt++) {
    const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await page.request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email, password: `wrong-guess-${attempt}`, json: "true" },
      headers: { origin: new URL(page.url()).origin },
      maxRedirects: 0,
    });
    expect(response.status(), `attempt ${attempt}`).toBeLessThan(500);
  }
  // …and the 20th, in the form again, is refused with a clear message.
  await guessInTheForm("wrong-guess-20");
  await expect(alert).toHaveText(/^Too many attempts\. Please wait \d+ minutes? and try again\.$/);

  // While throttled even the right password is refused (the guessing cannot go on).
  await guessInTheForm(DEMO_PASSWORD);
  await expect(alert).toHaveText(/Too many attempts/);
  await expect(page).toHaveURL(/\/login/);
});

test("forgot password → e-mail → reset link → the new password works, the old one no longer", async ({
  page,
  browser,
}) => {
  // A fresh account, so changing its password cannot disturb other tests (or a retry).
  const email = uniqueEmail("reset");
  const slug = uniqueSlug("reset");
  await signUp(page, { companyName: `Reset Co ${slug}`, slug, adminName: "Rosa Reset", email });

  const visitor = await newPerson(browser);
  const anon = await visitor.newPage();
  await anon.goto("/login");
  await anon.getByRole("link", { name: "Forgot password?" }).click();
  await expect(anon).toHaveURL(/\/forgot-password$/);
  await anon.getByLabel(/^Email/).fill(email);
  await anon.getByRole("button", { name: "Send reset link" }).click();
  await expect(anon.getByText("Check your inbox")).toBeVisible();

  const resetPath = await latestMailLink(anon.request, email, "/reset-password/");
  await anon.goto(resetPath);
  await expect(anon.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  const newPassword = "Harbor-Violet-Compass-7719";
  await anon.getByLabel(/^New password/).fill(newPassword);
  await anon.getByLabel(/^Repeat the new password/).fill(newPassword);
  await anon.getByRole("button", { name: "Change password" }).click();
  await expect(anon).toHaveURL(/\/login\?.*reset=1/);
  await expect(anon.getByText("Your password has been changed.")).toBeVisible();

  // The reset ended the session that was open in the first browser.
  await page.reload();
  await expect(page).toHaveURL(/\/login/);

  // The link is single-use.
  await anon.goto(resetPath);
  await anon.getByLabel(/^New password/).fill("Another-Strong-Pass-9931");
  await anon.getByLabel(/^Repeat the new password/).fill("Another-Strong-Pass-9931");
  await anon.getByRole("button", { name: "Change password" }).click();
  await expect(anon.getByText("This link can't be used")).toBeVisible();

  // Old password refused, new password accepted.
  await anon.goto("/login");
  await submitLogin(anon, email, STRONG_PASSWORD);
  await expect(anon.getByText("The email or password is incorrect.")).toBeVisible();
  await submitLogin(anon, email, newPassword);
  await expect(anon).toHaveURL(new RegExp(`/${slug}/admin$`));
  await visitor.close();
});

test("sign out ends the session", async ({ page }) => {
  // Signed in over HTTP (the form's landings are the tests above): this one is about signing out.
  await signInFast(page, DEMO.acmeAdmin);
  await page.goto("/acme/admin");
  await signOutFromShell(page);
  await expect(page.getByRole("heading", { name: "Sign in to Canal" })).toBeVisible();
  const cookies = await page.context().cookies();
  expect(cookies.find((c) => c.name === "__Host-canal.session")).toBeUndefined();
  await page.goto("/acme/admin/partners");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Facme%2Fadmin%2Fpartners/);
});
