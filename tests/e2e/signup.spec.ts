/**
 * Self-service sign-up: from the landing page to the verification e-mail in the
 * development mailbox, and from its link into the new workspace's back office; sign-in
 * before verification; the "address taken" and reserved-address errors next to the field.
 */
import {
  FROM_LOOPBACK,
  STRONG_PASSWORD,
  expect,
  latestMailLink,
  submitLogin,
  submitSignUp,
  test,
  uniqueEmail,
  uniqueSlug,
  verifySignUp,
} from "./helpers";

test("sign-up sends a verification e-mail; the workspace opens after its link", async ({ page }) => {
  const slug = uniqueSlug("signup");
  const companyName = `Initech ${slug}`;
  const email = uniqueEmail("founder");
  await page.goto("/");
  await page.getByRole("link", { name: "Create your workspace" }).first().click();
  await expect(page).toHaveURL(/\/signup$/);
  await expect(page.getByRole("heading", { name: "Create your Canal workspace" })).toBeVisible();

  // The address follows the company name until it is typed by hand.
  await page.getByLabel("Company name").fill("Initech Widgets");
  await expect(page.getByLabel("Workspace address")).toHaveValue("initech-widgets");

  await submitSignUp(page, { companyName, slug, adminName: "Peter Gibbons", email });
  await expect(page.getByText("Check your inbox")).toBeVisible();
  await expect(page.getByText(`We sent a link to ${email}.`)).toBeVisible();
  // Nothing exists yet: the address is not a workspace.
  expect((await page.request.get(`/${slug}/admin`, { maxRedirects: 0 })).status()).not.toBe(200);

  // The development mailbox (for the developer, on the app's own machine) holds the
  // e-mail; its link asks for the password once.
  await latestMailLink(page.request, email, "/verify-email/");
  await page.setExtraHTTPHeaders(FROM_LOOPBACK);
  await page.getByRole("link", { name: "open the development mailbox" }).click();
  await expect(page.getByRole("heading", { name: `Confirm your email to open ${companyName} on Canal` })).toBeVisible();
  await verifySignUp(page, { companyName, slug, adminName: "Peter Gibbons", email });
  // A brand-new workspace opens on its setup checklist, and its creator is its administrator.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Set up ${companyName}`);
  await expect(page.getByRole("heading", { name: "Setup checklist" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Add your first partner (To do)" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" })).toBeVisible();
});

test("signing in before verification says so and can send the link again", async ({ page }) => {
  const slug = uniqueSlug("early");
  const email = uniqueEmail("early");
  await submitSignUp(page, { companyName: `Early ${slug}`, slug, adminName: "Eli Early", email });
  await expect(page.getByText("Check your inbox")).toBeVisible();
  const first = await latestMailLink(page.request, email, "/verify-email/");

  await page.goto("/login");
  await submitLogin(page, email, STRONG_PASSWORD);
  await expect(page.getByText("Confirm your email address first")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
  await page.getByRole("button", { name: "Send the confirmation link again" }).click();
  await expect(page.getByRole("status").filter({ hasText: "we sent a new link" })).toBeVisible();
  const second = await latestMailLink(page.request, email, "/verify-email/", { not: [first] });

  // Only the newest link works.
  await page.goto(first);
  await expect(page.getByRole("heading", { name: "This link can't be used" })).toBeVisible();
  await verifySignUp(page, { companyName: `Early ${slug}`, slug, adminName: "Eli Early", email });
  expect(second).not.toBe(first);
});

test("a taken workspace address and a reserved one are reported next to the field", async ({ page }) => {
  const email = uniqueEmail("taken");
  await page.goto("/signup");
  await submitSignUp(page, { companyName: "Acme Copycat", slug: "acme", adminName: "Carl Copy", email });

  const slug = page.getByLabel("Workspace address");
  await expect(slug).toHaveAttribute("aria-invalid", "true");
  await expect(slug).toHaveAccessibleDescription(/This address is already taken\. Try another one\./);
  await expect(page).toHaveURL(/\/signup$/);
  // The other answers are kept, so only the address needs changing.
  await expect(page.getByLabel("Company name")).toHaveValue("Acme Copycat");
  await expect(page.getByLabel("Work email")).toHaveValue(email);

  // The app's own routes (here /unsubscribe/…) can never be a workspace address.
  await submitSignUp(page, { companyName: "Acme Copycat", slug: "unsubscribe", adminName: "Carl Copy", email });
  await expect(slug).toHaveAccessibleDescription(/This address is reserved\. Choose another one\./);
});
