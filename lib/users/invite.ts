import "server-only";
import type { TenantCtx } from "@/lib/auth/context";
import type { Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import { normalizeEmail } from "@/lib/tenancy/schema";
import type { EmailMessage } from "@/lib/notify/mail";
import { renderEmail } from "@/lib/notify/templates";
import { issueToken } from "./tokens";

/**
 * Finds the invitee's login by e-mail or creates one without a password, and refuses
 * when they already hold a seat (vendor or partner) in this tenant. Runs inside the
 * caller's transaction, whose scope must carry `userEmail`.
 */
export async function findOrCreateInvitee(tx: Tx, ctx: TenantCtx, invitee: { email: string; name: string }) {
  const input = { ...invitee, email: normalizeEmail(invitee.email) };
  const existing = await tx.user.findUnique({ where: { email: input.email } });
  if (existing) {
    const [membership, partnerSeat] = await Promise.all([
      tx.membership.findUnique({ where: { tenantId_userId: { tenantId: ctx.tenantId, userId: existing.id } } }),
      tx.partnerUser.findUnique({ where: { tenantId_userId: { tenantId: ctx.tenantId, userId: existing.id } } }),
    ]);
    if (membership || partnerSeat) throw new AppError("ALREADY_MEMBER", { fields: { email: ["errors.ALREADY_MEMBER"] } });
    return { user: existing, needsPassword: !existing.passwordHash };
  }
  const user = await tx.user.create({
    data: { id: createId("user"), email: input.email, name: input.name, locale: ctx.tenant.defaultLocale, passwordHash: null },
  });
  return { user, needsPassword: true };
}

/**
 * The e-mail that goes with a new seat: a set-password link for a new login, or a
 * "you now have access" notice with a link for someone who already has a password.
 */
export async function seatEmail(
  tx: Tx,
  ctx: TenantCtx,
  input: { user: { id: string; email: string; locale: string }; needsPassword: boolean; home: string; partnerName?: string },
): Promise<EmailMessage> {
  const params = { tenant: ctx.tenant.name, inviter: ctx.user.name, partner: input.partnerName ?? "" };
  if (input.needsPassword) {
    const token = await issueToken(tx, { userId: input.user.id, purpose: "INVITATION", tenantId: ctx.tenantId });
    return renderEmail({
      template: input.partnerName ? "partnerInvitation" : "invitation",
      locale: input.user.locale,
      to: input.user.email,
      tenantId: ctx.tenantId,
      params,
      linkPath: `/invite/${token}`,
    });
  }
  return renderEmail({
    template: "addedToWorkspace",
    locale: input.user.locale,
    to: input.user.email,
    tenantId: ctx.tenantId,
    params,
    linkPath: input.home,
  });
}
