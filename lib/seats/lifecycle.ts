import "server-only";
import type { TenantCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { isUniqueViolation } from "@/lib/db/errors";
import type { Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import type { PartnerRole, VendorRole } from "@/lib/generated/prisma/enums";
import { alreadyMember, announceSeat, findOrCreateInvitee } from "./invitee";
import { claimPartnerSeat } from "./limit";
import { SEAT_AUDIT, createInvitedSeat, findSeat, setSeatStatus } from "./store";
import type { SeatChange, SeatScope, SeatState } from "./types";

/**
 * The life of a seat, written once for back-office and portal seats, whoever manages
 * them: a tenant admin (vendor seats), a channel manager (any partner's portal seats) or a
 * partner admin (their own partner's seats, in the portal). The caller — a service of
 * lib/users, lib/partners — has checked its permission and opened a transaction in the
 * actor's scope; `scope` says which seats the actor reaches, so a seat outside it is
 * NOT_FOUND, never touched.
 *
 *   invite ──► INVITED ──(the person accepts: lib/seats/acceptance.ts)──► ACTIVE
 *                 │  resend (a fresh link; the old one dies)              │
 *                 └──────────── deactivate ──► DEACTIVATED ◄── deactivate ┘
 *                               reactivate: ACTIVE if it was ever accepted, else INVITED
 *
 * Portal seats that take a place (INVITED, ACTIVE) are counted against the partner's seat
 * limit on every invitation and reactivation (./limit.ts). Every change is audited in the
 * same transaction; deactivation ends access to this tenant only (the login, its sessions
 * and its seats elsewhere are untouched).
 */

export type InviteTarget =
  | { kind: "vendor"; role: VendorRole }
  | { kind: "partner"; role: PartnerRole; partner: { id: string; name: string } };

/** Only the fields of a change, whatever else was loaded to decide it. */
const changeOf = (seat: SeatChange): SeatChange => ({
  kind: seat.kind,
  id: seat.id,
  userId: seat.userId,
  role: seat.role,
  status: seat.status,
  partnerId: seat.partnerId,
});

async function seatOrThrow(tx: Tx, ctx: TenantCtx, scope: SeatScope, seatId: string): Promise<SeatState> {
  const seat = await findSeat(tx, ctx.tenantId, scope, seatId);
  if (!seat) throw new AppError("NOT_FOUND");
  return seat;
}

/** Invites someone to a seat: INVITED, audited, announced by e-mail. */
export async function inviteSeat(
  tx: Tx,
  ctx: TenantCtx,
  target: InviteTarget,
  invitee: { email: string; name: string },
): Promise<SeatChange> {
  if (target.kind === "partner") await claimPartnerSeat(tx, ctx, target.partner.id);
  const { user, needsPassword } = await findOrCreateInvitee(tx, ctx, invitee);
  let seat: SeatChange;
  try {
    seat = await createInvitedSeat(
      tx,
      target.kind === "vendor"
        ? { kind: "vendor", tenantId: ctx.tenantId, userId: user.id, role: target.role }
        : { kind: "partner", tenantId: ctx.tenantId, userId: user.id, role: target.role, partnerId: target.partner.id },
    );
  } catch (error) {
    if (isUniqueViolation(error, "userId")) throw alreadyMember();
    throw error;
  }
  const audit = SEAT_AUDIT[seat.kind];
  await recordAudit(tx, ctx, {
    action: audit.invited,
    entityType: audit.entityType,
    entityId: seat.id,
    after: {
      ...(seat.partnerId ? { partnerId: seat.partnerId } : {}),
      email: user.email,
      role: seat.role,
      status: seat.status,
    },
  });
  await announceSeat(tx, ctx, { user, needsPassword, partnerName: target.kind === "partner" ? target.partner.name : null });
  return seat;
}

/** Sends an invitation again (a fresh link for a login without a password); CONFLICT once answered. */
export async function resendSeat(tx: Tx, ctx: TenantCtx, scope: SeatScope, seatId: string): Promise<SeatChange> {
  const seat = await seatOrThrow(tx, ctx, scope, seatId);
  if (seat.status !== "INVITED") throw new AppError("CONFLICT");
  const audit = SEAT_AUDIT[seat.kind];
  await recordAudit(tx, ctx, { action: audit.resent, entityType: audit.entityType, entityId: seat.id });
  await announceSeat(tx, ctx, { user: { id: seat.userId }, needsPassword: !seat.hasPassword, partnerName: seat.partnerName });
  return changeOf(seat);
}

/**
 * Switches a seat off. Access to this tenant ends on the person's next request (every
 * request loads the seat); nobody switches their own seat off. Again is a no-op.
 */
export async function deactivateSeat(tx: Tx, ctx: TenantCtx, scope: SeatScope, seatId: string): Promise<SeatChange> {
  const seat = await seatOrThrow(tx, ctx, scope, seatId);
  if (seat.userId === ctx.user.id) throw new AppError("CANNOT_CHANGE_SELF");
  if (seat.status === "DEACTIVATED") return changeOf(seat);
  const updated = await setSeatStatus(tx, seat, "DEACTIVATED");
  const audit = SEAT_AUDIT[seat.kind];
  await recordAudit(tx, ctx, {
    action: audit.deactivated,
    entityType: audit.entityType,
    entityId: seat.id,
    before: { status: seat.status },
    after: { status: "DEACTIVATED" },
  });
  return updated;
}

/**
 * Gives a seat back: ACTIVE if the person had accepted it, INVITED (awaiting them) when
 * they never did — never ACTIVE without their consent. A portal seat needs a free place.
 */
export async function reactivateSeat(tx: Tx, ctx: TenantCtx, scope: SeatScope, seatId: string): Promise<SeatChange> {
  const seat = await seatOrThrow(tx, ctx, scope, seatId);
  if (seat.status !== "DEACTIVATED") return changeOf(seat);
  if (seat.partnerId) await claimPartnerSeat(tx, ctx, seat.partnerId);
  const status = seat.accepted ? "ACTIVE" : "INVITED";
  const updated = await setSeatStatus(tx, seat, status);
  const audit = SEAT_AUDIT[seat.kind];
  await recordAudit(tx, ctx, {
    action: audit.reactivated,
    entityType: audit.entityType,
    entityId: seat.id,
    before: { status: seat.status },
    after: { status },
  });
  return updated;
}
