import "server-only";
import { withScope } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";

/**
 * Named rate-limit policies, counted in PostgreSQL (fixed windows) so every app
 * instance shares them without another service.
 */
export const RATE_LIMITS = {
  /** wrong-password guessing against one account from one place */
  loginByEmailAndIp: { limit: 10, windowSeconds: 15 * 60 },
  /** one account guessed from many places (or a forged address) */
  loginByEmail: { limit: 30, windowSeconds: 15 * 60 },
  /** one place trying many accounts */
  loginByIp: { limit: 100, windowSeconds: 15 * 60 },
  passwordResetByEmail: { limit: 5, windowSeconds: 60 * 60 },
  signupByIp: { limit: 10, windowSeconds: 60 * 60 },
  /**
   * the sign-up form asking "is this address free?" as one types: enough for a person
   * trying names, far too few to list the workspaces that exist
   */
  slugCheckByIp: { limit: 30, windowSeconds: 10 * 60 },
  /** SMS codes cost money and annoy: a few per hour per user */
  phoneVerificationByUser: { limit: 5, windowSeconds: 60 * 60 },
} as const;

export type RateLimitPolicy = keyof typeof RATE_LIMITS;

/** Counts one hit; throws RATE_LIMITED (with Retry-After seconds) past the policy's limit. */
export async function consumeRateLimit(policy: RateLimitPolicy, subject: string, now = new Date()): Promise<void> {
  const { limit, windowSeconds } = RATE_LIMITS[policy];
  const windowMs = windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const key = `${policy}:${subject}`;
  const rows = await withScope({ audience: "anonymous" }, (tx) =>
    tx.$queryRaw<{ count: number }[]>`
      INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES (${key}, ${windowStart}, 1)
      ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
      RETURNING "count"`,
  );
  if ((rows[0]?.count ?? 0) > limit) {
    const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000));
    throw new AppError("RATE_LIMITED", { retryAfterSeconds, params: { minutes: Math.ceil(retryAfterSeconds / 60) } });
  }
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
