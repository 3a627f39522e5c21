import "server-only";
import { vendorCan } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db/scope";

/**
 * Every deal has a vendor rep: an owner of the territory its customer falls in, or of the
 * nearest territory above it that has one (a rep owning "LATAM" covers "LATAM › México").
 * Only active seats whose role reads deals qualify; the first assigned is the deal's rep,
 * and all of them are alerted on registrations and stage changes there. TerritoryOwner is
 * vendor-only: callers run this in a vendor or system scope (./detection.ts widens a
 * partner's).
 */
export type Rep = { membershipId: string; userId: string; name: string };

/** The reps of the first territory in `chain` (nearest first) that has any. */
export async function unsafeRepsOf(tx: Tx, tenantId: string, chain: readonly string[]): Promise<Rep[]> {
  if (!chain.length) return [];
  const owners = await tx.territoryOwner.findMany({
    where: { tenantId, territoryId: { in: [...chain] }, membership: { status: "ACTIVE" } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { territoryId: true, membershipId: true, membership: { select: { userId: true, role: true, user: { select: { name: true } } } } },
  });
  for (const territoryId of chain) {
    const reps = owners
      .filter((o) => o.territoryId === territoryId && vendorCan(o.membership.role, "deals.read"))
      .map((o) => ({ membershipId: o.membershipId, userId: o.membership.userId, name: o.membership.user.name }));
    if (reps.length) return reps;
  }
  return [];
}

/** Ids of the territory and every territory above it, nearest first. */
export function territoryChain(territoryId: string | null, territories: ReadonlyMap<string, { parentId: string | null }>): string[] {
  const chain: string[] = [];
  for (let current = territoryId; current && !chain.includes(current); current = territories.get(current)?.parentId ?? null) {
    chain.push(current);
  }
  return chain;
}

/** The reps alerted about a deal placed in `territoryId` (stage changes, expiry). */
export async function unsafeRepsOfTerritory(tx: Tx, tenantId: string, territoryId: string | null): Promise<Rep[]> {
  if (!territoryId) return [];
  const territories = await tx.territory.findMany({ where: { tenantId }, select: { id: true, parentId: true } });
  return unsafeRepsOf(tx, tenantId, territoryChain(territoryId, new Map(territories.map((t) => [t.id, t]))));
}
