import { isIP } from "node:net";
import { timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

/** Header carrying the socket's address, stamped by lib/http/peer.ts. */
export const PEER_HEADER = "x-canal-peer";
/** globalThis key of the per-process token that proves a stamp came from the hook. */
export const PEER_STAMP = Symbol.for("canal.peerStamp");

type GetHeader = (name: string) => string | null | undefined;

/** "::ffff:127.0.0.1" → "127.0.0.1"; anything that is not an IP address → null. */
export function normalizeAddress(raw: string): string | null {
  const value = raw.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return isIP(value) ? value.toLowerCase() : null;
}

/** The socket's address from the hook's stamp, or null when the stamp is missing or forged. */
export function peerAddress(getHeader: GetHeader): string | null {
  const token = (globalThis as { [PEER_STAMP]?: string })[PEER_STAMP];
  const stamp = getHeader(PEER_HEADER);
  if (!token || !stamp) return null;
  const space = stamp.indexOf(" ");
  if (space < 0) return null;
  const given = Buffer.from(stamp.slice(0, space));
  const expected = Buffer.from(token);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return normalizeAddress(stamp.slice(space + 1));
}

/**
 * The entry a chain of `hops` trusted proxies vouches for: each proxy appends the address
 * (or host) it received the request from, so with N proxies the N-th entry from the end
 * was written by the outermost one. Entries before it are whatever the client sent.
 */
export function trustedForwardedEntry(value: string | null | undefined, hops: number): string | null {
  if (hops <= 0 || !value) return null;
  const entries = value
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries.length >= hops ? (entries[entries.length - hops] ?? null) : null;
}

/**
 * The client's IP for rate limits and audit. With TRUSTED_PROXY_COUNT=0 (the default)
 * it is the socket's address and X-Forwarded-For is ignored; with N it is the N-th
 * X-Forwarded-For entry from the end, or the socket's address when fewer proxies wrote
 * the chain. Null means unknown (a request that bypassed the stamping hook): callers
 * count all unknown clients together, which fails closed.
 */
export function clientIp(getHeader: GetHeader): string | null {
  const hops = env().TRUSTED_PROXY_COUNT;
  const forwarded = trustedForwardedEntry(getHeader("x-forwarded-for"), hops);
  return (forwarded && normalizeAddress(forwarded)) || peerAddress(getHeader);
}

/** Loopback clients (127.0.0.0/8, ::1): the machine the app runs on. */
export function isLoopback(ip: string | null): boolean {
  if (!ip) return false;
  return ip === "::1" || /^127\.\d+\.\d+\.\d+$/.test(ip);
}
