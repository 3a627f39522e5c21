import "server-only";
import type { UserCtx } from "@/lib/auth/context";
import { hashPassword, passwordProblems, verifyPassword } from "@/lib/auth/password";
import { consumeRateLimit } from "@/lib/auth/rate-limit";
import { recordAudit } from "@/lib/audit/service";
import { applyScope, withScope } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { publishEvent } from "@/lib/notify/publish";
import { normalizeEmail } from "@/lib/tenancy/schema";
import type { ProfileInput } from "./profile-schema";
import { findUsableToken, issueToken } from "./tokens";

type RequestMeta = { requestId: string; ip: string | null };

function assertStrong(password: string, inputs: string[], field = "password") {
  const problems = passwordProblems(password, inputs);
  if (problems.length) throw new AppError("VALIDATION_FAILED", { fields: { [field]: problems } });
}

/**
 * Starts a password reset. Always answers the same way, whether or not the e-mail has
 * an account, so the form cannot be used to discover who is a user.
 */
export async function requestPasswordReset(_meta: RequestMeta, rawInput: { email: string }): Promise<void> {
  const input = { email: normalizeEmail(rawInput.email) };
  await consumeRateLimit("passwordResetByEmail", input.email);
  await withScope({ audience: "anonymous", userEmail: input.email }, async (tx) => {
    const user = await tx.user.findUnique({ where: { email: input.email } });
    if (!user?.passwordHash) return;
    await applyScope(tx, { audience: "anonymous", userId: user.id });
    const token = await issueToken(tx, { userId: user.id, purpose: "PASSWORD_RESET", tenantId: null });
    await publishEvent(tx, {
      tenantId: null,
      type: "password.reset",
      payload: { recipients: [{ userId: user.id }], link: `/reset-password/${token}`, params: { name: user.name } },
    });
  });
}

/** Sets a new password from an e-mailed link; every existing session ends. */
export async function resetPassword(_meta: RequestMeta, input: { token: string; password: string }) {
  return withScope({ audience: "anonymous" }, async (tx) => {
    const token = await findUsableToken(tx, input.token, "PASSWORD_RESET");
    if (!token) throw new AppError("TOKEN_INVALID");
    await applyScope(tx, { audience: "anonymous", userId: token.userId });
    const user = await tx.user.findUniqueOrThrow({ where: { id: token.userId } });
    assertStrong(input.password, [user.email, user.name]);
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash: await hashPassword(input.password), sessionVersion: { increment: 1 } },
    });
    await tx.authToken.update({ where: { id: token.id }, data: { usedAt: new Date() } });
    return { email: user.email };
  });
}

/** What the invitation page shows before the user sets a password (null = invalid link). */
export async function describeInvitation(token: string) {
  return withScope({ audience: "anonymous" }, async (tx) => {
    const row = await findUsableToken(tx, token, "INVITATION");
    if (!row || !row.tenantId) return null;
    await applyScope(tx, { audience: "anonymous", userId: row.userId, tenantId: row.tenantId });
    const [user, tenant] = await Promise.all([
      tx.user.findUniqueOrThrow({ where: { id: row.userId }, select: { email: true, name: true } }),
      tx.tenant.findUniqueOrThrow({ where: { id: row.tenantId }, select: { name: true, slug: true } }),
    ]);
    return { email: user.email, name: user.name, tenantName: tenant.name, tenantSlug: tenant.slug };
  });
}

/**
 * Accepts an invitation: sets name and password and activates the user's invited
 * seats in the inviting tenant. Returns where to go after signing in.
 */
export async function acceptInvitation(meta: RequestMeta, input: { token: string; name: string; password: string }) {
  return withScope({ audience: "anonymous" }, async (tx) => {
    const token = await findUsableToken(tx, input.token, "INVITATION");
    if (!token?.tenantId) throw new AppError("TOKEN_INVALID");
    const tenantId = token.tenantId;
    await applyScope(tx, { audience: "system", userId: token.userId, tenantId });
    const user = await tx.user.findUniqueOrThrow({ where: { id: token.userId } });
    assertStrong(input.password, [user.email, input.name]);
    await tx.user.update({
      where: { id: user.id },
      data: { name: input.name, passwordHash: await hashPassword(input.password), sessionVersion: { increment: 1 } },
    });
    const seat = { tenantId, userId: user.id, status: "INVITED" as const };
    const vendor = await tx.membership.updateMany({ where: seat, data: { status: "ACTIVE" } });
    const partner = await tx.partnerUser.updateMany({ where: seat, data: { status: "ACTIVE" } });
    await tx.authToken.update({ where: { id: token.id }, data: { usedAt: new Date() } });
    const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { slug: true, name: true } });
    const admins = await tx.membership.findMany({
      where: { tenantId, status: "ACTIVE", role: "TENANT_ADMIN", userId: { not: user.id } },
      select: { userId: true },
    });
    if (admins.length) {
      await publishEvent(tx, {
        tenantId,
        type: "invitation.accepted",
        payload: {
          recipients: admins.map((a) => ({ userId: a.userId })),
          link: `/${tenant.slug}/admin/${vendor.count > 0 ? "users" : "partners"}`,
          params: { name: input.name, tenant: tenant.name },
        },
      });
    }
    await recordAudit(tx, { audience: "system", tenantId, requestId: meta.requestId, ip: meta.ip }, {
      action: "user.invitationAccepted",
      entityType: "User",
      entityId: user.id,
      after: { email: user.email },
    });
    const home = vendor.count > 0 ? `/${tenant.slug}/admin` : partner.count > 0 ? `/${tenant.slug}/portal` : "/workspaces";
    return { email: user.email, home };
  });
}

export async function updateProfile(ctx: UserCtx, input: ProfileInput) {
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

export async function setUserLocale(ctx: UserCtx, locale: "en" | "es") {
  await withScope({ audience: "anonymous", userId: ctx.user.id }, (tx) =>
    tx.user.update({ where: { id: ctx.user.id }, data: { locale } }),
  );
}

/** Changes the password after checking the current one; other sessions end. */
export async function changePassword(ctx: UserCtx, input: { currentPassword: string; newPassword: string }) {
  return withScope({ audience: "anonymous", userId: ctx.user.id }, async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: ctx.user.id } });
    if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw new AppError("WRONG_PASSWORD", { fields: { currentPassword: ["errors.WRONG_PASSWORD"] } });
    }
    assertStrong(input.newPassword, [user.email, user.name], "newPassword");
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash: await hashPassword(input.newPassword), sessionVersion: { increment: 1 } },
    });
    return { email: user.email };
  });
}

/** Ends every session of the user, this one included. */
export async function signOutEverywhere(ctx: UserCtx) {
  await withScope({ audience: "anonymous", userId: ctx.user.id }, (tx) =>
    tx.user.update({ where: { id: ctx.user.id }, data: { sessionVersion: { increment: 1 } } }),
  );
}

