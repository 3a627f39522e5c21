-- The unfiltered board's counts and sums per stage and currency from the index alone (an
-- index-only range per stage: lib/deals/opportunity-query.ts boardTotals). Partial on open
-- deals like the other pipeline indexes (migration …_deal_pipeline_indexes explains why);
-- partnerId is included because the partner policy reads it. Written by hand: Prisma's
-- schema language has neither partial indexes nor INCLUDE columns.
CREATE INDEX "Opportunity_open_totals_idx" ON "Opportunity" ("tenantId", "stageId", "currency") INCLUDE ("amountMinor", "partnerId") WHERE "status" = 'OPEN';
