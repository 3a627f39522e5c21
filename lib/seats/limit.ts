import "server-only";
import type { TenantCtx } from "@/lib/auth/context";
import type { Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";

/** Seats that take a place: the person was invited or is in; switched-off seats free theirs. */
export const SEAT_TAKING = ["INVITED", "ACTIVE"] as const;

/**
 * Claims a place for one more portal seat of a partner, or refuses SEAT_LIMIT_REACHED.
 * A transaction-scoped advisory lock per partner serialises the claims: two invitations
 * racing for the last place count one after the other (each count is a new snapshot in
 * READ COMMITTED, taken after the previous holder committed), so exactly one wins. The
 * lock is released with the transaction that made the seat.
 */
export async function claimPartnerSeat(tx: Tx, ctx: TenantCtx, partnerId: string): Promise<void> {
  const tenantId = ctx.tenantId;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`seats:${tenantId}:${partnerId}`}, 0))`;
  const partner = await tx.partner.findUnique({ where: { tenantId_id: { tenantId, id: partnerId } }, select: { seatLimit: true } });
  if (!partner) throw new AppError("NOT_FOUND");
  if (partner.seatLimit === null) return;
  const taken = await tx.partnerUser.count({ where: { tenantId, partnerId, status: { in: [...SEAT_TAKING] } } });
  if (taken >= partner.seatLimit) {
    throw new AppError("SEAT_LIMIT_REACHED", { params: { limit: partner.seatLimit, vendor: ctx.tenant.name } });
  }
}
