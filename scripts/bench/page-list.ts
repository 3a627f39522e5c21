/**
 * The pages the benches measure — every page type people see — signed in as the demo
 * users who open them (the platform's pages and every module's list pages). `goal` marks the signed-in ones, which the request budget is judged
 * on (docs/architecture.md, "Performance").
 */
import type { AppServer } from "./app-server";

export type BenchPage = {
  name: string;
  path: string;
  cookie?: string;
  /** Text the rendered page must contain (a redirect or an error page would not). */
  marker?: string;
  goal?: boolean;
};

type Spec = Omit<BenchPage, "cookie" | "goal"> & { as?: "vendor" | "partner" | "manager" };

const SPECS: Spec[] = [
  { name: "/api/health (floor)", path: "/api/health", marker: "ok" },
  { name: "landing", path: "/", marker: "<main" },
  { name: "login", path: "/login", marker: "<form" },
  { name: "sign-up", path: "/signup", marker: "<form" },
  { name: "apply", path: "/acme/apply", marker: "<form" },
  { name: "admin dashboard", path: "/acme/admin", as: "vendor", marker: "<main" },
  { name: "admin partners", path: "/acme/admin/partners", as: "vendor", marker: "Northwind" },
  { name: "admin partner detail", path: "/acme/admin/partners/:partner", as: "vendor", marker: "<main" },
  {
    name: "admin partner timeline",
    path: "/acme/admin/partners/:partner?tab=timeline",
    as: "vendor",
    marker: "<main",
  },
  { name: "admin accounts", path: "/acme/admin/accounts", as: "vendor", marker: "<main" },
  { name: "admin account detail", path: "/acme/admin/accounts/:account", as: "vendor", marker: "<main" },
  { name: "admin territories", path: "/acme/admin/territories", as: "vendor", marker: "<main" },
  { name: "admin conflicts", path: "/acme/admin/conflicts", as: "vendor", marker: "<main" },
  { name: "admin applications", path: "/acme/admin/applications", as: "vendor", marker: "<main" },
  { name: "admin tasks", path: "/acme/admin/tasks", as: "vendor", marker: "<main" },
  { name: "admin users", path: "/acme/admin/users", as: "vendor", marker: "<main" },
  { name: "admin audit", path: "/acme/admin/audit", as: "vendor", marker: "<main" },
  { name: "admin deliveries", path: "/acme/admin/deliveries", as: "vendor", marker: "<main" },
  { name: "admin settings", path: "/acme/admin/settings", as: "vendor", marker: "<form" },
  { name: "admin notifications", path: "/acme/admin/notifications", as: "vendor", marker: "<main" },
  { name: "admin profile", path: "/acme/admin/profile", as: "vendor", marker: "<form" },
  { name: "admin alert settings", path: "/acme/admin/profile/notifications", as: "vendor", marker: "<main" },
  { name: "admin catalog", path: "/acme/admin/catalog", as: "vendor", marker: "<main" },
  { name: "admin price lists", path: "/acme/admin/price-lists", as: "vendor", marker: "<main" },
  { name: "admin programs", path: "/acme/admin/programs", as: "vendor", marker: "<main" },
  { name: "admin deals", path: "/acme/admin/deals", as: "vendor", marker: "<main" },
  { name: "admin leads", path: "/acme/admin/leads", as: "vendor", marker: "<main" },
  { name: "admin orders", path: "/acme/admin/orders", as: "vendor", marker: "<main" },
  { name: "admin invoices", path: "/acme/admin/invoices", as: "vendor", marker: "<main" },
  { name: "admin coop", path: "/acme/admin/coop", as: "vendor", marker: "<main" },
  { name: "admin warranties", path: "/acme/admin/warranties", as: "vendor", marker: "<main" },
  { name: "admin forecasts", path: "/acme/admin/forecasts", as: "vendor", marker: "<main" },
  { name: "portal home", path: "/acme/portal", as: "partner", marker: "Northwind" },
  { name: "portal team", path: "/acme/portal/team", as: "partner", marker: "<main" },
  { name: "portal company", path: "/acme/portal/company", as: "partner", marker: "<main" },
  { name: "portal accounts", path: "/acme/portal/accounts", as: "partner", marker: "<main" },
  { name: "portal activities", path: "/acme/portal/activities", as: "partner", marker: "<main" },
  { name: "portal tasks", path: "/acme/portal/tasks", as: "partner", marker: "<main" },
  { name: "portal notifications", path: "/acme/portal/notifications", as: "partner", marker: "<main" },
  { name: "portal profile", path: "/acme/portal/profile", as: "partner", marker: "<form" },
  { name: "portal alert settings", path: "/acme/portal/profile/notifications", as: "partner", marker: "<main" },
  { name: "portal catalog", path: "/acme/portal/catalog", as: "partner", marker: "<main" },
  { name: "portal price list", path: "/acme/portal/price-list", as: "partner", marker: "<main" },
  { name: "portal program", path: "/acme/portal/program", as: "partner", marker: "<main" },
  { name: "portal deals", path: "/acme/portal/deals", as: "partner", marker: "<main" },
  { name: "portal leads", path: "/acme/portal/leads", as: "partner", marker: "<main" },
  { name: "portal orders", path: "/acme/portal/orders", as: "partner", marker: "<main" },
  { name: "portal invoices", path: "/acme/portal/invoices", as: "partner", marker: "<main" },
  { name: "portal coop", path: "/acme/portal/coop", as: "partner", marker: "<main" },
  { name: "portal warranties", path: "/acme/portal/warranties", as: "partner", marker: "<main" },
  { name: "portal forecast", path: "/acme/portal/forecast", as: "partner", marker: "<main" },
  { name: "workspaces", path: "/workspaces", as: "manager", marker: "<main" },
];

const USERS = { vendor: "admin@acme.test", partner: "admin@northwind.test", manager: "manager@acme.test" } as const;

/** The pages with the cookies of their users; `only` picks pages whose name contains one of the words. */
export async function benchPages(server: AppServer, only?: string[]): Promise<BenchPage[]> {
  const picked = SPECS.filter((spec) => !only?.length || only.some((word) => spec.name.includes(word)));
  const cookies = new Map<string, string>();
  const cookieFor = async (as: keyof typeof USERS) => {
    if (!cookies.has(as)) cookies.set(as, await server.signIn(USERS[as]));
    return cookies.get(as)!;
  };
  const pages: BenchPage[] = [];
  for (const { as, ...page } of picked) {
    const cookie = as ? await cookieFor(as) : undefined;
    let path = page.path;
    if (path.includes(":partner")) path = path.replace(":partner", await firstId(server, cookie!, "partners", "ptn"));
    if (path.includes(":account")) path = path.replace(":account", await firstId(server, cookie!, "accounts", "acc"));
    // Every signed-in page is judged on the request budget; public ones are shown for comparison.
    pages.push({ ...page, path, goal: Boolean(as), ...(cookie ? { cookie } : {}) });
  }
  return pages;
}

/** The id of the first record a back-office list links to (`/acme/admin/partners` → ptn_…). */
async function firstId(server: AppServer, cookie: string, list: string, prefix: string): Promise<string> {
  const html = await (
    await fetch(`${server.origin}/acme/admin/${list}`, { headers: { cookie, accept: "text/html" } })
  ).text();
  const id = new RegExp(`/acme/admin/${list}/(${prefix}_[0-9a-z]+)`).exec(html)?.[1];
  if (!id) throw new Error(`no ${prefix}_ link on /acme/admin/${list}`);
  return id;
}
