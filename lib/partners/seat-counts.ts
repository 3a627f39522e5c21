import "server-only";
import type { Tx } from "@/lib/db/scope";
import type { SeatCounts } from "./types";

const none = (): SeatCounts => ({ active: 0, invited: 0, deactivated: 0 });
const FIELD = { ACTIVE: "active", INVITED: "invited", DEACTIVATED: "deactivated" } as const;

/**
 * Portal seats per partner and state, in one grouped query (the partner list, a partner's
 * page, its portal team). Partners without seats get zeros. Invited and active people are
 * always counted apart: an invitation is not a user yet.
 */
export async function partnerSeatCounts(tx: Tx, tenantId: string, partnerIds: string[]): Promise<Map<string, SeatCounts>> {
  const counts = new Map(partnerIds.map((id) => [id, none()]));
  if (partnerIds.length === 0) return counts;
  const groups = await tx.partnerUser.groupBy({
    by: ["partnerId", "status"],
    where: { tenantId, partnerId: { in: partnerIds } },
    _count: { _all: true },
  });
  for (const group of groups) counts.get(group.partnerId)![FIELD[group.status]] = group._count._all;
  return counts;
}

/** The same for one partner. */
export async function seatCountsOf(tx: Tx, tenantId: string, partnerId: string): Promise<SeatCounts> {
  return (await partnerSeatCounts(tx, tenantId, [partnerId])).get(partnerId)!;
}
