import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { withScope, type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import { normalizeEmail } from "@/lib/tenancy/schema";
import { publishEvent } from "@/lib/notify/publish";
import type { VendorRole } from "@/lib/generated/prisma/enums";
import { announceSeat, findOrCreateInvitee, inviteEach } from "./invite";
import type { InviteVendorUserInput, InviteVendorUsersInput } from "./schema";
import type { MembershipChange } from "./types";

// The users list (paging, sorting, filters, CSV export) lives in ./list.ts.
export { exportMembers, listMembers } from "./list";

const CHANGE = { id: true, userId: true, role: true, status: true } as const;

/** Only the fields of a seat change, whatever else was loaded to decide it. */
const changeOf = (seat: MembershipChange): MembershipChange => ({ id: seat.id, userId: seat.userId, role: seat.role, status: seat.status });

/**
 * Invites a vendor user. The seat is INVITED until the person accepts: a new login by
 * setting a password from the e-mailed link, an existing one on their workspace chooser.
 */
export async function inviteVendorUser(ctx: VendorCtx, input: InviteVendorUserInput): Promise<MembershipChange> {
  authorize(ctx, "users.manage");
  return withScope({ ...scopeOf(ctx), userEmail: normalizeEmail(input.email) }, (tx) => inviteInTx(tx, ctx, input));
}

/** Invites several vendor users at once: all of them, or none when one row is refused. */
export async function inviteVendorUsers(ctx: VendorCtx, input: InviteVendorUsersInput): Promise<MembershipChange[]> {
  authorize(ctx, "users.manage");
  return withScope(scopeOf(ctx), (tx) => inviteEach(tx, ctx, input.invites, (row) => inviteInTx(tx, ctx, row)));
}

/** One invitation; the transaction's scope must carry the invitee's e-mail. */
async function inviteInTx(tx: Tx, ctx: VendorCtx, input: InviteVendorUserInput): Promise<MembershipChange> {
  const { user, needsPassword } = await findOrCreateInvitee(tx, ctx, input);
  const membership = await tx.membership.create({
    data: {
      id: createId("membership"),
      tenantId: ctx.tenantId,
      userId: user.id,
      role: input.role,
      status: "INVITED",
    },
    select: CHANGE,
  });
  await recordAudit(tx, ctx, {
    action: "user.invited",
    entityType: "Membership",
    entityId: membership.id,
    after: { email: user.email, role: input.role, status: membership.status },
  });
  await announceSeat(tx, ctx, { user, needsPassword });
  return membership;
}

/**
 * Loads a membership of this tenant or 404, never another tenant's. `hasPassword` says
 * whether a resent invitation needs a set-password link; the hash itself never leaves
 * this function.
 */
async function getMembershipOrThrow(tx: Tx, ctx: VendorCtx, membershipId: string) {
  const row = await tx.membership.findUnique({
    where: { tenantId_id: { tenantId: ctx.tenantId, id: membershipId } },
    select: { ...CHANGE, acceptedAt: true, user: { select: { passwordHash: true } } },
  });
  if (!row) throw new AppError("NOT_FOUND");
  return { ...changeOf(row), accepted: row.acceptedAt !== null, hasPassword: row.user.passwordHash !== null };
}

export async function changeMemberRole(ctx: VendorCtx, input: { membershipId: string; role: VendorRole }): Promise<MembershipChange> {
  authorize(ctx, "users.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const membership = await getMembershipOrThrow(tx, ctx, input.membershipId);
    if (membership.userId === ctx.user.id) throw new AppError("CANNOT_CHANGE_SELF");
    if (membership.role === input.role) return changeOf(membership);
    const updated = await tx.membership.update({ where: { id: membership.id }, data: { role: input.role }, select: CHANGE });
    await publishEvent(tx, {
      tenantId: ctx.tenantId,
      type: "member.roleChanged",
      payload: {
        recipients: [{ userId: membership.userId }],
        link: `/${ctx.tenant.slug}/admin`,
        params: { tenant: ctx.tenant.name, actor: ctx.user.name, role: input.role },
      },
    });
    await recordAudit(tx, ctx, {
      action: "user.roleChanged",
      entityType: "Membership",
      entityId: membership.id,
      before: { role: membership.role },
      after: { role: input.role },
    });
    return updated;
  });
}

/**
 * Switches a vendor user's seat off in this tenant. Access ends on their next request
 * here (every request loads the seat); their login, sessions and seats elsewhere are
 * none of this tenant's business and stay untouched.
 */
export async function deactivateMember(ctx: VendorCtx, input: { membershipId: string }): Promise<MembershipChange> {
  authorize(ctx, "users.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const membership = await getMembershipOrThrow(tx, ctx, input.membershipId);
    if (membership.userId === ctx.user.id) throw new AppError("CANNOT_CHANGE_SELF");
    if (membership.status === "DEACTIVATED") return changeOf(membership);
    const updated = await tx.membership.update({ where: { id: membership.id }, data: { status: "DEACTIVATED" }, select: CHANGE });
    await recordAudit(tx, ctx, {
      action: "user.deactivated",
      entityType: "Membership",
      entityId: membership.id,
      before: { status: membership.status },
      after: { status: "DEACTIVATED" },
    });
    return updated;
  });
}

/** Gives a seat back: ACTIVE if the person had accepted it, INVITED (awaiting them) otherwise. */
export async function reactivateMember(ctx: VendorCtx, input: { membershipId: string }): Promise<MembershipChange> {
  authorize(ctx, "users.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const membership = await getMembershipOrThrow(tx, ctx, input.membershipId);
    if (membership.status !== "DEACTIVATED") return changeOf(membership);
    const status = membership.accepted ? "ACTIVE" : "INVITED";
    const updated = await tx.membership.update({ where: { id: membership.id }, data: { status }, select: CHANGE });
    await recordAudit(tx, ctx, {
      action: "user.reactivated",
      entityType: "Membership",
      entityId: membership.id,
      before: { status: membership.status },
      after: { status },
    });
    return updated;
  });
}

/** Sends the invitation again (a fresh link for a login without a password). */
export async function resendInvitation(ctx: VendorCtx, input: { membershipId: string }): Promise<void> {
  authorize(ctx, "users.manage");
  await withScope(scopeOf(ctx), async (tx) => {
    const membership = await getMembershipOrThrow(tx, ctx, input.membershipId);
    if (membership.status !== "INVITED") throw new AppError("CONFLICT");
    await recordAudit(tx, ctx, { action: "user.invitationResent", entityType: "Membership", entityId: membership.id });
    await announceSeat(tx, ctx, { user: { id: membership.userId }, needsPassword: !membership.hasPassword });
  });
}
