/**
 * The sign-up form as people meet it (split from forms.spec.ts, which holds the form kit's
 * other journeys): the workspace address checked as one types and rate-limited, every problem
 * at once with nothing typed lost, and a sign-up posted without JavaScript.
 */
import { STRONG_PASSWORD, apiAnonymous, expect, pickOption, test, uniqueEmail, uniqueSlug, uniqueTag } from "./helpers";

test("the workspace-address check answers free, taken or why not, and is rate-limited per client", async () => {
  const client = await apiAnonymous();
  try {
    const free = uniqueSlug("free");
    const check = (slug: string) => client.get(`/api/signup/slug?slug=${encodeURIComponent(slug)}`);
    const answer = await check(free);
    expect(answer.status()).toBe(200);
    expect(answer.headers()["cache-control"]).toBe("no-store");
    expect(await answer.json()).toEqual({ slug: free, available: true });
    expect(await (await check("acme")).json()).toEqual({
      slug: "acme",
      available: false,
      reason: "taken",
      message: "This address is already taken. Try another one.",
    });
    expect(await (await check("Bad Slug!")).json()).toMatchObject({
      available: false,
      reason: "invalid",
      message: "Use lower-case letters, digits and dashes only.",
    });

    // 30 lookups per 10 minutes per client (one was used for "acme", one for the free one).
    let limited = null;
    for (let i = 0; i < 40 && !limited; i += 1) {
      const response = await check(uniqueSlug("probe"));
      if (response.status() === 429) limited = response;
      else expect(response.status()).toBe(200);
    }
    expect(limited, "rate limited within 40 lookups").not.toBeNull();
    expect(Number(limited!.headers()["retry-after"])).toBeGreaterThan(0);
    expect((await limited!.json()).error.code).toBe("RATE_LIMITED");
  } finally {
    await client.dispose();
  }
});

test("sign-up: the address is checked as one types; every problem at once; nothing typed is lost", async ({ page }) => {
  await page.goto("/signup");
  const status = page.locator("#signup-slug-availability");
  await page.getByLabel("Company name").fill("Acme");
  await expect(page.getByLabel("Workspace address")).toHaveValue("acme");
  await expect(status).toHaveText("This address is already taken. Try another one.");
  const slug = uniqueSlug("fresh");
  await page.getByLabel("Workspace address").fill(slug);
  await expect(status).toHaveText(`${slug} is available.`);
  await page.getByLabel("Workspace address").fill("");
  await expect(page.getByLabel("Workspace address")).toHaveValue("acme");

  await page.getByLabel("Workspace address").fill(slug);
  await pickOption(page, /^Time zone/, "bogot", "America/Bogota");
  await page.getByLabel("Work email").fill("not-an-address");
  await page.getByLabel(/^Password/).fill("short");
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page.getByLabel("Your name")).toHaveAccessibleDescription(/This field is required\./);
  await expect(page.getByLabel("Work email")).toHaveAccessibleDescription(/Enter a valid email address\./);
  await expect(page.getByLabel(/^Password/)).toHaveAccessibleDescription(/Use at least 10 characters\./);
  await expect(page.getByLabel("Your name")).toBeFocused();
  await expect(page.getByLabel("Workspace address")).toHaveValue(slug);
  await expect(page.getByRole("button", { name: /^Time zone/ })).toContainText("America/Bogota");

  // A common password passes the browser's rules; the server's refusal lands on the field.
  await page.getByLabel("Your name").fill("Sam Signup");
  await page.getByLabel("Work email").fill(uniqueEmail("signup"));
  await page.getByLabel(/^Password/).fill("password1234");
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page.getByLabel(/^Password/)).toHaveAccessibleDescription(/too common or easy to guess/);
  await expect(page.getByLabel("Company name")).toHaveValue("Acme");
  await expect(page).toHaveURL(/\/signup$/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("sign-up posts with the password in the body, never the address bar, and asks to check the inbox", async ({
    page,
  }) => {
    const email = uniqueEmail("nojs");
    await page.goto("/signup");
    await page.getByLabel("Company name").fill(`No Script ${uniqueTag()}`);
    await page.getByLabel("Workspace address").fill(uniqueSlug("nojs-signup"));
    await page.getByLabel("Your name").fill("Nora Noscript");
    await page.getByLabel("Work email").fill(email);
    await page.getByLabel(/^Password/).fill(STRONG_PASSWORD);
    await page.getByRole("button", { name: "Create workspace" }).click();
    await expect(page.getByText("Check your inbox")).toBeVisible();
    await expect(page.getByText(`We sent a link to ${email}.`, { exact: false })).toBeVisible();
    expect(page.url()).not.toContain(encodeURIComponent(STRONG_PASSWORD).slice(0, 12));
  });
});
