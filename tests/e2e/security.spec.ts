/**
 * The security baseline as a browser sees it: response headers (CSP with a per-request
 * nonce, HSTS, nosniff, referrer policy, framing), the session cookie's flags, refusal of
 * cross-site POSTs, and a generic error page that carries a reference instead of details.
 */
import type { APIResponse } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, apiAnonymous, apiLogin, baseUrl, expect, login, test } from "./helpers";

function cspOf(response: APIResponse): Map<string, string> {
  const header = response.headers()["content-security-policy"] ?? "";
  return new Map(
    header
      .split(";")
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name, ...values] = part.split(/\s+/);
        return [name!, values.join(" ")] as [string, string];
      }),
  );
}

function expectBaselineHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  const csp = cspOf(response);
  expect(csp.get("script-src"), `${what}: script-src`).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
  expect(csp.get("script-src"), `${what}: script-src`).toContain("'strict-dynamic'");
  expect(csp.get("script-src"), `${what}: no unsafe-inline scripts`).not.toContain("unsafe-inline");
  expect(csp.get("script-src"), `${what}: no eval in production`).not.toContain("unsafe-eval");
  expect(csp.get("object-src"), `${what}: object-src`).toBe("'none'");
  expect(csp.get("base-uri"), `${what}: base-uri`).toBe("'none'");
  expect(csp.get("frame-ancestors"), `${what}: frame-ancestors`).toBe("'none'");
  expect(csp.get("default-src"), `${what}: default-src`).toBe("'self'");
  expect(headers["strict-transport-security"], `${what}: HSTS`).toMatch(/max-age=\d{8,}/);
  expect(headers["x-content-type-options"], `${what}: nosniff`).toBe("nosniff");
  expect(headers["referrer-policy"], `${what}: referrer policy`).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"], `${what}: framing`).toBe("DENY");
  expect(headers["x-request-id"], `${what}: request id`).toMatch(/^req_[0-9a-f]{32}$/);
  expect(headers["x-powered-by"], `${what}: no framework banner`).toBeUndefined();
}

test("every kind of response carries the security headers, with a fresh CSP nonce each time", async () => {
  const anonymous = await apiAnonymous();
  const admin = await apiLogin(DEMO.acmeAdmin);
  try {
    const cases: [string, APIResponse][] = [
      ["landing page", await anonymous.get("/")],
      ["login page", await anonymous.get("/login")],
      ["back office", await admin.get("/acme/admin")],
      ["403 page", await admin.get("/acme/portal")],
      ["404 page", await admin.get("/globex/admin")],
      ["route handler", await anonymous.get("/api/health")],
    ];
    expect(cases.map(([, r]) => r.status())).toEqual([200, 200, 200, 403, 404, 200]);
    for (const [what, response] of cases) expectBaselineHeaders(response, what);

    // The nonce is new on every response, and the page's own scripts carry it.
    const first = await anonymous.get("/login");
    const second = await anonymous.get("/login");
    const nonceOf = (r: APIResponse) => /'nonce-([^']+)'/.exec(r.headers()["content-security-policy"] ?? "")?.[1];
    expect(nonceOf(first)).toBeTruthy();
    expect(nonceOf(first)).not.toBe(nonceOf(second));
    const html = await first.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, "every <script> carries the nonce").toContain(`nonce="${nonceOf(first)}"`);
  } finally {
    await anonymous.dispose();
    await admin.dispose();
  }
});

test("the session cookie is __Host-canal.session: host-only, HttpOnly, Secure, SameSite=Lax", async ({ page }) => {
  await login(page, DEMO.acmeAdmin, DEMO_PASSWORD, "/acme/admin");
  const cookies = await page.context().cookies();
  const session = cookies.find((cookie) => cookie.name === "__Host-canal.session");
  expect(session, "session cookie").toBeDefined();
  expect(session!.httpOnly).toBe(true);
  expect(session!.secure).toBe(true);
  expect(session!.sameSite).toBe("Lax");
  expect(session!.path).toBe("/");
  expect(session!.domain).toBe("localhost"); // no Domain attribute: host-only
  // Scripts cannot read it.
  expect(await page.evaluate(() => document.cookie)).not.toContain("canal.session");
  // No other cookie carries the session under a different name.
  expect(cookies.filter((c) => /session/i.test(c.name)).map((c) => c.name)).toEqual(["__Host-canal.session"]);
});

test("cross-site POSTs to pages, server actions and the sign-in endpoint are refused with 403", async () => {
  const admin = await apiLogin(DEMO.acmeAdmin);
  const anonymous = await apiAnonymous();
  const evil = "https://evil.example";
  try {
    const attempts: [string, Promise<APIResponse>][] = [
      [
        "server action on a back-office page, foreign Origin",
        admin.post("/acme/admin/users", {
          headers: { origin: evil, "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" },
          data: "[]",
        }),
      ],
      [
        "form POST to a page, foreign Origin",
        admin.post("/acme/admin/settings", { headers: { origin: evil }, form: { tenant: "acme", name: "Pwned" } }),
      ],
      [
        "server action, no Origin but Sec-Fetch-Site: cross-site",
        admin.post("/acme/admin/users", {
          headers: { "sec-fetch-site": "cross-site", "next-action": "0".repeat(42) },
          data: "[]",
        }),
      ],
      [
        "server action with neither Origin nor Sec-Fetch-Site",
        admin.post("/acme/admin/users", { headers: { "next-action": "0".repeat(42) }, data: "[]" }),
      ],
      [
        "login CSRF: credentials callback from a foreign Origin",
        anonymous.post("/api/auth/callback/credentials", {
          headers: { origin: evil },
          form: { email: DEMO.acmeAdmin, password: DEMO_PASSWORD, csrfToken: "x" },
        }),
      ],
      [
        "public sign-up page, foreign Origin",
        anonymous.post("/signup", { headers: { origin: evil, "next-action": "0".repeat(42) }, data: "[]" }),
      ],
    ];
    for (const [what, pending] of attempts) {
      const response = await pending;
      expect(response.status(), what).toBe(403);
      const body = (await response.json()) as { error?: { code?: string; requestId?: string } };
      expect(body.error?.code, what).toBe("BAD_ORIGIN");
      expect(body.error?.requestId, what).toMatch(/^req_/);
    }

    // Same request from our own origin is not refused by the origin check (positive control).
    const sameOrigin = await anonymous.post("/api/auth/callback/credentials", {
      headers: { origin: baseUrl() },
      form: { email: DEMO.acmeAdmin, password: "wrong-password", csrfToken: "x", json: "true" },
      maxRedirects: 0,
    });
    expect(sameOrigin.status()).not.toBe(403);
  } finally {
    await admin.dispose();
    await anonymous.dispose();
  }
});

// /dev/error fails on purpose (a development tool, off in production).
const UNEXPECTED_ERROR_PATH = "/dev/error";

test("an unexpected error shows a generic page with a reference, and no internals", async ({ page }) => {
  const response = await page.goto(UNEXPECTED_ERROR_PATH);
  expect(response?.status()).toBe(500);
  const reference = page.getByText(/Reference/);
  await expect(reference.first()).toBeVisible();
  const html = await response!.text();
  for (const leak of ["Deliberate failure", "at async", ".next/server"]) {
    expect(html, `the error page must not reveal "${leak}"`).not.toContain(leak);
  }
});

test("a NUL byte in the partner search is bad input, not a server error", async () => {
  const admin = await apiLogin(DEMO.acmeAdmin);
  try {
    const response = await admin.get("/acme/admin/partners?q=%00");
    expect(response.status()).toBe(200);
  } finally {
    await admin.dispose();
  }
});

test("malformed server-action bodies answer 400, never 500, and change nothing", async () => {
  const admin = await apiLogin(DEMO.acmeAdmin);
  try {
    // The settings form's action id, as the page itself carries it for posts without JavaScript.
    const html = (await (await admin.get("/acme/admin/settings")).text()).replaceAll("&quot;", '"');
    const actionId = /"id":"([0-9a-f]{40,})"/.exec(html)?.[1];
    expect(actionId, "an action id in the settings page").toBeTruthy();
    const origin = baseUrl();
    const call = (body: string, contentType = "text/plain;charset=UTF-8") =>
      admin.post("/acme/admin/settings", {
        headers: { origin, "next-action": actionId!, "content-type": contentType, accept: "text/x-component" },
        data: body,
      });

    // Well-formed but invalid input: the action answers with its form state, and nothing is saved.
    const valid = await call('["$undefined",{"tenant":"acme","name":""}]');
    expect(valid.status()).toBe(200);
    expect(await valid.text()).toContain("VALIDATION_FAILED");

    const malformed: [string, string, string?][] = [
      ["not JSON", "{{{garbage"],
      ["not an argument list", '"abc"'],
      ["input that is not an object", '["$undefined","abc"]'],
      ["a reference to a missing part", '["$undefined",{"tenant":"acme","name":"$@9"}]'],
      ["a broken multipart body", "--XX\r\ngarbage", "multipart/form-data; boundary=XX"],
    ];
    for (const [what, body, type] of malformed) {
      const response = await call(body, type);
      expect(response.status(), what).toBe(400);
      expect((await response.json()).error.code, what).toBe("BAD_REQUEST");
    }

    // A form posted without JavaScript whose bound-action field is not JSON.
    const noScript = await admin.post("/acme/admin/settings", {
      headers: { origin },
      multipart: { $ACTION_REF_1: "", "$ACTION_1:0": "{nope", tenant: "acme", name: "Hacked" },
    });
    expect(noScript.status()).toBe(400);

    const settings = await (await admin.get("/acme/admin/settings")).text();
    expect(settings).toContain('value="Acme Industrial"');
  } finally {
    await admin.dispose();
  }
});
