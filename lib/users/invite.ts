import "server-only";
import { scopeOf, type TenantCtx } from "@/lib/auth/context";
import { applyScope, type Tx } from "@/lib/db/scope";
import { AppError, isAppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import { normalizeEmail } from "@/lib/tenancy/schema";
import { publishEvent } from "@/lib/notify/publish";
import { issueToken } from "./tokens";

/**
 * Finds the invitee's login by e-mail or creates one without a password, and refuses
 * when they already hold a seat (vendor or partner) in this tenant. An existing login is
 * left exactly as it is (its name is the person's own, whatever the inviter typed).
 * Every seat starts INVITED: only the person's acceptance makes it ACTIVE. Runs inside
 * the caller's transaction, whose scope must carry `userEmail`.
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
 * Announces an invited seat: a set-password link for a login without a password, or,
 * for someone who already has one, an invitation to sign in and accept it on their
 * workspace chooser (no link that could act for them). Published as an outbox event in
 * the caller's transaction; the worker sends it.
 */
export async function announceSeat(
  tx: Tx,
  ctx: TenantCtx,
  input: { user: { id: string }; needsPassword: boolean; partnerName?: string },
): Promise<void> {
  const params = { tenant: ctx.tenant.name, inviter: ctx.user.name, partner: input.partnerName ?? "" };
  const recipients = [{ userId: input.user.id }];
  if (input.needsPassword) {
    const token = await issueToken(tx, { userId: input.user.id, purpose: "INVITATION", tenantId: ctx.tenantId });
    await publishEvent(tx, {
      tenantId: ctx.tenantId,
      type: input.partnerName ? "partnerUser.invited" : "user.invited",
      payload: { recipients, link: `/invite/${token}`, params },
    });
    return;
  }
  await publishEvent(tx, { tenantId: ctx.tenantId, type: "user.addedToWorkspace", payload: { recipients, link: "/workspaces", params } });
}

/**
 * Several invitations in the caller's transaction (all or none): each row gets the
 * e-mail scope its user lookup needs, and a row's field errors come back under
 * `invites.<row>.` so the form marks that row ("invites.2.email": already a member).
 */
export async function inviteEach<Row extends { email: string }, R>(
  tx: Tx,
  ctx: TenantCtx,
  rows: Row[],
  inviteOne: (row: Row) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  for (const [index, row] of rows.entries()) {
    await applyScope(tx, { ...scopeOf(ctx), userEmail: normalizeEmail(row.email) });
    try {
      results.push(await inviteOne(row));
    } catch (error) {
      if (!isAppError(error) || !error.fields) throw error;
      const fields = Object.fromEntries(Object.entries(error.fields).map(([field, messages]) => [`invites.${index}.${field}`, messages]));
      throw new AppError(error.code, { fields, ...(error.params ? { params: error.params } : {}) });
    }
  }
  return results;
}
