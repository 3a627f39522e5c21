import "server-only";
import { scopeOf, type TenantCtx, type SystemCtx } from "@/lib/auth/context";
import { applyScope, type Tx } from "@/lib/db/scope";
import type { PrecedenceRule } from "@/lib/territories/precedence";

/**
 * What de-duplication, territory rules and conflict detection must see, whoever asks: the
 * accounts of every owner that share a key with the new ones, the tenant's rules and tree,
 * and the owning partners' territories. A partner's own scope shows none of that (other
 * partners' accounts and the rules are not its to read), so this one read widens the
 * transaction to the whole tenant and then restores the caller's scope. Its results never
 * leave lib/accounts except as "under review": the caller's answer names no other owner.
 */

export type MatchKeys = { nameKey: string; domain: string | null; taxId: string | null };

export type KnownAccount = MatchKeys & { id: string; partnerId: string | null; name: string };

export type WorldRule = PrecedenceRule & { territoryPath: string };

export type TerritoryNode = { id: string; parentId: string | null; path: string };

export type ClaimWorld = {
  matches: KnownAccount[];
  rules: WorldRule[];
  territories: Map<string, TerritoryNode>;
  /** territory ids assigned to each owning partner */
  partnerTerritories: Map<string, Set<string>>;
};

export async function unsafeAcrossPartners<T>(tx: Tx, ctx: TenantCtx | SystemCtx, fn: () => Promise<T>): Promise<T> {
  if (ctx.audience !== "partner") return fn();
  await applyScope(tx, { audience: "system", tenantId: ctx.tenantId });
  const result = await fn();
  // Only on success: after an error the transaction is aborted and rolled back anyway.
  await applyScope(tx, scopeOf(ctx));
  return result;
}

/** The claim world's rows as its one statement returns them (JSON; dates as ISO text). */
type WorldRows = {
  matches: KnownAccount[];
  rules: (Omit<WorldRule, "createdAt"> & { createdAt: string })[];
  territories: TerritoryNode[];
  assigned: { partnerId: string; territoryId: string }[];
};

/** Reads the claim world for a batch of drafts (see the file comment for why it is unscoped). */
export async function unsafeLoadClaimWorld(
  tx: Tx,
  ctx: TenantCtx | SystemCtx,
  keys: readonly MatchKeys[],
  partnerIds: readonly string[],
): Promise<ClaimWorld> {
  const tenantId = ctx.tenantId;
  const nameKeys = [...new Set(keys.map((k) => k.nameKey).filter(Boolean))];
  const domains = [...new Set(keys.map((k) => k.domain).filter((v): v is string => !!v))];
  const taxIds = [...new Set(keys.map((k) => k.taxId).filter((v): v is string => !!v))];
  return unsafeAcrossPartners(tx, ctx, async () => {
    // One statement, four reads: this runs in every duplicate check, claim and import, and
    // under load each round trip costs more than these small reads (docs/deals.md).
    const [world] = await tx.$queryRaw<[WorldRows]>`
      SELECT
        (SELECT coalesce(json_agg(json_build_object('id', a."id", 'partnerId', a."partnerId", 'name', a."name",
                                                    'nameKey', a."nameKey", 'domain', a."domain", 'taxId', a."taxId")), '[]')
         FROM "Account" a
         WHERE a."tenantId" = ${tenantId}
           AND (a."nameKey" = ANY (${nameKeys}::text[]) OR a."domain" = ANY (${domains}::text[]) OR a."taxId" = ANY (${taxIds}::text[]))) AS "matches",
        (SELECT coalesce(json_agg(json_build_object('id', r."id", 'territoryId', r."territoryId", 'country', r."country",
                                                    'regionKey', r."regionKey", 'postalPrefix', r."postalPrefix", 'industry', r."industry",
                                                    'priority', r."priority", 'createdAt', to_char(r."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                                                    'depth', t."depth", 'territoryPath', t."path")), '[]')
         FROM "TerritoryRule" r JOIN "Territory" t ON t."tenantId" = r."tenantId" AND t."id" = r."territoryId"
         WHERE r."tenantId" = ${tenantId}) AS "rules",
        (SELECT coalesce(json_agg(json_build_object('id', t."id", 'parentId', t."parentId", 'path', t."path")), '[]')
         FROM "Territory" t WHERE t."tenantId" = ${tenantId}) AS "territories",
        (SELECT coalesce(json_agg(json_build_object('partnerId', tp."partnerId", 'territoryId', tp."territoryId")), '[]')
         FROM "TerritoryPartner" tp WHERE tp."tenantId" = ${tenantId} AND tp."partnerId" = ANY (${[...partnerIds]}::text[])) AS "assigned"`;
    const { matches, territories, assigned } = world;
    const rules = world.rules.map((rule) => ({ ...rule, createdAt: new Date(rule.createdAt) }));
    const partnerTerritories = new Map<string, Set<string>>();
    for (const row of assigned) {
      const set = partnerTerritories.get(row.partnerId) ?? new Set<string>();
      set.add(row.territoryId);
      partnerTerritories.set(row.partnerId, set);
    }
    return {
      matches,
      rules,
      territories: new Map(territories.map((t) => [t.id, t])),
      partnerTerritories,
    };
  });
}

/** Whether `territoryId` is one of `assigned` or lies below one of them. */
export function withinTerritories(
  territoryId: string | null,
  assigned: ReadonlySet<string>,
  territories: ReadonlyMap<string, TerritoryNode>,
): boolean {
  const seen = new Set<string>();
  let current = territoryId;
  while (current && !seen.has(current)) {
    if (assigned.has(current)) return true;
    seen.add(current);
    current = territories.get(current)?.parentId ?? null;
  }
  return false;
}
