/**
 * Shared helpers for the end-to-end journeys.
 *
 * - `test` / `expect`: Playwright's, with a fresh `X-Forwarded-For` address per test. The
 *   e2e app runs with TRUSTED_PROXY_COUNT=1: Playwright stands in for the one reverse
 *   proxy, so that entry is the client and the login/sign-up rate-limit buckets (keyed by
 *   client address) never collide between tests or retries.
 * - `login`, `signOut`, `signUp`: drive the real forms through their labels.
 * - `latestMailLink`: reads the newest captured e-mail to an address from /dev/mailbox.
 * - `apiLogin`: a signed-in APIRequestContext (next-auth credentials flow over HTTP), for
 *   fast table-driven checks.
 */
import { randomBytes, randomInt } from "node:crypto";
import {
  expect,
  request as playwrightRequest,
  test as base,
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Locator,
  type Page,
} from "@playwright/test";

export { expect };

/** The password of every demo login (lib/seed/demo.ts). */
export const DEMO_PASSWORD = "Canal-Demo-2026";

/**
 * A password the strength rules accept (≥ 10 characters, zxcvbn score ≥ 3). Words only:
 * digits wake zxcvbn's l33t matcher, the costliest part of the check (capped in
 * lib/auth/password.ts, still several times a words-only check), which runs on the server's
 * one event loop while every other test's requests wait.
 */
export const STRONG_PASSWORD = "Quartz-Lantern-Meadow-Velvet";

export const DEMO = {
  acmeAdmin: "admin@acme.test",
  acmeManager: "manager@acme.test",
  acmeRep: "rep@acme.test",
  acmeFinance: "finance@acme.test",
  northwindAdmin: "admin@northwind.test",
  northwindBuyer: "buyer@northwind.test",
  bluepeakAdmin: "admin@bluepeak.test",
  globexAdmin: "admin@globex.test",
  iberiaAdmin: "admin@iberia.test",
} as const;

/** The demo tenants' time zones (lib/seed/demo.ts): dates a form checks against "today" are the tenant's days. */
export const DEMO_TIME_ZONE = { acme: "America/New_York", globex: "Europe/Madrid" } as const;

/** Whatever the config's baseURL is (E2E_APP_PORT may move it). */
export function baseUrl(): string {
  return `http://localhost:${Number(process.env.E2E_APP_PORT || 3100)}`;
}

/** A short random tag: lower-case letters and digits, valid in slugs and e-mail addresses. */
export function uniqueTag(): string {
  return `${Date.now().toString(36).slice(-5)}${randomBytes(3).toString("hex")}`;
}

/** A fresh e-mail address nobody has used, e.g. `invitee.k3x9a1b2c3@e2e.test`. */
export function uniqueEmail(label = "user"): string {
  return `${label}.${uniqueTag()}@e2e.test`;
}

/** A fresh workspace slug (lower-case letters, digits, single dashes, ≤ 40 characters). */
export function uniqueSlug(label = "ws"): string {
  return `${label}-${uniqueTag()}`.slice(0, 40);
}

/** A random private address to stand for "this test's client" in rate-limit buckets. */
export function uniqueIp(): string {
  return `10.${randomInt(0, 256)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
}

/**
 * Headers of a request from the app's own machine (through the test "proxy"): the
 * development mailbox answers only loopback clients and tenant admins.
 */
export const FROM_LOOPBACK = { "x-forwarded-for": "127.0.0.1" } as const;

/** Context options for a second browser (another person) in the same test. */
export function personOptions(extra: BrowserContextOptions = {}): BrowserContextOptions {
  return {
    baseURL: baseUrl(),
    ...extra,
    extraHTTPHeaders: { "x-forwarded-for": uniqueIp(), ...(extra.extraHTTPHeaders ?? {}) },
  };
}

/** Opens a second, independent browser context (its own cookies and client IP). */
export async function newPerson(browser: Browser, extra: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext(personOptions(extra));
}

export const test = base.extend({
  // Every test (and every retry) is another client address for the rate limiter.
  // (The fixture callback is not named `use`: the React hooks lint rule would claim it.)
  extraHTTPHeaders: async ({ extraHTTPHeaders }, provide) => {
    await provide({ ...(extraHTTPHeaders ?? {}), "x-forwarded-for": uniqueIp() });
  },
});

const EMAIL_LABEL = /^(Email|Correo electrónico)/;
const PASSWORD_LABEL = /^(Password|Contraseña)/;
const SUBMIT_LABEL = /^(Sign in|Iniciar sesión)$/;

/** Fills the sign-in form (English or Spanish labels) and submits it; does not wait. */
export async function submitLogin(page: Page, email: string, password: string): Promise<void> {
  if (!new URL(page.url(), baseUrl()).pathname.startsWith("/login")) await page.goto("/login");
  await page.getByLabel(EMAIL_LABEL).fill(email);
  await page.getByLabel(PASSWORD_LABEL).fill(password);
  await page.getByRole("button", { name: SUBMIT_LABEL }).click();
}

/**
 * Signs in through the login page and waits until the destination has loaded.
 * `expectPath` defaults to "anywhere but /login".
 */
export async function login(
  page: Page,
  email: string,
  password: string = DEMO_PASSWORD,
  expectPath?: string | RegExp,
): Promise<void> {
  await page.goto("/login");
  await submitLogin(page, email, password);
  const target = expectPath ?? /^(?!\/login)/;
  await expect(page).toHaveURL((url) => matchesPath(url.pathname, target));
  await page.waitForLoadState("load");
}

function matchesPath(pathname: string, target: string | RegExp): boolean {
  return typeof target === "string" ? pathname === target : target.test(pathname);
}

/** Signs out through the account menu of the back office / portal shell. */
export async function signOutFromShell(page: Page): Promise<void> {
  await page.getByRole("button", { name: /Account menu|Menú de la cuenta/ }).click();
  await page.getByRole("menuitem", { name: /Sign out|Cerrar sesión/ }).click();
  await expect(page).toHaveURL(/\/login/);
}

/**
 * The newest link under `pathPrefix` (e.g. "/invite/") in the newest e-mail to `to`, read
 * from the development mailbox. Retries briefly: the e-mail is captured after the action.
 * `since` ignores links already seen (e.g. an earlier reset link to the same address).
 */
export async function latestMailLink(
  request: APIRequestContext,
  to: string,
  pathPrefix: string,
  options: { not?: string[] } = {},
): Promise<string> {
  const pattern = new RegExp(`href="(${escapeRegExp(pathPrefix)}[^"#?]+)"`);
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const response = await request.get(`/dev/mailbox?to=${encodeURIComponent(to)}`, { headers: FROM_LOOPBACK });
        if (!response.ok()) return `mailbox answered ${response.status()}`;
        // Messages are listed newest first: the first match is the newest e-mail's link.
        const match = pattern.exec(await response.text());
        link = match?.[1];
        if (!link) return "no link yet";
        return options.not?.includes(link) ? "only old links" : "found";
      },
      { message: `a ${pathPrefix}… link in the mailbox of ${to}`, timeout: 10_000 },
    )
    .toBe("found");
  return link!;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Chooses an option of a searchable picker (components/ui/combobox.tsx): opens it from
 * its labelled button, types `search`, picks the option named `option`, and checks the
 * button now shows it.
 */
export async function pickOption(
  scope: Page | Locator,
  label: string | RegExp,
  search: string,
  option: string | RegExp,
) {
  const page = "page" in scope ? scope.page() : scope;
  const trigger = scope.getByRole("button", { name: label });
  await trigger.click();
  // The list's code loads on first use: until it has, the last dialog on the page may be
  // the form around the picker. The open trigger names its popup (aria-controls).
  await expect(trigger).toHaveAttribute("aria-expanded", "true");
  const popupId = await trigger.getAttribute("aria-controls");
  const popup = popupId ? page.locator(`[id="${popupId}"]`) : page.getByRole("dialog").last();
  await popup.getByRole("combobox").fill(search);
  await popup.getByRole("option", { name: option }).first().click();
  await expect(trigger).toContainText(option);
}

export type SignUpInput = {
  companyName: string;
  slug: string;
  adminName: string;
  email: string;
  password?: string;
};

/** Fills and submits the sign-up form on /signup (does not wait for the outcome). */
export async function submitSignUp(page: Page, input: SignUpInput): Promise<void> {
  if (!new URL(page.url(), baseUrl()).pathname.startsWith("/signup")) await page.goto("/signup");
  await page.getByLabel("Company name").fill(input.companyName);
  await page.getByLabel("Workspace address").fill(input.slug);
  await page.getByLabel("Your name").fill(input.adminName);
  await page.getByLabel("Work email").fill(input.email);
  await page.getByLabel(/^Password/).fill(input.password ?? STRONG_PASSWORD);
  await page.getByRole("button", { name: "Create workspace" }).click();
}

/**
 * Follows the verification e-mail of a sign-up: opens its link and confirms with the
 * password, which creates the workspace and opens its back office.
 */
export async function verifySignUp(page: Page, input: SignUpInput): Promise<void> {
  const link = await latestMailLink(page.request, input.email, "/verify-email/");
  await page.goto(link);
  await page.getByLabel(/^Password/).fill(input.password ?? STRONG_PASSWORD);
  await page.getByRole("button", { name: "Confirm and open workspace" }).click();
  await expect(page).toHaveURL(new RegExp(`/${input.slug}/admin$`), { timeout: 20_000 });
}

/** Creates a workspace through /signup and its verification e-mail, and waits for its back office. */
export async function signUp(page: Page, input: SignUpInput): Promise<void> {
  await submitSignUp(page, input);
  await expect(page.getByText("Check your inbox")).toBeVisible({ timeout: 20_000 });
  await verifySignUp(page, input);
}

/**
 * A signed-in HTTP client (no browser): next-auth's credentials flow, with its own client
 * IP. Dispose it when done.
 */
export async function apiLogin(email: string, password: string = DEMO_PASSWORD): Promise<APIRequestContext> {
  const origin = baseUrl();
  const context = await playwrightRequest.newContext({
    baseURL: origin,
    extraHTTPHeaders: { "x-forwarded-for": uniqueIp() },
  });
  const csrf = await context.get("/api/auth/csrf");
  expect(csrf.ok(), "next-auth CSRF endpoint").toBe(true);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    headers: { origin },
    maxRedirects: 0,
  });
  expect(response.status(), `sign-in of ${email}`).toBeLessThan(400);
  const state = await context.storageState();
  expect(
    state.cookies.some((cookie) => cookie.name === "__Host-canal.session"),
    `session cookie for ${email}`,
  ).toBe(true);
  return context;
}

/**
 * Puts a signed-in session into the page's browser context without the login form (for
 * journeys about something else; auth.spec.ts drives the form itself). The language
 * cookie that the form's after-sign-in step sets is not set here.
 */
export async function signInFast(page: Page, email: string, password: string = DEMO_PASSWORD): Promise<void> {
  const client = await apiLogin(email, password);
  try {
    const { cookies } = await client.storageState();
    await page.context().addCookies(cookies.filter((cookie) => cookie.name === "__Host-canal.session"));
  } finally {
    await client.dispose();
  }
}

/**
 * The signed-in shell has hydrated: the command palette's shortcut hint renders on the
 * client only. A click or key sent earlier to a page just opened reaches no listener (a
 * deferred popup's button then opens nothing).
 */
export async function shellHydrated(page: Page): Promise<void> {
  await expect(page.locator("button[aria-keyshortcuts] kbd")).toHaveText(/^(Ctrl K|⌘K)$/);
}

/** An anonymous HTTP client with its own client IP. */
export async function apiAnonymous(): Promise<APIRequestContext> {
  return playwrightRequest.newContext({
    baseURL: baseUrl(),
    extraHTTPHeaders: { "x-forwarded-for": uniqueIp() },
  });
}

/** The visible text of the page, for "no raw message key" style checks. */
export async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

/**
 * Raw next-intl keys look like `admin.dashboard.title`: a catalog namespace, a dot, a key.
 * Matches any visible string that starts with one of our namespaces followed by a key.
 */
export const RAW_MESSAGE_KEY =
  /\b(account|admin|audit|auth|common|dataTable|deals|emails|enums|errors|landing|leads|mailbox|partners|portal|profile|search|settings|shell|ui|users|validation|workspaces)\.[a-z][A-Za-z_]+/;
