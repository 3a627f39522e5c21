import { env } from "@/lib/env";

/**
 * The client's IP for rate limiting and audit. Next fills x-forwarded-for with the
 * socket's address only when the header is absent, and each reverse proxy appends the
 * address it saw; so with N trusted proxies in front (TRUSTED_PROXY_COUNT) the client is
 * the N-th entry from the end. With 0 (development, direct exposure) the last entry is
 * used, which a client can forge: production deployments belong behind a proxy.
 */
export function clientIp(getHeader: (name: string) => string | null | undefined): string | null {
  const entries = (getHeader("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return getHeader("x-real-ip") ?? null;
  const hops = env().TRUSTED_PROXY_COUNT;
  return entries[Math.max(0, entries.length - Math.max(1, hops))] ?? null;
}
