/**
 * Every page of the app, found from `app/**\/page.tsx` (no list to keep up to date), with
 * the audience its wrapper declares and a concrete URL, for the sweeps that visit them all
 * (widths, hydration, accessibility). A new page is covered as soon as it exists; a new
 * dynamic segment needs a value in `concreteUrl`.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Cookie } from "@playwright/test";
import { DEMO, baseUrl, personOptions, signInFast } from "./helpers";

const APP_DIR = fileURLToPath(new URL("../../app", import.meta.url));

export type Audience = "vendor" | "partner" | "user" | "public";
export type AppPage = { template: string; audience: Audience };

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return walk(full);
    return entry.name === "page.tsx" ? [full] : [];
  });
}

function template(file: string): string {
  const segments = path
    .relative(APP_DIR, path.dirname(file))
    .split(path.sep)
    .filter((segment) => segment && !/^\(.*\)$/.test(segment));
  return `/${segments.join("/")}`;
}

function audienceOf(file: string): Audience {
  const wrapper = /export default (vendorPage|partnerPage|userPage|publicPage)\b/.exec(readFileSync(file, "utf8"))?.[1];
  if (!wrapper) throw new Error(`${file}: no audience wrapper`);
  return wrapper === "vendorPage"
    ? "vendor"
    : wrapper === "partnerPage"
      ? "partner"
      : wrapper === "userPage"
        ? "user"
        : "public";
}

export const APP_PAGES: AppPage[] = walk(APP_DIR)
  .map((file) => ({ template: template(file), audience: audienceOf(file) }))
  .sort((a, b) => a.template.localeCompare(b.template));

/** Who visits each audience's pages: the demo user who may open all of them. */
export const VISITOR: Record<Audience, string | null> = {
  vendor: DEMO.acmeAdmin,
  partner: DEMO.northwindAdmin,
  user: DEMO.acmeManager,
  public: null,
};

/** A signed-in (or anonymous) browser context for one audience, optionally in Spanish. */
export async function audienceContext(
  browser: Browser,
  audience: Audience,
  locale: "en" | "es" = "en",
): Promise<BrowserContext> {
  const context = await browser.newContext(personOptions({ locale: locale === "es" ? "es-ES" : "en-US" }));
  await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseUrl() }]);
  const email = VISITOR[audience];
  if (!email) return context;
  const known = sessions.get(email);
  if (known) {
    await context.addCookies(known);
    return context;
  }
  const page = await context.newPage();
  await signInFast(page, email);
  await page.close();
  sessions.set(email, (await context.cookies()).filter((cookie) => cookie.name === SESSION_COOKIE));
  return context;
}

const SESSION_COOKIE = "__Host-canal.session";
/**
 * Each visitor signs in once per worker and later contexts reuse the session cookie: the
 * sweep opens a context per page, and a sign-in (password hashing) costs seconds on a
 * busy machine.
 */
const sessions = new Map<string, Cookie[]>();

let northwindId: string | undefined;

type Link = { href: string; text: string };

/**
 * The links of a page as the server renders it for the context's visitor (its cookies and
 * client address), in document order, each with its text: an HTTP request, not a browser
 * page — the sweeps only need an id from a list, and a browser visit (scripts, hydration)
 * cost seconds per list on a busy machine.
 */
async function linksOf(context: BrowserContext, path: string): Promise<Link[]> {
  const response = await context.request.get(`${baseUrl()}${path}`);
  if (!response.ok()) throw new Error(`${path} answered ${response.status()}`);
  const html = await response.text();
  const links: Link[] = [];
  for (const match of html.matchAll(/<a\b[^>]*?\shref="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)) {
    const text = match[2]!
      .replace(/<[^>]*>/g, " ")
      .replace(/&amp;/g, "&")
      .replace(/\s+/g, " ")
      .trim();
    links.push({ href: match[1]!.replace(/&amp;/g, "&"), text });
  }
  return links;
}

/** The href of the first link on the page whose text contains `name`. */
async function linkNamed(context: BrowserContext, path: string, name: string): Promise<string | undefined> {
  return (await linksOf(context, path)).find((link) => link.text.includes(name))?.href;
}

/** Northwind's partner id, read from the back office as Acme's admin sees it. */
async function partnerId(context: BrowserContext): Promise<string> {
  if (northwindId) return northwindId;
  const href = await linkNamed(context, "/acme/admin/partners?q=Northwind", "Northwind Distribution");
  northwindId = /\/partners\/(ptn_[a-z0-9]+)$/.exec(href ?? "")?.[1];
  if (!northwindId) throw new Error("Northwind's partner id not found");
  return northwindId;
}

let resellerId: string | undefined;

/** The Reseller program's id (demo data), read from the back office as Acme's admin sees it. */
async function programId(context: BrowserContext): Promise<string> {
  if (resellerId) return resellerId;
  const href = await linkNamed(context, "/acme/admin/programs?q=Reseller", "Reseller");
  resellerId = /\/programs\/(prg_[a-z0-9]+)$/.exec(href ?? "")?.[1];
  if (!resellerId) throw new Error("The Reseller program's id not found");
  return resellerId;
}

let demoApplicationId: string | undefined;

/** A pending demo application of Acme's, read from its queue. */
async function applicationId(context: BrowserContext): Promise<string> {
  if (demoApplicationId) return demoApplicationId;
  const href = (await linksOf(context, "/acme/admin/applications?status=PENDING")).find((link) =>
    link.href.includes("/applications/apl_"),
  )?.href;
  demoApplicationId = /\/applications\/(apl_[a-z0-9]+)$/.exec(href ?? "")?.[1];
  if (!demoApplicationId) throw new Error("no demo application found in Acme's queue");
  return demoApplicationId;
}

const accountIds = new Map<string, string>();

/** Northwind's demo account "Pacific Grocers Inc.", from the list the visitor sees (back office or portal). */
async function accountId(context: BrowserContext, area: "admin" | "portal"): Promise<string> {
  const known = accountIds.get(area);
  if (known) return known;
  const href = await linkNamed(context, `/acme/${area}/accounts?q=Pacific`, "Pacific Grocers Inc.");
  const id = /\/accounts\/(acc_[a-z0-9]+)$/.exec(href ?? "")?.[1];
  if (!id) throw new Error("Pacific Grocers' account id not found");
  accountIds.set(area, id);
  return id;
}

const dealIds = new Map<string, string>();

/**
 * A demo deal object as the visitor sees it (back office or portal), by the list's link:
 * Northwind's registration of the brewery Lumen also claims (pending, with evidence) and
 * its approved deal with Pacific Grocers.
 */
async function dealId(
  context: BrowserContext,
  area: "admin" | "portal",
  kind: "registrations" | "opportunities",
): Promise<string> {
  const key = `${area}:${kind}`;
  const known = dealIds.get(key);
  if (known) return known;
  const list =
    kind === "registrations"
      ? `deals?q=${encodeURIComponent("Cerveceria del Norte SA")}`
      : "deals/opportunities?q=Pacific";
  const prefix = `/deals/${kind}/${kind === "registrations" ? "reg" : "opp"}_`;
  const href = (await linksOf(context, `/acme/${area}/${list}`)).find((link) => link.href.includes(prefix))?.href;
  const id = new RegExp(`/deals/${kind}/((?:reg|opp)_[a-z0-9]+)$`).exec(href ?? "")?.[1];
  if (!id) throw new Error(`no demo ${kind} found in ${area}`);
  dealIds.set(key, id);
  return id;
}

const demoIds = new Map<string, string>();

/**
 * The id in the first link matching `pattern` on a page the visitor opens (a demo product,
 * price list or version), remembered per page.
 */
async function idFrom(context: BrowserContext, path: string, pattern: RegExp): Promise<string> {
  const key = `${path} ${pattern}`;
  const known = demoIds.get(key);
  if (known) return known;
  const hrefs = (await linksOf(context, path)).map((link) => link.href);
  const id = hrefs.map((href) => pattern.exec(href)?.[1]).find(Boolean);
  if (!id) throw new Error(`no link matching ${pattern} on ${path}`);
  demoIds.set(key, id);
  return id;
}

/** The URL to visit for a page template, as seen by its audience's visitor. */
export async function concreteUrl(entry: AppPage, context: BrowserContext): Promise<string> {
  let url = entry.template.replaceAll("[tenant]", "acme").replaceAll("[token]", "not-a-real-token");
  if (url.includes("[partnerId]")) url = url.replaceAll("[partnerId]", await partnerId(context));
  if (url.includes("[programId]")) url = url.replaceAll("[programId]", await programId(context));
  if (url.includes("[applicationId]")) url = url.replaceAll("[applicationId]", await applicationId(context));
  if (url.includes("[accountId]")) {
    url = url.replaceAll("[accountId]", await accountId(context, url.includes("/portal/") ? "portal" : "admin"));
  }
  const area = url.includes("/portal/") ? "portal" : "admin";
  if (url.includes("[registrationId]"))
    url = url.replaceAll("[registrationId]", await dealId(context, area, "registrations"));
  if (url.includes("[opportunityId]"))
    url = url.replaceAll("[opportunityId]", await dealId(context, area, "opportunities"));
  if (url.includes("[leadId]"))
    url = url.replaceAll(
      "[leadId]",
      await idFrom(context, `/acme/${area}/leads?q=Harbor`, /\/leads\/(lea_[a-z0-9]+)$/),
    );
  if (url.includes("[productId]")) {
    // the demo's Edge router 500, active (a partner sees it too); the modular chassis router
    // for the configurator and the back office's product page (its configuration section)
    const area = url.includes("/portal/") ? "portal" : "admin";
    const sku = area === "admin" || url.endsWith("/configure") ? "RTR-MOD" : "RTR-500";
    url = url.replaceAll(
      "[productId]",
      await idFrom(context, `/acme/${area}/catalog?q=${sku}`, /\/catalog\/(prd_[a-z0-9]+)$/),
    );
  }
  if (url.includes("[configurationId]")) {
    // Northwind's saved configuration of the demo router
    url = url.replaceAll(
      "[configurationId]",
      await idFrom(context, "/acme/portal/configurations", /\/configurations\/(scf_[a-z0-9]+)$/),
    );
  }
  if (url.includes("[orderId]")) {
    // the newest order on the list (the demo has orders in every state on both sides)
    url = url.replaceAll("[orderId]", await idFrom(context, `/acme/${area}/orders`, /\/orders\/(ord_[a-z0-9]+)$/));
  }
  if (url.includes("[invoiceId]")) {
    // the newest invoice on the list (the demo's shipments are invoiced; Northwind's are in the portal)
    url = url.replaceAll(
      "[invoiceId]",
      await idFrom(context, `/acme/${area}/invoices`, /\/invoices\/(inv_[a-z0-9]+)$/),
    );
  }
  if (url.includes("[claimId]")) {
    // the newest warranty claim on the list (the demo has claims in every state)
    const list = area === "admin" ? "/acme/admin/warranties" : "/acme/portal/warranties/claims";
    url = url.replaceAll("[claimId]", await idFrom(context, list, /\/claims\/(wcl_[a-z0-9]+)$/));
  }
  if (url.includes("[unitId]")) {
    // the portal lists a partner's units on its warranties page (no units index of its own)
    const list = area === "admin" ? "/acme/admin/warranties/units" : "/acme/portal/warranties";
    url = url.replaceAll("[unitId]", await idFrom(context, list, /\/units\/(wun_[a-z0-9]+)$/));
  }
  if (url.includes("[policyId]")) {
    url = url.replaceAll(
      "[policyId]",
      await idFrom(context, "/acme/admin/warranties/policies", /\/policies\/(wpo_[a-z0-9]+)$/),
    );
  }
  // co-op: Northwind's demo funds, requests and claims (the portal's own lists; the back office's queues)
  if (url.includes("[coopClaimId]")) {
    const list = area === "admin" ? "/acme/admin/coop" : "/acme/portal/coop/claims";
    url = url.replaceAll("[coopClaimId]", await idFrom(context, list, /\/coop\/claims\/(ccl_[a-z0-9]+)$/));
  }
  if (url.includes("[coopRequestId]")) {
    url = url.replaceAll("[coopRequestId]", await idFrom(context, `/acme/${area}/coop/requests`, /\/coop\/requests\/(crq_[a-z0-9]+)$/));
  }
  if (url.includes("[coopFundId]")) {
    const list = area === "admin" ? "/acme/admin/coop/funds" : "/acme/portal/coop";
    url = url.replaceAll("[coopFundId]", await idFrom(context, list, /\/coop\/funds\/(cfd_[a-z0-9]+)$/));
  }
  if (url.includes("[coopProgramId]")) url = url.replaceAll("[coopProgramId]", await idFrom(context, "/acme/admin/coop/programs", /\/coop\/programs\/(cop_[a-z0-9]+)$/));
  if (url.includes("[listId]")) {
    url = url.replaceAll(
      "[listId]",
      await idFrom(context, "/acme/admin/price-lists?q=Northwind", /\/price-lists\/(prl_[a-z0-9]+)$/),
    );
  }
  if (url.includes("[versionId]")) {
    const list = url.slice(0, url.indexOf("/versions/")).replace(baseUrl(), "");
    url = url.replaceAll("[versionId]", await idFrom(context, list, /\/versions\/(plv_[a-z0-9]+)$/));
  }
  if (url.includes("[")) throw new Error(`${entry.template}: give this dynamic segment a value in tests/e2e/pages.ts`);
  return url;
}
