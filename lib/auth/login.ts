import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import { withScope } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { pendingSignupMatches } from "@/lib/tenancy/signup";
import { verifyPassword } from "./password";
import { hitRateLimit, ipSubject, RATE_LIMITS, rateLimited, consumeRateLimit, resetRateLimit, retryAfterOf } from "./rate-limit";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(1024),
});

/** Attempts one client may make at an account that is under attack (per window). */
export const UNDER_ATTACK_ATTEMPTS_PER_CLIENT = 3;
/** Added before the password check of an account under attack (slows serial guessing). */
export const UNDER_ATTACK_DELAY_MS = 1_000;

/**
 * Throttles one sign-in attempt before the password is looked at:
 * - per client address: 100 attempts at any accounts (`loginByIp`);
 * - per account and client: 10 attempts (`loginByEmailAndIp`, forgotten after a success);
 * - per account from anywhere (`loginByEmail`): never a refusal by itself. Past its limit
 *   the account is under attack: each client then gets only 3 attempts and every attempt
 *   waits a second first. A flood of wrong passwords from many addresses therefore cannot
 *   stop the owner, whose own client has not failed, from signing in with the right one;
 *   the flood only gets a few slowed guesses per address it controls.
 * Every attempt is counted before the check (atomically), so parallel requests cannot
 * slip past a limit, and unknown e-mails are counted exactly like real ones.
 */
async function throttle(email: string, ip: string | null): Promise<void> {
  const client = ipSubject(ip);
  await consumeRateLimit("loginByIp", client);
  const [fromClient, fromAnywhere] = await Promise.all([
    hitRateLimit("loginByEmailAndIp", `${email}|${client}`),
    hitRateLimit("loginByEmail", email),
  ]);
  const underAttack = fromAnywhere > RATE_LIMITS.loginByEmail.limit;
  const allowed = underAttack ? UNDER_ATTACK_ATTEMPTS_PER_CLIENT : RATE_LIMITS.loginByEmailAndIp.limit;
  if (fromClient > allowed) throw rateLimited(retryAfterOf("loginByEmailAndIp"));
  if (underAttack) await sleep(UNDER_ATTACK_DELAY_MS);
}

/**
 * Checks e-mail + password for next-auth. A login whose address was never proven is
 * refused with EMAIL_NOT_VERIFIED — and so is the password of a sign-up still waiting
 * for its link — but only after the password matched, so the answer tells a stranger
 * nothing about which addresses exist.
 */
export async function verifyCredentials(input: { email: string; password: string; ip: string | null }) {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_CREDENTIALS");
  const { email, password } = parsed.data;
  await throttle(email, input.ip);

  const user = await withScope({ audience: "anonymous", userEmail: email }, (tx) =>
    tx.user.findUnique({ where: { email } }),
  );
  if (!user?.passwordHash) {
    // No usable login: the password may be that of a sign-up waiting for its link
    // (this check costs one password verification either way, like a real login).
    if (await pendingSignupMatches(email, password)) throw new AppError("EMAIL_NOT_VERIFIED");
    throw new AppError("INVALID_CREDENTIALS");
  }
  if (!(await verifyPassword(user.passwordHash, password))) throw new AppError("INVALID_CREDENTIALS");
  if (!user.emailVerifiedAt) throw new AppError("EMAIL_NOT_VERIFIED");

  await resetRateLimit("loginByEmailAndIp", `${email}|${ipSubject(input.ip)}`);
  await withScope({ audience: "anonymous", userId: user.id }, (tx) =>
    tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } }),
  );
  return user;
}
