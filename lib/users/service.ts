import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { withScope, type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { publishEvent } from "@/lib/notify/publish";
import type { VendorRole } from "@/lib/generated/prisma/enums";
import { inviteEach } from "@/lib/seats/invitee";
import { deactivateSeat, inviteSeat, reactivateSeat, resendSeat } from "@/lib/seats/lifecycle";
import type { SeatChange } from "@/lib/seats/types";
import type { InviteVendorUserInput, InviteVendorUsersInput } from "./schema";
import type { MembershipChange } from "./types";

// The users list (paging, sorting, filters, CSV export) lives in ./list.ts.
export { exportMembers, listMembers } from "./list";

const CHANGE = { id: true, userId: true, role: true, status: true } as const;

/** A back-office seat change in the shape the users pages know. */
const membershipOf = (seat: SeatChange): MembershipChange => ({
  id: seat.id,
  userId: seat.userId,
  role: seat.role as VendorRole,
  status: seat.status,
});

const VENDOR_SEATS = { kind: "vendor" } as const;

/**
 * Invites a vendor user. The seat is INVITED until the person accepts: a new login by
 * setting a password from the e-mailed link, an existing one on their workspace chooser
 * (the seat lifecycle: lib/seats/lifecycle.ts).
 */
export async function inviteVendorUser(ctx: VendorCtx, input: InviteVendorUserInput): Promise<MembershipChange> {
  authorize(ctx, "users.manage");
  return withScope(scopeOf(ctx), async (tx) =>
    membershipOf(await inviteSeat(tx, ctx, { kind: "vendor", role: input.role }, input)),
  );
}

/** Invites several vendor users at once: all of them, or none when one row is refused. */
export async function inviteVendorUsers(ctx: VendorCtx, input: InviteVendorUsersInput): Promise<MembershipChange[]> {
  authorize(ctx, "users.manage");
  return withScope(scopeOf(ctx), (tx) =>
    inviteEach(input.invites, async (row) => membershipOf(await inviteSeat(tx, ctx, { kind: "vendor", role: row.role }, row))),
  );
}

/**
 * Loads a membership of this tenant or 404, never another tenant's (for a role change,
 * which only back-office seats have).
 */
async function getMembershipOrThrow(tx: Tx, ctx: VendorCtx, membershipId: string): Promise<MembershipChange> {
  const row = await tx.membership.findUnique({
    where: { tenantId_id: { tenantId: ctx.tenantId, id: membershipId } },
    select: CHANGE,
  });
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

export async function changeMemberRole(ctx: VendorCtx, input: { membershipId: string; role: VendorRole }): Promise<MembershipChange> {
  authorize(ctx, "users.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const membership = await getMembershipOrThrow(tx, ctx, input.membershipId);
    if (membership.userId === ctx.user.id) throw new AppError("CANNOT_CHANGE_SELF");
    if (membership.role === input.role) return membership;
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
  return withScope(scopeOf(ctx), async (tx) => membershipOf(await deactivateSeat(tx, ctx, VENDOR_SEATS, input.membershipId)));
}

/** Gives a seat back: ACTIVE if the person had accepted it, INVITED (awaiting them) otherwise. */
export async function reactivateMember(ctx: VendorCtx, input: { membershipId: string }): Promise<MembershipChange> {
  authorize(ctx, "users.manage");
  return withScope(scopeOf(ctx), async (tx) => membershipOf(await reactivateSeat(tx, ctx, VENDOR_SEATS, input.membershipId)));
}

/** Sends the invitation again (a fresh link for a login without a password). */
export async function resendInvitation(ctx: VendorCtx, input: { membershipId: string }): Promise<void> {
  authorize(ctx, "users.manage");
  await withScope(scopeOf(ctx), (tx) => resendSeat(tx, ctx, VENDOR_SEATS, input.membershipId));
}
