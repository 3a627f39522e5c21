import { withReadScope } from "@/lib/db/read";
import "server-only";
import { authorize, scopeOf, type PartnerCtx, type TenantCtx, type VendorCtx } from "@/lib/auth/context";
import { dateToDay } from "@/lib/activities/dates";
import { type Tx } from "@/lib/db/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BoardQuery } from "./schema";
import { visibleOpportunities } from "./scope";
import { loadStages } from "./stages";
import type { Board } from "./types";

/**
 * The pipeline board: one column per open stage with its number of deals, their value
 * per currency and the first cards by close date (the table pages through the rest).
 * Three indexed reads whatever the pipeline's size — the counts and sums per stage and
 * currency, then each column's first cards on `[tenantId, stageId, closeOn, id]` — so a
 * tenant with 50,000 open deals gets its board in the same few queries as one with 50.
 * The vendor filters by partner ("direct" for its own deals), territory (with everything
 * below it) and rep; a partner sees its own deals only.
 */

/** Cards shown per column; "show all" opens the table filtered by that stage. */
export const BOARD_CARDS = 20;

const CARD = {
  id: true,
  name: true,
  customerName: true,
  amountMinor: true,
  currency: true,
  closeOn: true,
  version: true,
  partner: { select: { id: true, name: true } },
} as const satisfies Prisma.OpportunitySelect;

/** The ids of a territory and every territory below it. */
async function territoryAndBelow(tx: Tx, tenantId: string, territoryId: string): Promise<string[]> {
  const all = await tx.territory.findMany({ where: { tenantId }, select: { id: true, parentId: true } });
  const ids = new Set([territoryId]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const t of all) {
      if (t.parentId && ids.has(t.parentId) && !ids.has(t.id)) {
        ids.add(t.id);
        grew = true;
      }
    }
  }
  return [...ids];
}

/** The vendor's pipeline filters as a where clause (a partner's context ignores them: it sees its own). */
export async function pipelineFilter(tx: Tx, ctx: TenantCtx, filters: Partial<BoardQuery>): Promise<Prisma.OpportunityWhereInput> {
  if (ctx.audience !== "vendor") return {};
  return {
    ...(filters.partner ? { partnerId: filters.partner === "direct" ? null : filters.partner } : {}),
    ...(filters.territory ? { territoryId: { in: await territoryAndBelow(tx, ctx.tenantId, filters.territory) } } : {}),
    ...(filters.rep ? { repMembershipId: filters.rep } : {}),
  };
}

async function board(ctx: TenantCtx, filters: Partial<BoardQuery>): Promise<Board> {
  return withReadScope(scopeOf(ctx), async (tx) => {
    const [stages, filter] = await Promise.all([loadStages(tx, ctx.tenantId), pipelineFilter(tx, ctx, filters)]);
    const where: Prisma.OpportunityWhereInput = { ...visibleOpportunities(ctx), ...filter, status: "OPEN" };
    const open = stages.filter((s) => s.kind === "OPEN");
    const [groups, ...cards] = await Promise.all([
      tx.opportunity.groupBy({ by: ["stageId", "currency"], where, _count: { _all: true }, _sum: { amountMinor: true } }),
      ...open.map((stage) =>
        tx.opportunity.findMany({
          where: { ...where, stageId: stage.id },
          orderBy: [{ closeOn: "asc" }, { id: "asc" }],
          take: BOARD_CARDS,
          select: CARD,
        }),
      ),
    ]);
    return {
      stages,
      columns: open.map((stage, index) => {
        const mine = groups.filter((g) => g.stageId === stage.id);
        return {
          stage,
          count: mine.reduce((sum, g) => sum + g._count._all, 0),
          totals: mine
            .map((g) => ({ currency: g.currency, amountMinor: g._sum.amountMinor ?? 0n }))
            .sort((a, b) => a.currency.localeCompare(b.currency)),
          cards: cards[index]!.map((card) => ({ ...card, closeOn: dateToDay(card.closeOn) })),
        };
      }),
    };
  });
}

/** Vendor: every open deal of the tenant, filtered by partner, territory and rep. */
export async function getBoard(ctx: VendorCtx, filters: Partial<BoardQuery> = {}): Promise<Board> {
  authorize(ctx, "deals.read");
  return board(ctx, filters);
}

/** Portal: the partner's own open deals. */
export async function getOwnBoard(ctx: PartnerCtx): Promise<Board> {
  authorize(ctx, "ownDeals.read");
  return board(ctx, {});
}
