/**
 * Tenant, partner and role isolation over HTTP, table-driven from the code: every page,
 * route handler and server action that scripts/endpoints/collect.ts finds (the same list
 * as docs/endpoints.json) is called by every kind of visitor of tests/e2e/isolation/model.ts
 * — anonymous, each vendor role, each partner role, another partner, another tenant — and
 * what each must get is computed from the permission table:
 *
 *   pages    sign-in redirect / 403 / 404 with none of the other side's data; 200 for the rightful
 *   routes   401 / 403 / 404 with an error code; 200 for the rightful reader, 422 for the
 *            rightful writer of an empty upload (past the guard); the search routes, asked
 *            for the world's tag, answer each with only the people and partners they may find
 *   actions  UNAUTHENTICATED / FORBIDDEN / NOT_FOUND, and no row of the world changed;
 *            the ids of one tenant, partner or user tried by the others give NOT_FOUND;
 *            the rightful caller passes the guard (VALIDATION_FAILED on an oversized input)
 *
 * The data is the suite's own (tests/e2e/isolation/world.ts), so other journeys running
 * beside it cannot disturb the "no row changed" check. Request contexts only, one sign-in
 * per user: the whole matrix runs in well under a minute.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { PARTNER_ROLE_LIST, VENDOR_ROLE_LIST, partnerCan, vendorCan } from "../../lib/auth/permissions";
import { SERVER_ONLY_SHIM, TSX_CLI } from "../../scripts/db/tasks";
import { e2eConfig } from "../../scripts/db/e2e";
import {
  REPO_ROOT,
  collectEndpoints,
  type ActionEndpoint,
  type PageEndpoint,
  type RouteEndpoint,
} from "../../scripts/endpoints/collect";
import { apiAnonymous, apiLogin, baseUrl, expect, test } from "./helpers";
import { callAction, readActionManifest, type BuiltAction } from "./isolation/actions";
import { WorldFingerprint } from "./isolation/fingerprint";
import {
  PREVIEW_VENDOR_ROLE,
  REFUSAL_CODE,
  VISITORS,
  concreteUrl,
  outcomeFor,
  type Outcome,
  type VisitorKey,
  type World,
} from "./isolation/model";
import { oversized, routeQueries, samples, type Sample } from "./isolation/samples";

const ENDPOINTS = collectEndpoints();
const GUARDED_PAGES = ENDPOINTS.pages.filter((p) => p.audience !== "public");
const GUARDED_ROUTES = ENDPOINTS.routes.filter((r) => r.audience !== "public");
const GUARDED_ACTIONS = ENDPOINTS.actions.filter((a) => a.audience !== "public");

/** Markers of secrets that must never be in a response body. */
const SECRET_MARKERS = [/\$argon2/, /passwordHash/, /tokenHash/, /codeHash/];

let world: World;
const clients = new Map<VisitorKey, APIRequestContext>();
let built: Map<string, BuiltAction>;
let fingerprint: WorldFingerprint;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const db = e2eConfig();
  const script = path.join(REPO_ROOT, "tests", "e2e", "isolation", "world.ts");
  const { stdout } = await promisify(execFile)(process.execPath, [TSX_CLI, ...SERVER_ONLY_SHIM, script], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      DATABASE_APP_URL: db.appUrl,
      DATABASE_OWNER_URL: db.ownerUrl,
      APP_URL: baseUrl(),
      LOG_LEVEL: "warn",
    },
    maxBuffer: 10_000_000,
  });
  world = JSON.parse(stdout.trim().split("\n").at(-1)!) as World;
  clients.set("anonymous", await apiAnonymous());
  const signedIn = await Promise.all(
    Object.entries(world.logins).map(
      async ([visitor, login]) => [visitor as VisitorKey, await apiLogin(login.email, login.password)] as const,
    ),
  );
  for (const [visitor, client] of signedIn) clients.set(visitor, client);
  built = readActionManifest();
  await startPreview(clients.get("preview")!);
  fingerprint = new WorldFingerprint(world);
});

test.afterAll(async () => {
  await Promise.all([...clients.values()].map((client) => client.dispose()));
  await fingerprint?.close();
});

/**
 * The "preview" visitor (a channel manager of tenant A) opens P1's portal the way the
 * back office does it: the start action on the partner's page, which checks, audits and
 * sets the signed preview cookie this client then carries.
 */
async function startPreview(client: APIRequestContext) {
  const start = built.get("app/[tenant]/admin/partners/preview-actions.ts#startPreviewAction");
  if (!start) throw new Error("startPreviewAction is not in the build");
  const url = concreteUrl("/[tenant]/admin/partners/[partnerId]", world);
  const answer = await callAction(
    client,
    start,
    url,
    { tenant: world.tenant.slug, partnerId: world.partner.id },
    baseUrl(),
  );
  expect(answer.httpStatus, `starting the preview: ${answer.raw.slice(0, 300)}`).toBeLessThan(400);
  const portal = await client.get(`/${world.tenant.slug}/portal`, { maxRedirects: 0 });
  expect(portal.status(), "the previewing channel manager opens P1's portal").toBe(200);
  expect(await portal.text()).toContain(world.partner.name);
}

/** Every world e-mail but the visitor's own: none may show on a refused page. */
function strangersOf(visitor: VisitorKey): string[] {
  const own = world.logins[visitor as Exclude<VisitorKey, "anonymous">]?.email;
  return Object.entries(world.logins)
    .filter(([key, login]) => key !== visitor && login.email !== own)
    .map(([, login]) => login.email);
}

/** Text the visitor must (not) see on a page (or, without `mustShow`, a route) of this audience. */
function textsFor(entry: PageEndpoint | RouteEndpoint, visitor: VisitorKey, outcome: Outcome) {
  const mustShow: string[] = [];
  const mustNotShow: string[] = [];
  if (outcome === "allowed") {
    // Positive control: the workspace's shell names it (a route answers JSON of its own).
    if (entry.audience !== "user" && !("method" in entry)) mustShow.push(world.tenant.name);
    if (visitor === "otherPartner") mustNotShow.push(world.partner.name);
    // A preview shows the previewed partner (its banner names it), never another.
    if (visitor === "preview" && entry.audience === "partner") {
      if (!("method" in entry)) mustShow.push(world.partner.name);
      mustNotShow.push(world.otherPartner.name);
    }
    if (visitor === "otherTenant") mustNotShow.push(world.tenant.name, world.partner.name);
    // The vendor's internal notes never reach the portal; what is shared with P1 does.
    if (entry.audience === "partner") mustNotShow.push(world.activities.internalTitle);
    const ofP1 = visitor === "preview" || visitor.startsWith("partner:");
    if (ofP1 && "path" in entry && entry.path === "/[tenant]/portal/activities") mustShow.push(world.activities.sharedTitle);
  } else {
    mustNotShow.push(...strangersOf(visitor));
    // A preview is of P1: the portal's frame (its banner) names it even on a page refused to the preview.
    const previewingIt = visitor === "preview" && entry.audience === "partner";
    if (!visitor.startsWith("partner:") && !previewingIt) mustNotShow.push(world.partner.name);
    if (previewingIt) mustNotShow.push(world.otherPartner.name);
    if (visitor === "otherTenant" || visitor === "anonymous") mustNotShow.push(world.tenant.name);
  }
  return { mustShow, mustNotShow };
}

/**
 * Whom a visitor may find by searching: a vendor user anyone of their tenant, a partner
 * user people of their own partner only; another partner or tenant, nobody of the world.
 */
function unfindableBy(seen: VisitorKey): string[] {
  // The previewing visitor searches the back office as the channel manager it is.
  const visitor = seen === "preview" ? (`vendor:${PREVIEW_VENDOR_ROLE}` as const) : seen;
  const sameCircle = (other: string) =>
    visitor.startsWith("vendor:")
      ? other !== "otherTenant"
      : visitor.startsWith("partner:")
        ? other.startsWith("partner:")
        : false;
  const emails = Object.entries(world.logins)
    .filter(([key]) => key !== visitor && key !== seen && !sameCircle(key))
    .map(([, login]) => login.email);
  return [...emails, world.otherTenant.name];
}

/** …and, so that check is not vacuous, whom each must find: the partner (vendor side), their teammates. */
function findableBy(seen: Exclude<VisitorKey, "anonymous" | "otherTenant">): string[] {
  const visitor = seen === "preview" ? (`vendor:${PREVIEW_VENDOR_ROLE}` as const) : seen;
  if (visitor.startsWith("vendor:")) {
    return vendorCan(visitor.slice(7) as (typeof VENDOR_ROLE_LIST)[number], "partners.read")
      ? [world.partner.name]
      : [];
  }
  const role =
    visitor === "otherPartner" ? PARTNER_ROLE_LIST[0]! : (visitor.slice(8) as (typeof PARTNER_ROLE_LIST)[number]);
  if (!partnerCan(role, "partnerTeam.read") || visitor === "otherPartner") return [];
  return Object.entries(world.logins)
    .filter(([key]) => key.startsWith("partner:") && key !== visitor)
    .map(([, login]) => login.email);
}

async function expectBody(response: APIResponse, what: string, texts: { mustShow: string[]; mustNotShow: string[] }) {
  const body = await response.text();
  for (const text of texts.mustShow) expect.soft(body, `${what}: shows "${text}"`).toContain(text);
  for (const text of texts.mustNotShow) expect.soft(body, `${what}: must not reveal "${text}"`).not.toContain(text);
  for (const marker of SECRET_MARKERS) expect.soft(body, `${what}: carries no secret`).not.toMatch(marker);
}

const PAGE_STATUS: Record<Exclude<Outcome, "login">, number> = {
  allowed: 200,
  forbidden: 403,
  notFound: 404,
  readOnly: 403,
};

test("the matrix covers every entry point the code and the build have", () => {
  expect(GUARDED_PAGES.map((p) => p.path)).toEqual(
    expect.arrayContaining([
      "/[tenant]/admin",
      "/[tenant]/admin/partners/[partnerId]",
      "/[tenant]/portal",
      "/workspaces",
    ]),
  );
  expect(GUARDED_ROUTES.length).toBeGreaterThan(0);
  // Every action of the code is in the build and the reverse: a server action is a public
  // endpoint, so one the matrix does not know about must not exist.
  const inCode = ENDPOINTS.actions.map((a) => `${a.file}#${a.name}`).sort();
  expect([...built.keys()].sort()).toEqual(inCode);
  const table = samples(world);
  const missing = GUARDED_ACTIONS.filter((a) => !table[a.name]).map((a) => a.name);
  expect(missing, "give these actions an input in tests/e2e/isolation/samples.ts").toEqual([]);
  // Each kind of refusal occurs somewhere: the computed matrix is not vacuous.
  const outcomes = new Set(GUARDED_ACTIONS.flatMap((a) => VISITORS.map((v) => outcomeFor(a, v))));
  expect([...outcomes].sort()).toEqual(["allowed", "forbidden", "login", "notFound", "readOnly"]);
  // Every portal action is refused to a preview, and every portal read it may do is one of the preview's.
  for (const action of GUARDED_ACTIONS.filter((a) => a.audience === "partner")) {
    expect(outcomeFor(action, "preview"), action.name).toBe("readOnly");
  }
});

for (const entry of GUARDED_PAGES) {
  test(`page ${entry.path} (${entry.audience}, ${entry.permission})`, async () => {
    const url = concreteUrl(entry.path, world);
    await Promise.all(
      VISITORS.map(async (visitor) => {
        const outcome = outcomeFor(entry, visitor);
        const client = clients.get(visitor)!;
        const what = `${visitor} GET ${url}`;
        const response = await client.get(url, { maxRedirects: 0, headers: { accept: "text/html" } });
        if (outcome === "login") {
          expect.soft([303, 307, 308], `${what}: redirect (got ${response.status()})`).toContain(response.status());
          expect
            .soft(response.headers()["location"] ?? "", `${what}: to sign in`)
            .toMatch(/^(https?:\/\/[^/]+)?\/login\?callbackUrl=/);
          return;
        }
        expect.soft(response.status(), `${what}: status`).toBe(PAGE_STATUS[outcome]);
        await expectBody(response, what, textsFor(entry, visitor, outcome));
      }),
    );
  });
}

for (const entry of GUARDED_ROUTES) {
  test(`route ${entry.method} ${entry.path} (${entry.audience}, ${entry.permission})`, async () => {
    const query = routeQueries(world)[entry.path];
    const url = `${concreteUrl(entry.path, world)}${query ?? ""}`;
    await Promise.all(
      VISITORS.map(async (visitor) => {
        const outcome = outcomeFor(entry, visitor);
        const what = `${visitor} ${entry.method} ${url}`;
        // A write (an upload) is sent as the browser sends it, from the app's origin, with
        // nothing in it: the rightful caller gets past the guard to the input check
        // (VALIDATION_FAILED, or FILE_EMPTY where the route fixes the file's purpose itself).
        const write = entry.method !== "GET";
        const response = await clients.get(visitor)!.fetch(url, {
          method: entry.method,
          maxRedirects: 0,
          headers: { accept: "application/json", ...(write ? { origin: baseUrl() } : {}) },
        });
        const allowedStatus = write ? 422 : PAGE_STATUS.allowed;
        expect.soft(response.status(), `${what}: status`).toBe(outcome === "login" ? 401 : outcome === "allowed" ? allowedStatus : PAGE_STATUS[outcome]);
        if (write && outcome === "allowed") {
          expect.soft(((await response.json()) as { error?: { code?: string } }).error?.code, `${what}: past the guard`).toMatch(/^(VALIDATION_FAILED|FILE_EMPTY)$/);
        } else if (outcome !== "allowed") {
          const json = (await response.json()) as { error?: { code?: string } };
          expect.soft(json.error?.code, `${what}: error code`).toBe(REFUSAL_CODE[outcome]);
        }
        const texts = textsFor(entry, visitor, outcome);
        if (query && outcome === "allowed" && visitor !== "anonymous" && visitor !== "otherTenant") {
          texts.mustNotShow.push(...unfindableBy(visitor));
          texts.mustShow.push(...findableBy(visitor));
        }
        await expectBody(response, what, texts);
      }),
    );
  });
}

type Call = { visitor: VisitorKey; tenant: string; expected: string; why: string };

/** Everyone the action must turn away, with the answer each must get. */
function refusalsOf(entry: ActionEndpoint, { owner, strangers }: Sample): Call[] {
  const calls: Call[] = [];
  const a = world.tenant.slug;
  for (const visitor of VISITORS) {
    const outcome = outcomeFor(entry, visitor);
    if (outcome !== "allowed") {
      calls.push({ visitor, tenant: a, expected: REFUSAL_CODE[outcome], why: outcome });
    } else if (strangers) {
      calls.push({ visitor, tenant: a, expected: strangers, why: "someone else's object" });
    } else if (owner === "partner") {
      if (visitor === "otherPartner") calls.push({ visitor, tenant: a, expected: "NOT_FOUND", why: "P1's object" });
    } else if (owner && owner !== "tenant" && visitor !== owner) {
      calls.push({ visitor, tenant: a, expected: "NOT_FOUND", why: `someone else's (${owner}'s) object` });
    }
  }
  // The other tenant's admin, in its own back office, naming tenant A's objects (it holds
  // no portal seat anywhere, so partner-side objects are tried by the other partner above).
  if (owner && entry.audience === "vendor") {
    calls.push({
      visitor: "otherTenant",
      tenant: world.otherTenant.slug,
      expected: "NOT_FOUND",
      why: "tenant A's ids in tenant B",
    });
  }
  return calls;
}

/** The URL of a page that uses the action (in the action's own area), in the given tenant. */
function actionUrl(entry: ActionEndpoint, action: BuiltAction, tenantSlug: string): string {
  const area =
    entry.audience === "vendor" ? "/[tenant]/admin" : entry.audience === "partner" ? "/[tenant]/portal" : null;
  const page =
    action.pages.find((template) => area && template.startsWith(area)) ??
    action.pages.find((template) => !template.includes("[")) ??
    action.pages[0];
  if (!page) throw new Error(`${action.file}#${action.name} is used by no page`);
  return concreteUrl(page, world, tenantSlug);
}

for (const entry of GUARDED_ACTIONS) {
  test(`action ${entry.name} (${entry.audience}, ${entry.permission})`, async () => {
    const sample = samples(world)[entry.name];
    expect(sample, `give ${entry.name} an input in tests/e2e/isolation/samples.ts`).toBeTruthy();
    const action = built.get(`${entry.file}#${entry.name}`)!;
    const origin = baseUrl();
    const withTenant = (tenant: string, input: Record<string, unknown>) =>
      entry.audience === "vendor" || entry.audience === "partner" ? { tenant, ...input } : input;

    const calls = refusalsOf(entry, sample!);
    expect(calls.length, "someone must be turned away").toBeGreaterThan(0);
    const before = await fingerprint.take();
    const answers = await Promise.all(
      calls.map((call) =>
        callAction(
          clients.get(call.visitor)!,
          action,
          actionUrl(entry, action, call.tenant),
          withTenant(call.tenant, sample!.input),
          origin,
        ),
      ),
    );
    answers.forEach((answer, index) => {
      const call = calls[index]!;
      const what = `${call.visitor} (${call.why}) → ${entry.name}`;
      expect.soft(answer.httpStatus, `${what}: HTTP status`).toBe(200);
      expect
        .soft({ status: answer.status, code: answer.code }, `${what}: answer`)
        .toEqual({ status: "error", code: call.expected });
      for (const marker of SECRET_MARKERS) expect.soft(answer.raw, `${what}: carries no secret`).not.toMatch(marker);
    });
    expect(await fingerprint.take(), `no row of the world changed after ${calls.length} refused calls`).toEqual(before);

    // Positive control: a rightful caller gets past the guard to the input check (an
    // oversized input changes nothing). Actions without input are not run for real.
    if (Object.keys(sample!.input).length > 0) {
      const owner =
        sample!.owner === "partner"
          ? (`partner:${PARTNER_ROLE_LIST[0]!}` as const)
          : sample!.owner && sample!.owner !== "tenant"
            ? sample!.owner
            : undefined;
      const rightful = owner ?? VISITORS.find((visitor) => outcomeFor(entry, visitor) === "allowed")!;
      const tenant = world.tenant.slug;
      const answer = await callAction(
        clients.get(rightful)!,
        action,
        actionUrl(entry, action, tenant),
        withTenant(tenant, oversized(sample!.input)),
        origin,
      );
      expect(
        answer.code,
        `${rightful} → ${entry.name} with an oversized input: ${answer.httpStatus} ${answer.raw.slice(0, 300)}`,
      ).toBe("VALIDATION_FAILED");
    }
  });
}

test("ids of tenant A are unknown elsewhere, and a slug nobody holds looks like one you have no seat in", async () => {
  const otherTenant = clients.get("otherTenant")!;
  const foreign = await otherTenant.get(`/${world.otherTenant.slug}/admin/partners/${world.partner.id}`, {
    maxRedirects: 0,
  });
  expect(foreign.status()).toBe(404);
  expect(await foreign.text()).not.toContain(world.partner.name);

  const otherPartner = clients.get("otherPartner")!;
  const portal = await otherPartner.get(`/${world.tenant.slug}/portal`, { maxRedirects: 0 });
  expect(portal.status()).toBe(200);
  expect(await portal.text()).toContain(world.otherPartner.name);

  const unknown = await otherTenant.get("/no-such-tenant/admin", { maxRedirects: 0 });
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

  const health = await anonymous.get("/api/health");
  expect(health.status()).toBe(200);
  for (const response of [twilio, forged, unsubscribe, health]) {
    const body = await response.text();
    for (const text of [world.tenant.name, world.partner.name]) expect(body).not.toContain(text);
  }
});
