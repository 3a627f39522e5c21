import "server-only";
import type { Tx } from "@/lib/db/scope";
import { seatCounts, type SeatCounts } from "@/lib/seats/counts";

/**
 * Portal seats per partner and state, in one grouped query (the partner list, a partner's
 * page, its portal team). Partners without seats get zeros.
 */
export async function partnerSeatCounts(
  tx: Tx,
  tenantId: string,
  partnerIds: string[],
): Promise<Map<string, SeatCounts>> {
  if (partnerIds.length === 0) return new Map();
  const groups = await tx.partnerUser.groupBy({
    by: ["partnerId", "status"],
    where: { tenantId, partnerId: { in: partnerIds } },
    _count: { _all: true },
  });
  return new Map(partnerIds.map((id) => [id, seatCounts(groups.filter((g) => g.partnerId === id))]));
}

/** The same for one partner. */
export async function seatCountsOf(tx: Tx, tenantId: string, partnerId: string): Promise<SeatCounts> {
  return (await partnerSeatCounts(tx, tenantId, [partnerId])).get(partnerId)!;
}
