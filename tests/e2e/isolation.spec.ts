/**
 * Tenant and partner isolation over HTTP, table-driven from the files themselves: every
 * `app/**\/page.tsx` and `app/**\/route.ts` is requested by every kind of visitor, and the
 * status code and body are checked.
 *
 *   anonymous                    → redirected to /login (routes: 401)
 *   admin@globex.test (tenant B) → 404 on Acme's pages, and none of Acme's data in the body
 *   admin@bluepeak.test (other partner of Acme) → 403 in the back office, own data only in the portal
 *   wrong role                   → 403 (sales rep on users/audit/settings, vendor users in the
 *                                  portal, partner users in the back office, a plain partner
 *                                  user on the partner-admin-only team page)
 *   the rightful users           → 200 with the data (positive control: the checks can fail)
 *
 * A new page is covered automatically; a new dynamic segment must be given a value below.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { DEMO, apiAnonymous, apiLogin, baseUrl, expect, test } from "./helpers";

const APP_DIR = fileURLToPath(new URL("../../app", import.meta.url));
const TENANT = "acme";
/** Text only Acme's pages may show (the tenant's name, its partner's name). */
const ACME_DATA = ["Acme Industrial", "Northwind"];

type Audience = "vendor" | "partner" | "user" | "public" | "auth";
type Entry = { file: string; template: string; audience: Audience; permission: string | null };

function walk(dir: string, name: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return walk(full, name);
    return entry.name === name ? [full] : [];
  });
}

/** `app/[tenant]/admin/partners/[partnerId]/page.tsx` → `/[tenant]/admin/partners/[partnerId]`. */
function urlTemplate(file: string): string {
  const segments = path
    .relative(APP_DIR, path.dirname(file))
    .split(path.sep)
    .filter((segment) => segment && !/^\(.*\)$/.test(segment)); // route groups are not in the URL
  return `/${segments.join("/")}`;
}

/** Which audience wrapper made this entry point (tests/isolation/guards.test.ts enforces one). */
function classify(file: string): Entry {
  const source = readFileSync(file, "utf8");
  const template = urlTemplate(file);
  const rel = path.relative(APP_DIR, file);
  const wrapper =
    /\b(vendorPage|partnerPage|userPage|publicPage|vendorRoute|partnerRoute|publicRoute)\b(?:<[^>]*>)?\(\s*(?:"([^"]+)")?/.exec(
      source,
    );
  if (!wrapper) {
    if (source.includes("@public-route")) return { file: rel, template, audience: "auth", permission: null };
    throw new Error(`${rel}: no audience wrapper found; add it to this table`);
  }
  const kind = wrapper[1]!;
  const audience: Audience = kind.startsWith("vendor")
    ? "vendor"
    : kind.startsWith("partner")
      ? "partner"
      : kind === "userPage"
        ? "user"
        : "public";
  return { file: rel, template, audience, permission: wrapper[2] ?? null };
}

const PAGES = walk(APP_DIR, "page.tsx")
  .map(classify)
  .sort((a, b) => a.template.localeCompare(b.template));
const ROUTES = walk(APP_DIR, "route.ts")
  .map(classify)
  .sort((a, b) => a.template.localeCompare(b.template));

/** Pages that only some roles of an audience may open (every other page: the whole audience). */
const REP_FORBIDDEN = [
  "/[tenant]/admin/users",
  "/[tenant]/admin/audit",
  "/[tenant]/admin/settings",
  "/[tenant]/admin/deliveries",
];
const PARTNER_USER_FORBIDDEN = ["/[tenant]/portal/team"];
/** A page's own routes (its CSV export) follow the page's rule. */
const under = (list: string[], template: string) => list.some((path) => template === path || template.startsWith(`${path}/`));

type Visitor =
  "anonymous" | "acmeAdmin" | "acmeRep" | "northwindAdmin" | "northwindBuyer" | "bluepeakAdmin" | "globexAdmin";

const LOGINS: Record<Exclude<Visitor, "anonymous">, string> = {
  acmeAdmin: DEMO.acmeAdmin,
  acmeRep: DEMO.acmeRep,
  northwindAdmin: DEMO.northwindAdmin,
  northwindBuyer: DEMO.northwindBuyer,
  bluepeakAdmin: DEMO.bluepeakAdmin,
  globexAdmin: DEMO.globexAdmin,
};

type Expectation =
  { kind: "login" } | { kind: "status"; status: 200 | 401 | 403 | 404; mustShow?: string[]; mustNotShow?: string[] };

/** What each visitor must get on a page of this audience. */
function expectationFor(entry: Entry, visitor: Visitor): Expectation | null {
  const strangerToAcme = { mustNotShow: ACME_DATA };
  const notNorthwind = { mustNotShow: ["Northwind"] };
  if (entry.audience === "vendor") {
    switch (visitor) {
      case "anonymous":
        return { kind: "login" };
      case "acmeAdmin":
        return { kind: "status", status: 200, mustShow: ["Acme Industrial"] };
      case "acmeRep":
        return under(REP_FORBIDDEN, entry.template)
          ? { kind: "status", status: 403, ...notNorthwind }
          : { kind: "status", status: 200 };
      case "globexAdmin":
        return { kind: "status", status: 404, ...strangerToAcme };
      case "bluepeakAdmin":
        return { kind: "status", status: 403, ...notNorthwind };
      case "northwindAdmin":
      case "northwindBuyer":
        return { kind: "status", status: 403 };
    }
  }
  if (entry.audience === "partner") {
    switch (visitor) {
      case "anonymous":
        return { kind: "login" };
      case "northwindAdmin":
        return { kind: "status", status: 200, mustShow: ["Northwind Distribution", "Acme Industrial"] };
      case "northwindBuyer":
        return under(PARTNER_USER_FORBIDDEN, entry.template)
          ? { kind: "status", status: 403 }
          : { kind: "status", status: 200, mustShow: ["Northwind Distribution"] };
      case "bluepeakAdmin":
        // Same tenant, other partner: its own portal, never Northwind's people or data.
        return { kind: "status", status: 200, mustShow: ["Bluepeak Systems"], ...notNorthwind };
      case "globexAdmin":
        return { kind: "status", status: 404, ...strangerToAcme };
      case "acmeAdmin":
      case "acmeRep":
        return { kind: "status", status: 403, ...notNorthwind };
    }
  }
  if (entry.audience === "user") {
    if (visitor === "anonymous") return { kind: "login" };
    if (visitor === "globexAdmin") return { kind: "status", status: 200, ...strangerToAcme };
    if (visitor === "acmeAdmin") return { kind: "status", status: 200, mustShow: ["Acme Industrial"] };
    return null;
  }
  return null;
}

/** Same table for route handlers: JSON errors instead of pages, 401 instead of a redirect. */
function routeExpectationFor(entry: Entry, visitor: Visitor): Expectation | null {
  if (entry.audience === "public") {
    // The health check answers anyone and reveals no tenant data; the other public
    // endpoints take signed or tokened POSTs only (see the test at the end of this file).
    if (entry.template !== "/api/health") return null;
    return visitor === "anonymous" || visitor === "globexAdmin"
      ? { kind: "status", status: 200, mustNotShow: ACME_DATA }
      : null;
  }
  if (entry.audience !== "vendor" && entry.audience !== "partner") return null; // next-auth's own endpoints
  const page = expectationFor(entry, visitor);
  if (page?.kind === "login") return { kind: "status", status: 401, mustNotShow: ACME_DATA };
  if (page?.kind === "status" && page.status === 200) return { kind: "status", status: 200 }; // body shape is the route's
  return page;
}

const clients = new Map<Visitor, APIRequestContext>();
let northwindId = "";

test.beforeAll(async ({ browser }) => {
  clients.set("anonymous", await apiAnonymous());
  const signedIn = await Promise.all(
    Object.entries(LOGINS).map(async ([visitor, email]) => [visitor as Visitor, await apiLogin(email)] as const),
  );
  for (const [visitor, client] of signedIn) clients.set(visitor, client);

  // A real Acme partner id, read from the partners page as Acme's admin sees it.
  const context = await browser.newContext({ storageState: await clients.get("acmeAdmin")!.storageState() });
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/acme/admin/partners`);
  const href = await page.getByRole("link", { name: "Northwind Distribution" }).first().getAttribute("href");
  await context.close();
  northwindId = /\/partners\/(ptn_[a-z0-9]+)$/.exec(href ?? "")?.[1] ?? "";
  expect(northwindId, "Northwind's partner id").not.toBe("");
});

test.afterAll(async () => {
  await Promise.all([...clients.values()].map((client) => client.dispose()));
});

function concreteUrl(template: string): string {
  const url = template
    .replaceAll("[tenant]", TENANT)
    .replaceAll("[partnerId]", northwindId)
    .replaceAll("[token]", "not-a-real-token");
  if (url.includes("[")) throw new Error(`${template}: give this dynamic segment a value in isolation.spec.ts`);
  return url;
}

async function check(url: string, visitor: Visitor, expected: Expectation, accept: "html" | "json") {
  const client = clients.get(visitor)!;
  const what = `${visitor} GET ${url}`;
  const headers = { accept: accept === "html" ? "text/html" : "application/json" };
  if (expected.kind === "login") {
    const first = await client.get(url, { maxRedirects: 0, headers });
    expect.soft([303, 307, 308], `${what}: redirect status (got ${first.status()})`).toContain(first.status());
    expect
      .soft(first.headers()["location"] ?? "", `${what}: redirect target`)
      .toMatch(/^(https?:\/\/[^/]+)?\/login\?callbackUrl=/);
    const final = await client.get(url, { headers });
    expect.soft(new URL(final.url()).pathname, `${what}: final URL`).toBe("/login");
    await expectNoData(final, ACME_DATA, what);
    return;
  }
  const response = await client.get(url, { maxRedirects: 0, headers });
  expect.soft(response.status(), `${what}: status`).toBe(expected.status);
  const body = await response.text();
  for (const text of expected.mustShow ?? []) expect.soft(body, `${what}: shows "${text}"`).toContain(text);
  await expectNoData(response, expected.mustNotShow ?? [], what, body);
}

async function expectNoData(response: APIResponse, forbidden: string[], what: string, known?: string) {
  const body = known ?? (await response.text());
  for (const text of forbidden) expect.soft(body, `${what}: must not reveal "${text}"`).not.toContain(text);
}

test("the tables cover every page and route handler", () => {
  const kinds = PAGES.map((p) => `${p.audience} ${p.template}`);
  // Sanity: the walk found the areas this suite is about.
  expect(kinds).toEqual(
    expect.arrayContaining([
      "vendor /[tenant]/admin",
      "vendor /[tenant]/admin/partners/[partnerId]",
      "partner /[tenant]/portal",
      "user /workspaces",
      "public /login",
    ]),
  );
  expect(ROUTES.map((r) => `${r.audience} ${r.template}`)).toEqual(
    expect.arrayContaining(["public /api/health", "auth /api/auth/[...nextauth]"]),
  );
  for (const template of [...REP_FORBIDDEN, ...PARTNER_USER_FORBIDDEN]) {
    expect(
      PAGES.map((p) => p.template),
      `${template} is still a page`,
    ).toContain(template);
  }
});

const VISITORS: Visitor[] = [
  "anonymous",
  "acmeAdmin",
  "acmeRep",
  "northwindAdmin",
  "northwindBuyer",
  "bluepeakAdmin",
  "globexAdmin",
];

for (const entry of PAGES.filter((p) => p.audience !== "public")) {
  test(`page ${entry.template} (${entry.audience}${entry.permission ? `, ${entry.permission}` : ""})`, async () => {
    const url = concreteUrl(entry.template);
    for (const visitor of VISITORS) {
      const expected = expectationFor(entry, visitor);
      if (expected) await check(url, visitor, expected, "html");
    }
  });
}

for (const entry of ROUTES.filter((r) => r.audience !== "auth")) {
  test(`route ${entry.template} (${entry.audience})`, async () => {
    const url = concreteUrl(entry.template);
    for (const visitor of VISITORS) {
      const expected = routeExpectationFor(entry, visitor);
      if (!expected) continue;
      await check(url, visitor, expected, "json");
      if (expected.kind === "status" && expected.status >= 400) {
        const response = await clients.get(visitor)!.get(url, { maxRedirects: 0 });
        const json = (await response.json()) as { error?: { code?: string } };
        expect.soft(json.error?.code, `${visitor} GET ${url}: error code`).toBeTruthy();
      }
    }
  });
}

test("other Acme ids are 404 for Globex and 403 for partner users, not just the listed pages", async () => {
  // A partner id from Acme is unknown in Globex's own back office (the id is not global).
  const globex = clients.get("globexAdmin")!;
  const foreign = await globex.get(`/globex/admin/partners/${northwindId}`, { maxRedirects: 0 });
  expect(foreign.status()).toBe(404);
  expect(await foreign.text()).not.toContain("Northwind");

  // Bluepeak's admin asking for Northwind's record in the back office: refused, nothing shown.
  const bluepeak = clients.get("bluepeakAdmin")!;
  const other = await bluepeak.get(`/acme/admin/partners/${northwindId}`, { maxRedirects: 0 });
  expect(other.status()).toBe(403);
  expect(await other.text()).not.toContain("Northwind");

  // A tenant slug that does not exist looks exactly like one you have no seat in.
  const unknown = await globex.get("/no-such-tenant/admin", { maxRedirects: 0 });
  expect(unknown.status()).toBe(404);
});

test("public endpoints refuse unsigned or forged input and reveal nothing", async () => {
  const anonymous = clients.get("anonymous")!;
  const twilio = await anonymous.post("/api/webhooks/twilio/status", {
    form: { MessageSid: "SM0000000000000000000000000000000", MessageStatus: "delivered" },
  });
  expect(twilio.status()).toBe(403);
  expect(((await twilio.json()) as { error?: { code?: string } }).error?.code).toBe("BAD_SIGNATURE");

  const forged = await anonymous.post("/api/webhooks/twilio/status", {
    form: { MessageSid: "SM0000000000000000000000000000000", MessageStatus: "delivered" },
    headers: { "x-twilio-signature": "forged" },
  });
  expect(forged.status()).toBe(403);

  const unsubscribe = await anonymous.post("/api/unsubscribe/not-a-real-token", {
    data: "List-Unsubscribe=One-Click",
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });
  expect(unsubscribe.status()).toBe(400);
  for (const response of [twilio, forged, unsubscribe]) {
    const body = await response.text();
    for (const text of ACME_DATA) expect(body).not.toContain(text);
  }
});
