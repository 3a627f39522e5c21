import "server-only";
import type { Tx } from "@/lib/db/scope";
import type { MemberStatus, PartnerRole, VendorRole } from "@/lib/generated/prisma/enums";
import { createId } from "@/lib/ids";
import type { SeatChange, SeatKind, SeatScope, SeatState } from "./types";

/**
 * The two seat tables behind one set of operations: the only file that names
 * `Membership` and `PartnerUser` for the seat lifecycle, so its rules are written once.
 * Every lookup is by compound key inside the tenant (and the partner, when the scope
 * names one): an id of another tenant or partner is simply not found.
 */

const CHANGE = { id: true, userId: true, role: true, status: true } as const;
const STATE = { ...CHANGE, acceptedAt: true, user: { select: { passwordHash: true } } } as const;

type Row = { id: string; userId: string; role: VendorRole | PartnerRole; status: MemberStatus; partnerId?: string };

function change(kind: SeatKind, row: Row): SeatChange {
  return { kind, id: row.id, userId: row.userId, role: row.role, status: row.status, partnerId: row.partnerId ?? null };
}

/** The audit vocabulary of each kind (components/audit/labels.ts has words for each). */
export const SEAT_AUDIT = {
  vendor: {
    entityType: "Membership",
    invited: "user.invited",
    resent: "user.invitationResent",
    deactivated: "user.deactivated",
    reactivated: "user.reactivated",
  },
  partner: {
    entityType: "PartnerUser",
    invited: "partnerUser.invited",
    resent: "partnerUser.invitationResent",
    deactivated: "partnerUser.deactivated",
    reactivated: "partnerUser.reactivated",
  },
} as const;

/** One seat in the scope, or null. The password hash is read to a boolean and dropped here. */
export async function findSeat(tx: Tx, tenantId: string, scope: SeatScope, seatId: string): Promise<SeatState | null> {
  if (scope.kind === "vendor") {
    const row = await tx.membership.findUnique({ where: { tenantId_id: { tenantId, id: seatId } }, select: STATE });
    if (!row) return null;
    return { ...change("vendor", row), accepted: row.acceptedAt !== null, hasPassword: row.user.passwordHash !== null, partnerName: null };
  }
  const row = await tx.partnerUser.findFirst({
    where: { tenantId, id: seatId, ...(scope.partnerId ? { partnerId: scope.partnerId } : {}) },
    select: { ...STATE, partnerId: true, partner: { select: { name: true } } },
  });
  if (!row) return null;
  return {
    ...change("partner", row),
    accepted: row.acceptedAt !== null,
    hasPassword: row.user.passwordHash !== null,
    partnerName: row.partner.name,
  };
}

/** A new INVITED seat (only the person's acceptance makes it ACTIVE). */
export async function createInvitedSeat(
  tx: Tx,
  input: { tenantId: string; userId: string } & ({ kind: "vendor"; role: VendorRole } | { kind: "partner"; role: PartnerRole; partnerId: string }),
): Promise<SeatChange> {
  const base = { tenantId: input.tenantId, userId: input.userId, status: "INVITED" as const };
  if (input.kind === "vendor") {
    const row = await tx.membership.create({ data: { ...base, id: createId("membership"), role: input.role }, select: CHANGE });
    return change("vendor", row);
  }
  const row = await tx.partnerUser.create({
    data: { ...base, id: createId("partnerUser"), role: input.role, partnerId: input.partnerId },
    select: { ...CHANGE, partnerId: true },
  });
  return change("partner", row);
}

/** Sets a seat's status (the caller found it in its scope first). */
export async function setSeatStatus(tx: Tx, seat: SeatChange, status: MemberStatus): Promise<SeatChange> {
  if (seat.kind === "vendor") {
    return change("vendor", await tx.membership.update({ where: { id: seat.id }, data: { status }, select: CHANGE }));
  }
  return change("partner", await tx.partnerUser.update({ where: { id: seat.id }, data: { status }, select: { ...CHANGE, partnerId: true } }));
}

type Answer = { tenantId: string; userId: string; seat?: { kind: SeatKind; id: string } };

/**
 * INVITED → ACTIVE for the person's own seats in one tenant (or the one `seat`), by
 * conditional update: a seat answered or withdrawn meanwhile does not count.
 */
export async function activateInvited(tx: Tx, input: Answer & { at: Date }): Promise<Record<SeatKind, number>> {
  const where = { tenantId: input.tenantId, userId: input.userId, status: "INVITED" as const, ...(input.seat ? { id: input.seat.id } : {}) };
  const data = { status: "ACTIVE" as const, acceptedAt: input.at };
  const only = input.seat?.kind;
  const vendor = only === "partner" ? 0 : (await tx.membership.updateMany({ where, data })).count;
  const partner = only === "vendor" ? 0 : (await tx.partnerUser.updateMany({ where, data })).count;
  return { vendor, partner };
}

/** Removes the person's INVITED seat (declined); the count says whether it was still open. */
export async function removeInvited(tx: Tx, input: Answer & { seat: { kind: SeatKind; id: string } }): Promise<number> {
  const where = { id: input.seat.id, tenantId: input.tenantId, userId: input.userId, status: "INVITED" as const };
  return input.seat.kind === "vendor" ? (await tx.membership.deleteMany({ where })).count : (await tx.partnerUser.deleteMany({ where })).count;
}

/** Whether the login holds any seat in the tenant (one seat per person and tenant). */
export async function holdsSeat(tx: Tx, tenantId: string, userId: string): Promise<boolean> {
  const [membership, partnerSeat] = await Promise.all([
    tx.membership.findUnique({ where: { tenantId_userId: { tenantId, userId } }, select: { id: true } }),
    tx.partnerUser.findUnique({ where: { tenantId_userId: { tenantId, userId } }, select: { id: true } }),
  ]);
  return membership !== null || partnerSeat !== null;
}
