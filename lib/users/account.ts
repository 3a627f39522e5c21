import "server-only";
import { authorize, type UserCtx } from "@/lib/auth/context";
import { hashPassword, passwordProblems, verifyPassword } from "@/lib/auth/password";
import { consumeRateLimit, hitRateLimit, ipSubject, RATE_LIMITS } from "@/lib/auth/rate-limit";
import { endAllSessions } from "@/lib/auth/sessions";
import { withScope } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { publishAccountEvent } from "@/lib/notify/publish";
import { normalizeEmail } from "@/lib/tenancy/schema";
import type { ProfileInput } from "./profile-schema";
import { consumeToken, findUsableToken, issueToken } from "./tokens";

type RequestMeta = { requestId: string; ip: string | null };

export function assertStrong(password: string, inputs: string[], field = "password") {
  const problems = passwordProblems(password, inputs);
  if (problems.length) throw new AppError("VALIDATION_FAILED", { fields: { [field]: problems } });
}

/**
 * Starts a password reset. Always answers the same way, whether or not the e-mail has
 * a login, so the form cannot be used to discover who is a user. A login that an
 * invitation created and nobody claimed (no password yet) may reset too: the e-mailed
 * link proves the address. Limits: 10 requests per client per 15 minutes (refused), and
 * at most one e-mail per address per 5 minutes (further requests send nothing new, but
 * earlier links stay valid) — so a stranger can neither flood the inbox nor keep the
 * owner from a working link.
 */
export async function requestPasswordReset(meta: RequestMeta, rawInput: { email: string }): Promise<void> {
  const email = normalizeEmail(rawInput.email);
  await consumeRateLimit("passwordResetByIp", ipSubject(meta.ip));
  if ((await hitRateLimit("passwordResetMailByEmail", email)) > RATE_LIMITS.passwordResetMailByEmail.limit) return;
  await withScope({ audience: "anonymous", userEmail: email }, async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, name: true } });
    if (!user) return;
    const token = await issueToken(tx, { userId: user.id, purpose: "PASSWORD_RESET", tenantId: null, keepOlder: true });
    await publishAccountEvent(tx, {
      userId: user.id,
      type: "password.reset",
      payload: { recipients: [{ userId: user.id }], link: `/reset-password/${token}`, params: { name: user.name } },
    });
  });
}

/**
 * Sets a new password from an e-mailed link; every session ends and every other reset
 * link dies. The strength check and hashing run before the transaction; inside it the
 * token is consumed with a conditional update, so one link resets once.
 */
export async function resetPassword(_meta: RequestMeta, input: { token: string; password: string }) {
  const row = await findUsableToken(input.token, "PASSWORD_RESET");
  if (!row) throw new AppError("TOKEN_INVALID");
  const userId = row.userId;
  const user = await withScope({ audience: "anonymous", userId }, (tx) =>
    tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, name: true, emailVerifiedAt: true } }),
  );
  assertStrong(input.password, [user.email, user.name]);
  const passwordHash = await hashPassword(input.password);
  await withScope({ audience: "anonymous", userId }, async (tx) => {
    const consumed = await consumeToken(tx, input.token, "PASSWORD_RESET");
    if (consumed?.userId !== userId) throw new AppError("TOKEN_INVALID");
    await tx.user.update({
      where: { id: userId },
      data: { passwordHash, sessionVersion: { increment: 1 }, emailVerifiedAt: user.emailVerifiedAt ?? new Date() },
    });
    await endAllSessions(tx, userId);
    await tx.authToken.deleteMany({ where: { userId, purpose: "PASSWORD_RESET", usedAt: null } });
  });
  return { email: user.email };
}

export async function updateProfile(ctx: UserCtx, input: ProfileInput) {
  authorize(ctx, "account.manage");
  return withScope({ audience: "anonymous", userId: ctx.user.id }, (tx) =>
    tx.user.update({
      where: { id: ctx.user.id },
      data: {
        name: input.name,
        locale: input.locale,
        phone: input.phone || null,
        // A new number must be proven again before any SMS goes to it.
        ...(input.phone !== (ctx.user.phone ?? "") ? { phoneVerifiedAt: null } : {}),
      },
      select: { id: true, name: true, locale: true, phone: true },
    }),
  );
}

export async function setUserLocale(ctx: UserCtx, locale: "en" | "es"): Promise<void> {
  authorize(ctx, "account.manage");
  await withScope({ audience: "anonymous", userId: ctx.user.id }, (tx) =>
    tx.user.update({ where: { id: ctx.user.id }, data: { locale } }),
  );
}

/**
 * Changes the password after checking the current one; every session ends (the form
 * signs in again). Verification, strength check and hashing run before the transaction;
 * the update is conditional on the hash that was checked, so a concurrent change wins.
 */
export async function changePassword(ctx: UserCtx, input: { currentPassword: string; newPassword: string }) {
  authorize(ctx, "account.manage");
  const userId = ctx.user.id;
  const user = await withScope({ audience: "anonymous", userId }, (tx) =>
    tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, name: true, passwordHash: true } }),
  );
  const wrong = () => new AppError("WRONG_PASSWORD", { fields: { currentPassword: ["errors.WRONG_PASSWORD"] } });
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) throw wrong();
  assertStrong(input.newPassword, [user.email, user.name], "newPassword");
  const passwordHash = await hashPassword(input.newPassword);
  await withScope({ audience: "anonymous", userId }, async (tx) => {
    const changed = await tx.user.updateMany({
      where: { id: userId, passwordHash: user.passwordHash },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    if (changed.count !== 1) throw wrong();
    await endAllSessions(tx, userId);
  });
  return { email: user.email };
}

/** Ends every session of the user, this one included. */
export async function signOutEverywhere(ctx: UserCtx): Promise<void> {
  authorize(ctx, "account.manage");
  await withScope({ audience: "anonymous", userId: ctx.user.id }, async (tx) => {
    await tx.user.update({ where: { id: ctx.user.id }, data: { sessionVersion: { increment: 1 } } });
    await endAllSessions(tx, ctx.user.id);
  });
}
