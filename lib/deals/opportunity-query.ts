import "server-only";
import type { TenantCtx } from "@/lib/auth/context";
import { escapeLike } from "@/lib/db/like";
import type { Tx } from "@/lib/db/scope";
import { Prisma } from "@/lib/generated/prisma/client";
import type { BoardQuery, OpportunitySort, OpportunityStatusValue } from "./schema";
import { visibleOpportunitiesSql } from "./scope";

/**
 * The pipeline's reads over many deals (the board's counts and cards, the table's page) as
 * SQL, because of how PostgreSQL plans them under row-level security: a condition becomes an
 * index condition only when its operator is LEAKPROOF, and enum equality is not. So
 * `status = 'OPEN'` waited behind the partner policy, the `[tenantId, status, closeOn, id]`
 * index could not give the order, and the table's first page read, joined and sorted all
 * 50,000 open deals. Partial indexes on open deals (migration …_deal_pipeline_indexes) need
 * no evaluation of the condition, only a proof from it — which takes a constant, and Prisma
 * sends an enum as `CAST($1::text AS "OpportunityStatus")`, evaluated per query. Here the
 * status is a parameter of the enum type itself, and a territory's subtree one array
 * parameter. docs/deals.md "Performance" has the plans and figures.
 */

export type OpportunityConditions = Partial<BoardQuery> & {
  status?: OpportunityStatusValue;
  stage?: string;
  q?: string;
  /** the export's bound: deals added after it started are left out */
  createdUpTo?: Date;
};

/**
 * The ids of a territory and every territory below it: one recursive read of that subtree.
 * They go into the pipeline's statement as ONE array parameter (`= ANY`), however large the
 * tree. Kept as a statement of its own on purpose: inside the pipeline's statement the
 * planner cannot tell how many territories the recursion yields, and it then scanned every
 * open deal (98–173 ms at load 14) where the known ids take the territory index (~45 ms).
 */
export async function territoryAndBelow(tx: Tx, tenantId: string, territoryId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE "below" AS (
      SELECT "id" FROM "Territory" WHERE "tenantId" = ${tenantId} AND "id" = ${territoryId}
      UNION
      SELECT t."id" FROM "Territory" t JOIN "below" b ON t."parentId" = b."id" WHERE t."tenantId" = ${tenantId}
    )
    SELECT "id" FROM "below"`;
  return rows.map((row) => row.id);
}

/**
 * The deals a reader sees, filtered: a partner its own (the vendor's filters do not apply
 * to it); the vendor by partner ("direct" for its own deals), territory (with everything
 * below it) and rep. Columns are those of "Opportunity" aliased `o`.
 */
export async function opportunityConditions(tx: Tx, ctx: TenantCtx, filters: OpportunityConditions): Promise<Prisma.Sql> {
  const parts = [visibleOpportunitiesSql(ctx, "o")];
  if (ctx.audience === "vendor") {
    if (filters.partner === "direct") parts.push(Prisma.sql`o."partnerId" IS NULL`);
    else if (filters.partner) parts.push(Prisma.sql`o."partnerId" = ${filters.partner}`);
    if (filters.territory) {
      const ids = await territoryAndBelow(tx, ctx.tenantId, filters.territory);
      // One territory (a leaf) is an equality, which lets its index give the cards' order too.
      parts.push(ids.length === 1 ? Prisma.sql`o."territoryId" = ${ids[0]}` : Prisma.sql`o."territoryId" = ANY (${ids}::text[])`);
    }
    if (filters.rep) parts.push(Prisma.sql`o."repMembershipId" = ${filters.rep}`);
  }
  if (filters.status) parts.push(Prisma.sql`o."status" = ${filters.status}::"OpportunityStatus"`);
  if (filters.stage) parts.push(Prisma.sql`o."stageId" = ${filters.stage}`);
  if (filters.q) parts.push(Prisma.sql`o."customerName" ILIKE ${`%${escapeLike(filters.q)}%`}`);
  // Stored as UTC wall-clock time (timestamp(3)), as Prisma writes and compares it.
  if (filters.createdUpTo) parts.push(Prisma.sql`o."createdAt" <= ${filters.createdUpTo.toISOString()}::timestamp(3)`);
  return Prisma.join(parts, " AND ");
}

const ORDER: Record<OpportunitySort, Prisma.Sql> = {
  close: Prisma.sql`o."closeOn"`,
  amount: Prisma.sql`o."amountMinor"`,
  created: Prisma.sql`o."createdAt"`,
};

/** The ids of one page of the table, in its order (then by id, as every list). */
export async function opportunityPageIds(
  tx: Tx,
  where: Prisma.Sql,
  sort: { id: OpportunitySort; desc: boolean },
  window: { skip: number; take: number },
): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT o."id" FROM "Opportunity" o WHERE ${where}
    ORDER BY ${ORDER[sort.id]} ${sort.desc ? Prisma.sql`DESC` : Prisma.sql`ASC`}, o."id" ASC
    LIMIT ${window.take} OFFSET ${window.skip}`;
  return rows.map((row) => row.id);
}

/** How many deals match, counting no further than `cap + 1`. */
export async function countOpportunities(tx: Tx, where: Prisma.Sql, cap: number): Promise<number> {
  const [row] = await tx.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS "count" FROM (SELECT 1 FROM "Opportunity" o WHERE ${where} LIMIT ${cap + 1}) AS "capped"`;
  return row?.count ?? 0;
}

/**
 * The board's figures: deals and their value per open stage and currency — one index range
 * per stage, read from the index alone (`Opportunity_open_totals_idx` unfiltered, the
 * filters' covering indexes otherwise). Written as one grouped scan of every open deal,
 * the planner preferred a sequential read of the table (its estimate of the partner
 * policy halves the rows, so the index looked dearer): twice the time in the plans.
 */
export function boardTotals(tx: Tx, where: Prisma.Sql, stageIds: string[]) {
  return tx.$queryRaw<{ stageId: string; currency: string; count: number; amountMinor: bigint }[]>`
    SELECT s."id" AS "stageId", t."currency", t."count", t."amountMinor"
    FROM unnest(${stageIds}::text[]) AS s("id")
    CROSS JOIN LATERAL (
      SELECT o."currency", count(*)::int AS "count", sum(o."amountMinor")::bigint AS "amountMinor"
      FROM "Opportunity" o WHERE ${where} AND o."stageId" = s."id"
      GROUP BY o."currency"
    ) AS t`;
}

/**
 * Each stage's first `perStage` cards by close date, in one statement (one index range per
 * stage); the partner's name is looked up for those cards only, after the limit, one index
 * probe each (`OFFSET 0` keeps the lookup a subquery: as a join, the planner read and
 * hashed every partner of the tenant for 80 cards).
 */
export function boardCards(tx: Tx, where: Prisma.Sql, stageIds: string[], perStage: number) {
  return tx.$queryRaw<
    { stageId: string; tenantId: string; id: string; name: string; customerName: string; amountMinor: bigint; currency: string; closeOn: Date; version: number; partnerId: string | null; partnerName: string | null }[]
  >`
    SELECT s."id" AS "stageId", c.*, p."name" AS "partnerName"
    FROM unnest(${stageIds}::text[]) AS s("id")
    CROSS JOIN LATERAL (
      SELECT o."tenantId", o."id", o."name", o."customerName", o."amountMinor", o."currency", o."closeOn", o."version", o."partnerId"
      FROM "Opportunity" o
      WHERE ${where} AND o."stageId" = s."id"
      ORDER BY o."closeOn", o."id"
      LIMIT ${perStage}
    ) AS c
    LEFT JOIN LATERAL (
      SELECT p."name" FROM "Partner" p WHERE p."tenantId" = c."tenantId" AND p."id" = c."partnerId" OFFSET 0
    ) AS p ON true`;
}
