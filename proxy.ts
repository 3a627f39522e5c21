import { NextResponse, type NextRequest } from "next/server";
import { decodeSessionToken } from "@/lib/auth/jwt";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";
import { authSecret, env } from "@/lib/env";
import { isMalformedActionRequest } from "@/lib/http/action-body";
import { isSameOriginRequest } from "@/lib/http/origin";

/**
 * Runs before every request. It is a first filter, never the only check (the audience
 * wrappers authorise again in the data layer): request id, CSP nonce, refusal of
 * cross-site POSTs and of server-action bodies Next could not decode (400, not its 500),
 * and a quick login redirect for signed-out visitors of tenant areas.
 */
const CROSS_SITE_EXEMPT = [/^\/api\/v1\//, /^\/api\/webhooks\//, /^\/api\/unsubscribe\//];
const PROTECTED = /^\/[^/]+\/(admin|portal)(\/|$)/;

function contentSecurityPolicy(nonce: string): string {
  const dev = env().NODE_ENV === "development";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export default async function proxy(req: NextRequest) {
  const requestId = `req_${crypto.randomUUID().replaceAll("-", "")}`;
  const method = req.method.toUpperCase();
  const { pathname, search } = req.nextUrl;

  const unsafeMethod = !["GET", "HEAD", "OPTIONS"].includes(method);
  if (unsafeMethod && !CROSS_SITE_EXEMPT.some((re) => re.test(pathname)) && !isSameOriginRequest((n) => req.headers.get(n))) {
    return NextResponse.json(
      { error: { code: "BAD_ORIGIN", message: "Cross-site request refused.", requestId } },
      { status: 403, headers: { "x-request-id": requestId } },
    );
  }

  if (method === "POST" && !pathname.startsWith("/api/") && (await isMalformedActionRequest(req))) {
    return NextResponse.json(
      { error: { code: "BAD_REQUEST", message: "The request body could not be read.", requestId } },
      { status: 400, headers: { "x-request-id": requestId } },
    );
  }

  // Pages get a login redirect; JSON clients (the bell's feed) get the route's own 401.
  const wantsPage = (req.headers.get("accept") ?? "").includes("text/html");
  if (method === "GET" && wantsPage && PROTECTED.test(pathname)) {
    const token = await decodeSessionToken(req.cookies.get(SESSION_COOKIE)?.value, authSecret());
    if (!token) {
      const login = new URL("/login", req.url);
      login.searchParams.set("callbackUrl", pathname + search);
      return NextResponse.redirect(login);
    }
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce);
  const headers = new Headers(req.headers);
  headers.set("x-request-id", requestId);
  headers.set("x-canal-path", pathname + search);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  response.headers.set("x-request-id", requestId);
  return response;
}

/**
 * Not for static files, nor for file uploads and downloads (`/<tenant>/admin|portal/files…`,
 * `/<tenant>/brand/…`): with a proxy, Next reads a request's whole body before the route
 * runs (and cuts it at 10 MB), which would defeat the upload's streamed size cap; those
 * route handlers check origin, session and permission themselves and set their own
 * headers (lib/files/response.ts).
 */
export const config = {
  matcher: [
    "/((?!_next/static|_next/image|favicon.ico|icon.svg|apple-icon.png|icons/|manifest.webmanifest|robots.txt|[^/]+/(?:admin|portal)/files(?:/|$)|[^/]+/brand/).*)",
  ],
};
