import { env } from "@/lib/env";
import { trustedForwardedEntry } from "./client-ip";

/**
 * The host the browser addressed: the Host header, or — behind TRUSTED_PROXY_COUNT
 * proxies — the X-Forwarded-Host entry the outermost one wrote. A client-sent
 * X-Forwarded-Host is never trusted on its own.
 */
export function requestHost(getHeader: (name: string) => string | null | undefined): string | null {
  const forwarded = trustedForwardedEntry(getHeader("x-forwarded-host"), env().TRUSTED_PROXY_COUNT);
  return forwarded ?? getHeader("host") ?? null;
}

/**
 * CSRF wall for state-changing requests that rely on cookies (server actions, form
 * POSTs, session route handlers). Next lets a server action without an Origin header
 * through, so we refuse it: browsers always send Origin or Sec-Fetch-Site on POST.
 */
export function isSameOriginRequest(getHeader: (name: string) => string | null | undefined): boolean {
  const fetchSite = getHeader("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin") return false;
  const origin = getHeader("origin");
  if (!origin) return fetchSite === "same-origin";
  const host = requestHost(getHeader);
  if (!host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
