import { withReadScope } from "@/lib/db/read";
import "server-only";
import { authorize, scopeOf, type PartnerCtx, type TenantCtx, type VendorCtx } from "@/lib/auth/context";
import { dateToDay } from "@/lib/activities/dates";
import { boardCards, boardTotals, opportunityConditions } from "./opportunity-query";
import type { BoardQuery } from "./schema";
import { loadStages } from "./stages";
import type { Board } from "./types";

/**
 * The pipeline board: one column per open stage with its number of deals, their value
 * per currency and the first cards by close date (the table pages through the rest).
 * Three statements whatever the pipeline's size or filter — the stages, the counts and
 * sums per stage and currency (one index-only range per stage), and every column's first
 * cards at once (one index range per stage on `[tenantId, stageId, closeOn, id]`) — see
 * ./opportunity-query.ts for why they are SQL. The vendor filters by partner ("direct" for its own deals), territory
 * (with everything below it) and rep; a partner sees its own deals only.
 */

/** Cards shown per column; "show all" opens the table filtered by that stage. */
export const BOARD_CARDS = 20;

async function board(ctx: TenantCtx, filters: Partial<BoardQuery>): Promise<Board> {
  return withReadScope(scopeOf(ctx), async (tx) => {
    const stages = await loadStages(tx, ctx.tenantId);
    const open = stages.filter((s) => s.kind === "OPEN");
    const stageIds = open.map((stage) => stage.id);
    const where = await opportunityConditions(tx, ctx, { ...filters, status: "OPEN" });
    const [totals, cards] = await Promise.all([boardTotals(tx, where, stageIds), boardCards(tx, where, stageIds, BOARD_CARDS)]);
    return {
      stages,
      columns: open.map((stage) => {
        const mine = totals.filter((row) => row.stageId === stage.id);
        return {
          stage,
          count: mine.reduce((sum, row) => sum + row.count, 0),
          totals: mine.map((row) => ({ currency: row.currency, amountMinor: row.amountMinor })).sort((a, b) => a.currency.localeCompare(b.currency)),
          cards: cards
            .filter((card) => card.stageId === stage.id)
            .map(({ stageId: _stage, tenantId: _tenant, partnerId, partnerName, closeOn, ...card }) => ({
              ...card,
              closeOn: dateToDay(closeOn),
              partner: partnerId && partnerName !== null ? { id: partnerId, name: partnerName } : null,
            })),
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
