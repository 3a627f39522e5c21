/**
 * Account-security attacks through the running app (issue 6): a copied session cookie
 * after sign-out, forged forwarding headers against the per-client sign-in limit, an
 * invitation to an existing login answered on the workspace chooser, and the
 * development mailbox refusing strangers.
 */
import { request as playwrightRequest } from "@playwright/test";
import {
  DEMO,
  FROM_LOOPBACK,
  apiAnonymous,
  apiLogin,
  baseUrl,
  expect,
  newPerson,
  signInFast,
  signOutFromShell,
  signUp,
  submitSignUp,
  test,
  uniqueEmail,
  uniqueIp,
  uniqueSlug,
} from "./helpers";

test("attack: a session cookie copied before sign-out stops working at sign-out", async ({ page }) => {
  // Signed in over HTTP (the same session cookie the form gets; auth.spec.ts drives the form).
  await signInFast(page, DEMO.acmeFinance);
  await page.goto("/acme/admin");
  const cookie = (await page.context().cookies()).find((c) => c.name === "__Host-canal.session")!;
  const thief = await playwrightRequest.newContext({
    baseURL: baseUrl(),
    extraHTTPHeaders: { "x-forwarded-for": uniqueIp() },
  });
  try {
    const copied = { cookie: `${cookie.name}=${cookie.value}` };
    // While the owner is signed in, the copy works…
    const before = await thief.get("/acme/admin", { headers: copied, maxRedirects: 0 });
    expect(before.status()).toBe(200);
    // …the owner signs out…
    await signOutFromShell(page);
    // …and the same cookie (its JWT still unexpired) is dead on the server.
    const after = await thief.get("/acme/admin", { headers: copied, maxRedirects: 0 });
    expect(after.status()).toBe(307);
    expect(after.headers().location).toMatch(/\/login\?callbackUrl=/);
    const feed = await thief.get("/acme/admin/notifications/feed", {
      headers: { ...copied, accept: "application/json" },
    });
    expect(feed.status()).toBe(401);
  } finally {
    await thief.dispose();
  }
});

test("attack: a new forged X-Forwarded-For entry per request does not walk past the sign-in limit", async () => {
  // The limit counts in fixed windows (lib/auth/rate-limit.ts): eleven attempts that straddle
  // a window's end would start a fresh count, so they start in a window with a minute to spare.
  test.setTimeout(150_000);
  const windowMs = 15 * 60 * 1000; // loginByEmailAndIp's window (lib/auth/rate-limit.ts is server-only)
  const leftInWindow = windowMs - (Date.now() % windowMs);
  if (leftInWindow < 60_000) await new Promise((resolve) => setTimeout(resolve, leftInWindow + 1_000));
  const anonymous = await apiAnonymous();
  const email = uniqueEmail("target");
  // The one trusted proxy appends the real client address last; the attacker controls
  // everything before it and changes it on every request.
  const realClient = uniqueIp();
  const attempt = async () => {
    const { csrfToken } = (await (await anonymous.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await anonymous.post("/api/auth/callback/credentials", {
      form: { csrfToken, email, password: "a-wrong-guess-123", json: "true" },
      headers: { origin: baseUrl(), "x-forwarded-for": `${uniqueIp()}, ${realClient}` },
      maxRedirects: 0,
    });
    return decodeURIComponent(response.headers().location ?? (await response.text()));
  };
  try {
    for (let i = 0; i < 10; i++) expect(await attempt()).toContain("error=INVALID_CREDENTIALS");
    expect(await attempt()).toMatch(/error=RATE_LIMITED:\d+/);
  } finally {
    await anonymous.dispose();
  }
});

test("inviting an existing login shows a pending invitation on their chooser; they accept it", async ({
  page,
  browser,
}) => {
  // A person with their own workspace (and so a verified login).
  const slug = uniqueSlug("guest");
  const email = uniqueEmail("guest");
  await signUp(page, { companyName: `Guest Co ${slug}`, slug, adminName: "Gina Guest", email });

  // Acme's admin invites that address as a sales rep.
  const adminContext = await newPerson(browser);
  const admin = await adminContext.newPage();
  await signInFast(admin, DEMO.acmeAdmin);
  await admin.goto("/acme/admin/users");
  await admin.getByRole("button", { name: "Invite user" }).click();
  const dialog = admin.getByRole("dialog", { name: "Invite a colleague" });
  await dialog.getByLabel(/^Email/).fill(email);
  await dialog.getByLabel(/^Full name/).fill("Name Typed By Acme");
  await dialog.getByLabel(/^Role/).selectOption({ label: "Sales rep" });
  await dialog.getByRole("button", { name: "Send invitation" }).click();
  await expect(dialog.getByText("Invitation sent")).toBeVisible();
  await adminContext.close();

  // No access by the inviter's act: Acme's back office is still not theirs…
  expect((await page.goto("/acme/admin"))?.status()).toBe(404);
  // …their chooser shows the invitation, with their own name kept.
  await page.goto("/workspaces");
  await expect(page.getByText("Signed in as Gina Guest")).toBeVisible();
  const invitations = page.getByRole("list", { name: "Invitations waiting for your answer" });
  await expect(invitations.getByText("Back office of Acme Industrial")).toBeVisible();
  await invitations.getByRole("button", { name: "Accept: Back office of Acme Industrial" }).click();
  await expect(page).toHaveURL(/\/acme\/admin$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome back, Gina");
});

test("the development mailbox answers only the app's machine and tenant admins (their tenants' mail)", async ({
  page,
}) => {
  // A verification e-mail (mail of no tenant) to a fresh address.
  const email = uniqueEmail("mailbox");
  const slug = uniqueSlug("mbox");
  await submitSignUp(page, { companyName: `Mailbox ${slug}`, slug, adminName: "Mo Mailbox", email });
  await expect(page.getByText("Check your inbox")).toBeVisible();
  const path = `/dev/mailbox?to=${encodeURIComponent(email)}`;

  const stranger = await apiAnonymous();
  const local = await apiAnonymous();
  const admin = await apiLogin(DEMO.acmeAdmin);
  const rep = await apiLogin(DEMO.acmeRep);
  try {
    expect((await stranger.get(path)).status()).toBe(404);
    expect((await stranger.get(path, { headers: { "x-forwarded-for": "203.0.113.5" } })).status()).toBe(404);
    await expect
      .poll(async () => (await (await local.get(path, { headers: FROM_LOOPBACK })).text()).includes("/verify-email/"))
      .toBe(true);
    // A signed-in tenant admin sees the mailbox, but not account mail of no tenant…
    const asAdmin = await admin.get(path);
    expect(asAdmin.status()).toBe(200);
    expect(await asAdmin.text()).not.toContain("/verify-email/");
    // …and a sales rep (no mailbox.read) gets nothing.
    expect((await rep.get(path)).status()).toBe(404);
  } finally {
    await Promise.all([stranger.dispose(), local.dispose(), admin.dispose(), rep.dispose()]);
  }
});
