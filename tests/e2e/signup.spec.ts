/**
 * Self-service sign-up: from the landing page to a new workspace's back office, and the
 * "address taken" error shown next to its field.
 */
import { expect, submitSignUp, test, uniqueEmail, uniqueSlug } from "./helpers";

test("sign-up from the landing page creates a workspace and opens its back office", async ({ page }) => {
  const slug = uniqueSlug("signup");
  const companyName = `Initech ${slug}`;
  await page.goto("/");
  await page.getByRole("link", { name: "Create your workspace" }).first().click();
  await expect(page).toHaveURL(/\/signup$/);
  await expect(page.getByRole("heading", { name: "Create your Canal workspace" })).toBeVisible();

  // The address follows the company name until it is typed by hand.
  await page.getByLabel("Company name").fill("Initech Widgets");
  await expect(page.getByLabel("Workspace address")).toHaveValue("initech-widgets");

  await submitSignUp(page, { companyName, slug, adminName: "Peter Gibbons", email: uniqueEmail("founder") });
  await expect(page).toHaveURL(new RegExp(`/${slug}/admin$`), { timeout: 20_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome back, Peter");
  await expect(page.getByText(`Here's how ${companyName}'s partner channel is doing today.`)).toBeVisible();
  // A brand-new workspace starts empty and its creator is its administrator.
  await expect(page.getByRole("heading", { name: "Create your first partner" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" })).toBeVisible();
});

test("a taken workspace address is reported next to the field", async ({ page }) => {
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
});
