/**
 * Sign-in (verifyCredentials) and its named rate-limit policies: per IP (100 per 15 min),
 * per e-mail+IP (10, reset on success) and per e-mail (past 20 the account is under
 * attack: a few delayed attempts per client, never a lock-out of the owner), all counted
 * before the password is looked at.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { VendorCtx } from "@/lib/auth/context";
import { UNDER_ATTACK_ATTEMPTS_PER_CLIENT, verifyCredentials } from "@/lib/auth/login";
import { consumeRateLimit, ipSubject, pruneRateLimits, RATE_LIMITS, resetRateLimit } from "@/lib/auth/rate-limit";
import { inviteVendorUser } from "@/lib/users/service";
import { ownerQuery, ownerRow } from "@/tests/fixtures/db";
import { rejectsWith } from "@/tests/fixtures/expect";
import { addVendorUser, createTestTenant, randomIp, strongPassword, uniqueEmail } from "@/tests/fixtures/factories";

const WINDOW_MS = RATE_LIMITS.loginByEmailAndIp.windowSeconds * 1000;

/**
 * Rate limits count in fixed windows: pin the clock one minute into a window so a test
 * never straddles a boundary (Date only; timers stay real).
 */
function pinClockInsideWindow() {
  const windowStart = Math.floor(Date.now() / WINDOW_MS) * WINDOW_MS;
  vi.setSystemTime(windowStart + 60_000);
  return { windowStart };
}

let admin: VendorCtx;
let adminPassword: string;

beforeAll(async () => {
  adminPassword = strongPassword();
  admin = await createTestTenant({ password: adminPassword });
});

describe("verifyCredentials", () => {
  it("returns the user for the right password (e-mail in any case) and records lastLoginAt", async () => {
    const user = await verifyCredentials({ email: `  ${admin.user.email.toUpperCase()} `, password: adminPassword, ip: randomIp() });
    expect(user).toMatchObject({ id: admin.user.id, email: admin.user.email });
    const row = await ownerRow<{ lastLoginAt: Date | null }>("User", "id", admin.user.id);
    expect(row!.lastLoginAt).toBeInstanceOf(Date);
    expect(Date.now() - row!.lastLoginAt!.getTime()).toBeLessThan(60_000);
  });

  it("INVALID_CREDENTIALS for a wrong password, an unknown e-mail, a malformed e-mail and an empty password", async () => {
    const ip = randomIp();
    await rejectsWith(verifyCredentials({ email: admin.user.email, password: "wrong-password-123", ip }), "INVALID_CREDENTIALS");
    await rejectsWith(verifyCredentials({ email: uniqueEmail("nobody"), password: adminPassword, ip }), "INVALID_CREDENTIALS");
    await rejectsWith(verifyCredentials({ email: "not-an-email", password: adminPassword, ip }), "INVALID_CREDENTIALS");
    await rejectsWith(verifyCredentials({ email: admin.user.email, password: "", ip }), "INVALID_CREDENTIALS");
  });

  it("INVALID_CREDENTIALS for an invited user who has not set a password yet", async () => {
    const email = uniqueEmail("pending");
    await inviteVendorUser(admin, { email, name: "Pending Person", role: "FINANCE" });
    await rejectsWith(verifyCredentials({ email, password: "anything-at-all-1", ip: randomIp() }), "INVALID_CREDENTIALS");
  });
});

describe("login rate limits", () => {
  let windowStart: number;
  beforeEach(() => {
    ({ windowStart } = pinClockInsideWindow());
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Counts `n` earlier attempts in the current window of a bucket (instead of making them one by one). */
  async function addToBucket(key: string, n: number) {
    await ownerQuery(
      `INSERT INTO "RateLimitBucket" (key, "windowStart", count) VALUES ($1, $2, $3)
       ON CONFLICT (key, "windowStart") DO UPDATE SET count = "RateLimitBucket".count + $3`,
      [key, new Date(windowStart), n],
    );
  }

  async function failTimes(email: string, ip: string, times: number) {
    for (let i = 0; i < times; i++) {
      await rejectsWith(verifyCredentials({ email, password: `wrong-guess-${i}`, ip }), "INVALID_CREDENTIALS");
    }
  }

  it("after 10 attempts from one e-mail+IP the 11th is RATE_LIMITED even with the right password; another IP still works", async () => {
    const password = strongPassword();
    const user = await addVendorUser(admin, "SALES_REP", { password });
    const ip = randomIp();
    await failTimes(user.user.email, ip, 10);

    const error = await rejectsWith(verifyCredentials({ email: user.user.email, password, ip }), "RATE_LIMITED");
    expect(error.retryAfterSeconds).toBe(RATE_LIMITS.loginByEmailAndIp.windowSeconds - 60);
    expect(error.params).toEqual({ minutes: 14 });

    // The same account from elsewhere is not blocked by this IP's guessing.
    await expect(verifyCredentials({ email: user.user.email, password, ip: randomIp() })).resolves.toHaveProperty("id", user.user.id);
    // …but the guessing IP stays blocked for this account.
    await rejectsWith(verifyCredentials({ email: user.user.email, password, ip }), "RATE_LIMITED");
  });

  it("a success resets the e-mail+IP count", async () => {
    const password = strongPassword();
    const user = await addVendorUser(admin, "SALES_REP", { password });
    const ip = randomIp();
    const key = `loginByEmailAndIp:${user.user.email}|${ipSubject(ip)}`;
    await failTimes(user.user.email, ip, 9);
    await expect(verifyCredentials({ email: user.user.email, password, ip })).resolves.toHaveProperty("id", user.user.id);
    expect(await ownerQuery(`SELECT key FROM "RateLimitBucket" WHERE key = $1`, [key])).toEqual([]);

    // Counting restarts from zero: without the reset this 11th attempt would be refused.
    await rejectsWith(verifyCredentials({ email: user.user.email, password: "wrong-after-success", ip }), "INVALID_CREDENTIALS");
    const [bucket] = await ownerQuery<{ count: number }>(`SELECT count FROM "RateLimitBucket" WHERE key = $1`, [key]);
    expect(bucket).toEqual({ count: 1 });
  });

  it("attack: a flood of wrong passwords from many addresses does not lock the owner out", async () => {
    const password = strongPassword();
    const owner = await addVendorUser(admin, "SALES_REP", { password });
    const email = owner.user.email;
    // Strangers guess from five addresses, ten times each, as fast as the limits allow…
    const strangers = Array.from({ length: 5 }, () => randomIp());
    for (const ip of strangers.slice(0, 2)) await failTimes(email, ip, 10);
    // …and from hundreds more (counted straight into the account's bucket to save time).
    await addToBucket(`loginByEmail:${email}`, 500);

    // The owner, from their own client, signs in with the right password: delayed, never refused.
    await expect(verifyCredentials({ email, password, ip: randomIp() })).resolves.toHaveProperty("id", owner.user.id);

    // While the account is under attack every client gets only a few attempts…
    const fresh = strangers[2]!;
    await failTimes(email, fresh, UNDER_ATTACK_ATTEMPTS_PER_CLIENT);
    await rejectsWith(verifyCredentials({ email, password: "one-more-guess", ip: fresh }), "RATE_LIMITED");
    // …so a stranger who failed is refused even with the right password,
    await rejectsWith(verifyCredentials({ email, password, ip: strangers[0]! }), "RATE_LIMITED");
    // while the owner, again from a client that has not failed, still gets in.
    await expect(verifyCredentials({ email, password, ip: randomIp() })).resolves.toHaveProperty("id", owner.user.id);
  });

  it("attack: rotating addresses inside one IPv6 /64 counts as one client", async () => {
    const password = strongPassword();
    const user = await addVendorUser(admin, "SALES_REP", { password });
    const prefix = randomIp().split(":").slice(0, 4).join(":");
    const rotate = (i: number) => `${prefix}:${(i + 1).toString(16)}:0:0:${(i * 7 + 3).toString(16)}`;
    for (let i = 0; i < 10; i++) {
      await rejectsWith(verifyCredentials({ email: user.user.email, password: `wrong-${i}`, ip: rotate(i) }), "INVALID_CREDENTIALS");
    }
    await rejectsWith(verifyCredentials({ email: user.user.email, password, ip: rotate(99) }), "RATE_LIMITED");
    expect(ipSubject(rotate(1))).toBe(ipSubject(`${prefix}::1`));
    expect(ipSubject("2001:DB8::1")).toBe("2001:db8:0:0::/64");
    expect(ipSubject("203.0.113.7")).toBe("203.0.113.7");
    expect(ipSubject(null)).toBe("unknown");
  });

  it("an unknown e-mail is counted like a real one (no account discovery through the limiter)", async () => {
    const email = uniqueEmail("ghost");
    const ip = randomIp();
    await failTimes(email, ip, 10);
    await rejectsWith(verifyCredentials({ email, password: "whatever-guess", ip }), "RATE_LIMITED");
  });

  it("the per-IP policy (100) stops one place trying many accounts", async () => {
    const ip = randomIp();
    await addToBucket(`loginByIp:${ipSubject(ip)}`, RATE_LIMITS.loginByIp.limit - 1);
    // The 100th attempt is still looked at, the 101st is not (even for a valid login).
    await rejectsWith(verifyCredentials({ email: uniqueEmail(), password: "whatever-guess", ip }), "INVALID_CREDENTIALS");
    await rejectsWith(verifyCredentials({ email: admin.user.email, password: adminPassword, ip }), "RATE_LIMITED");
  });
});

describe("rate-limit buckets", () => {
  it("count per fixed window: a new window starts from zero", async () => {
    const subject = `subject-${randomIp()}`;
    const { limit, windowSeconds } = RATE_LIMITS.passwordResetByIp;
    const windowMs = windowSeconds * 1000;
    const start = new Date(Math.floor(Date.now() / windowMs) * windowMs);
    for (let i = 0; i < limit; i++) await consumeRateLimit("passwordResetByIp", subject, start);
    const error = await rejectsWith(consumeRateLimit("passwordResetByIp", subject, new Date(start.getTime() + 1000)), "RATE_LIMITED");
    expect(error.retryAfterSeconds).toBe(windowSeconds - 1);
    await expect(consumeRateLimit("passwordResetByIp", subject, new Date(start.getTime() + windowMs))).resolves.toBeUndefined();
  });

  it("resetRateLimit forgets every window of a subject; pruneRateLimits drops windows older than a day", async () => {
    const subject = `subject-${randomIp()}`;
    const old = new Date(Date.now() - 3 * 24 * 60 * 60 * 1000);
    await consumeRateLimit("signupByIp", subject, old);
    await consumeRateLimit("signupByIp", subject);
    expect(await ownerQuery(`SELECT key FROM "RateLimitBucket" WHERE key = $1`, [`signupByIp:${subject}`])).toHaveLength(2);
    expect(await pruneRateLimits()).toBeGreaterThanOrEqual(1);
    expect(await ownerQuery(`SELECT key FROM "RateLimitBucket" WHERE key = $1`, [`signupByIp:${subject}`])).toHaveLength(1);
    await resetRateLimit("signupByIp", subject);
    expect(await ownerQuery(`SELECT key FROM "RateLimitBucket" WHERE key = $1`, [`signupByIp:${subject}`])).toEqual([]);
  });
});
