import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { withScope, type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import type { PartnerRole } from "@/lib/generated/prisma/enums";
import { inviteEach } from "@/lib/seats/invitee";
import { deactivateSeat, inviteSeat, reactivateSeat, resendSeat } from "@/lib/seats/lifecycle";
import type { SeatChange } from "@/lib/seats/types";
import type { InvitePartnerUserInput, InvitePartnerUsersInput } from "./schema";
import { getPartnerRow } from "./rows";
import type { PortalSeatChange } from "./types";

/**
 * Portal seats as the vendor manages them (partnerUsers.manage), on any partner of the
 * tenant: the seat lifecycle of lib/seats with the scope "every portal seat here". The
 * partner's own admins do the same for their own partner in ./team.ts.
 */

const PORTAL_SEATS = { kind: "partner" } as const;

/** A portal seat change in the shape the partner pages know. */
export const portalSeatOf = (seat: SeatChange): PortalSeatChange => ({
  id: seat.id,
  partnerId: seat.partnerId!,
  userId: seat.userId,
  role: seat.role as PartnerRole,
  status: seat.status,
});

/** The partner people are invited to; an offboarded partner takes no new users. */
async function invitingPartner(tx: Tx, ctx: VendorCtx, partnerId: string) {
  const partner = await getPartnerRow(tx, ctx, partnerId);
  if (partner.status === "OFFBOARDED") throw new AppError("CONFLICT");
  return partner;
}

/** Invites a portal user into one of this tenant's partners (not an offboarded one), within its seat limit. */
export async function invitePartnerUser(ctx: VendorCtx, input: InvitePartnerUserInput): Promise<PortalSeatChange> {
  authorize(ctx, "partnerUsers.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const partner = await invitingPartner(tx, ctx, input.partnerId);
    return portalSeatOf(await inviteSeat(tx, ctx, { kind: "partner", role: input.role, partner }, input));
  });
}

/** Invites several people to one partner's portal: all of them, or none when one row is refused. */
export async function invitePartnerUsers(ctx: VendorCtx, input: InvitePartnerUsersInput): Promise<PortalSeatChange[]> {
  authorize(ctx, "partnerUsers.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const partner = await invitingPartner(tx, ctx, input.partnerId);
    return inviteEach(input.invites, async (row) =>
      portalSeatOf(await inviteSeat(tx, ctx, { kind: "partner", role: row.role, partner }, row)),
    );
  });
}

/** Sends a portal user's invitation again; CONFLICT once they answered. */
export async function resendPartnerInvitation(
  ctx: VendorCtx,
  input: { partnerUserId: string },
): Promise<PortalSeatChange> {
  authorize(ctx, "partnerUsers.manage");
  return withScope(scopeOf(ctx), async (tx) =>
    portalSeatOf(await resendSeat(tx, ctx, PORTAL_SEATS, input.partnerUserId)),
  );
}

/** Switches a portal user's seat off; access to this portal ends on their next request. */
export async function deactivatePartnerUser(
  ctx: VendorCtx,
  input: { partnerUserId: string },
): Promise<PortalSeatChange> {
  authorize(ctx, "partnerUsers.manage");
  return withScope(scopeOf(ctx), async (tx) =>
    portalSeatOf(await deactivateSeat(tx, ctx, PORTAL_SEATS, input.partnerUserId)),
  );
}

/** Gives a switched-off portal user access again (INVITED when they never accepted the seat), within the seat limit. */
export async function reactivatePartnerUser(
  ctx: VendorCtx,
  input: { partnerUserId: string },
): Promise<PortalSeatChange> {
  authorize(ctx, "partnerUsers.manage");
  return withScope(scopeOf(ctx), async (tx) =>
    portalSeatOf(await reactivateSeat(tx, ctx, PORTAL_SEATS, input.partnerUserId)),
  );
}
