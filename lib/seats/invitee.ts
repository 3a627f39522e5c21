import "server-only";
import { scopeOf, type TenantCtx } from "@/lib/auth/context";
import { applyScope, type Tx } from "@/lib/db/scope";
import { AppError, isAppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import { publishEvent } from "@/lib/notify/publish";
import { normalizeEmail } from "@/lib/tenancy/schema";
import { issueToken } from "@/lib/users/tokens";
import { holdsSeat } from "./store";

/** Refusal of a second seat for the same person in one tenant. */
export const alreadyMember = () => new AppError("ALREADY_MEMBER", { fields: { email: ["errors.ALREADY_MEMBER"] } });

/**
 * Finds the invitee's login by e-mail or creates one without a password, and refuses
 * when they already hold a seat (vendor or partner) in this tenant. An existing login is
 * left exactly as it is (its name is the person's own, whatever the inviter typed). Runs
 * inside the caller's transaction; it sets the scope's `userEmail` (to find the login)
 * and `inviteeId` (to see that login's seats here even from a partner admin's session,
 * which sees no back-office seats otherwise).
 */
export async function findOrCreateInvitee(tx: Tx, ctx: TenantCtx, invitee: { email: string; name: string }) {
  const email = normalizeEmail(invitee.email);
  await applyScope(tx, { ...scopeOf(ctx), userEmail: email });
  const existing = await tx.user.findUnique({ where: { email }, select: { id: true, email: true, passwordHash: true } });
  if (existing) {
    await applyScope(tx, { ...scopeOf(ctx), userEmail: email, inviteeId: existing.id });
    if (await holdsSeat(tx, ctx.tenantId, existing.id)) throw alreadyMember();
    return { user: { id: existing.id, email: existing.email }, needsPassword: !existing.passwordHash };
  }
  const user = await tx.user.create({
    data: { id: createId("user"), email, name: invitee.name, locale: ctx.tenant.defaultLocale, passwordHash: null },
    select: { id: true, email: true },
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
  input: { user: { id: string }; needsPassword: boolean; partnerName?: string | null },
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
 * Several invitations in the caller's transaction (all or none), one `inviteOne` per row
 * (each sets the scope its lookups need, see findOrCreateInvitee). A row's field errors
 * come back under `invites.<row>.` so the form marks that row ("invites.2.email": already
 * a member); errors without fields (a seat limit reached) stay the form's.
 */
export async function inviteEach<Row, R>(rows: Row[], inviteOne: (row: Row) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (const [index, row] of rows.entries()) {
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
