import "server-only";
import { withScope } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";

/**
 * Named rate-limit policies, counted in PostgreSQL (fixed windows) so every app
 * instance shares them without another service. Keys that name a client use
 * `ipSubject()`; see docs/architecture.md ("Rate limits") for how the sign-in policies
 * work together so that strangers cannot lock an owner out.
 */
export const RATE_LIMITS = {
  /** one place trying many accounts (every attempt counts) */
  loginByIp: { limit: 100, windowSeconds: 15 * 60 },
  /** attempts at one account from one client (forgotten after a success) */
  loginByEmailAndIp: { limit: 10, windowSeconds: 15 * 60 },
  /**
   * attempts at one account from anywhere. Never a refusal by itself: past this the
   * account is "under attack" and each client gets only a few attempts, each delayed
   * (lib/auth/login.ts), so strangers cannot lock the owner out
   */
  loginByEmail: { limit: 20, windowSeconds: 15 * 60 },
  /** reset requests from one client (a form that mails people) */
  passwordResetByIp: { limit: 10, windowSeconds: 15 * 60 },
  /** reset e-mails to one address: at most one per window; older links stay valid */
  passwordResetMailByEmail: { limit: 1, windowSeconds: 5 * 60 },
  signupByIp: { limit: 10, windowSeconds: 60 * 60 },
  /**
   * the sign-up form asking "is this address free?" as one types: enough for a person
   * trying names, far too few to list the workspaces that exist
   */
  slugCheckByIp: { limit: 30, windowSeconds: 10 * 60 },
  /** "send the link again" for a pending sign-up, per client */
  verificationResendByIp: { limit: 10, windowSeconds: 15 * 60 },
  /** partner applications from one client (a public form that e-mails channel managers) */
  applicationByIp: { limit: 5, windowSeconds: 60 * 60 },
  /**
   * a partner asking "is this customer already claimed?" (lib/deals): plenty for people
   * registering deals, far too few to map the vendor's customers
   */
  dealClaimCheckByPartner: { limit: 60, windowSeconds: 60 * 60 },
  /** SMS codes cost money and annoy: a few per hour per user */
  phoneVerificationByUser: { limit: 5, windowSeconds: 60 * 60 },
} as const;

export type RateLimitPolicy = keyof typeof RATE_LIMITS;

/**
 * The rate-limit subject for a client address. IPv6 clients are counted per /64 (one
 * customer line or host usually owns a whole /64, so single addresses would be free to
 * rotate); unknown clients (no trustworthy address) share one bucket, which fails closed.
 */
export function ipSubject(ip: string | null): string {
  if (!ip) return "unknown";
  if (!ip.includes(":")) return ip;
  const [head = "", tail = ""] = ip.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = ip.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

function windowOf(policy: RateLimitPolicy, now: Date) {
  const windowMs = RATE_LIMITS[policy].windowSeconds * 1000;
  const start = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  return { start, retryAfterSeconds: Math.max(1, Math.ceil((start.getTime() + windowMs - now.getTime()) / 1000)) };
}

export function rateLimited(retryAfterSeconds: number): AppError {
  return new AppError("RATE_LIMITED", { retryAfterSeconds, params: { minutes: Math.ceil(retryAfterSeconds / 60) } });
}

/** Counts one hit in the current window and returns the window's count. */
export async function hitRateLimit(policy: RateLimitPolicy, subject: string, now = new Date()): Promise<number> {
  const { start } = windowOf(policy, now);
  const key = `${policy}:${subject}`;
  const rows = await withScope({ audience: "anonymous" }, (tx) =>
    tx.$queryRaw<{ count: number }[]>`
      INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES (${key}, ${start}, 1)
      ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
      RETURNING "count"`,
  );
  return rows[0]?.count ?? 0;
}

/** The current window's count, without counting. */
export async function peekRateLimit(policy: RateLimitPolicy, subject: string, now = new Date()): Promise<number> {
  const { start } = windowOf(policy, now);
  const row = await withScope({ audience: "anonymous" }, (tx) =>
    tx.rateLimitBucket.findUnique({ where: { key_windowStart: { key: `${policy}:${subject}`, windowStart: start } } }),
  );
  return row?.count ?? 0;
}

/** Seconds until the policy's current window ends. */
export function retryAfterOf(policy: RateLimitPolicy, now = new Date()): number {
  return windowOf(policy, now).retryAfterSeconds;
}

/** Counts one hit; throws RATE_LIMITED (with Retry-After seconds) past the policy's limit. */
export async function consumeRateLimit(policy: RateLimitPolicy, subject: string, now = new Date()): Promise<void> {
  if ((await hitRateLimit(policy, subject, now)) > RATE_LIMITS[policy].limit) throw rateLimited(retryAfterOf(policy, now));
}

/** Forgets a subject's count, e.g. after a successful sign-in. */
export async function resetRateLimit(policy: RateLimitPolicy, subject: string): Promise<void> {
  const key = `${policy}:${subject}`;
  await withScope({ audience: "anonymous" }, (tx) => tx.rateLimitBucket.deleteMany({ where: { key } }));
}

/** Drops windows older than a day; called by the worker and by the seed. */
export async function pruneRateLimits(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - 24 * 60 * 60 * 1000);
  const { count } = await withScope({ audience: "anonymous" }, (tx) =>
    tx.rateLimitBucket.deleteMany({ where: { windowStart: { lt: cutoff } } }),
  );
  return count;
}
