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
  const host = getHeader("x-forwarded-host") ?? getHeader("host");
  if (!host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
