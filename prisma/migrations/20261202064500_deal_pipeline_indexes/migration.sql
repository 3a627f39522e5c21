-- The pipeline's reads over many open deals (lib/deals/opportunity-query.ts; docs/deals.md
-- "Performance"). Written by hand: Prisma's schema language has neither partial indexes nor
-- INCLUDE columns; prisma/schema/deals.prisma names them in a comment on Opportunity.
--
-- Why partial (status = 'OPEN'): under row-level security PostgreSQL lets a condition
-- become an index condition only when its operator is LEAKPROOF, and enum equality is not —
-- so `status = 'OPEN'` could never select a range of the [tenantId, status, …] indexes and
-- the table's first page sorted every open deal. A partial index's predicate is proven from
-- the query without being evaluated first, so these serve the open pipeline (what the board
-- and the table show by default) for the app role.

-- The table's first page by close date and by amount: read in index order, stop at the page.
CREATE INDEX "Opportunity_open_closeOn_idx" ON "Opportunity" ("tenantId", "closeOn", "id") WHERE "status" = 'OPEN';
CREATE INDEX "Opportunity_open_amount_idx" ON "Opportunity" ("tenantId", "amountMinor", "id") WHERE "status" = 'OPEN';

-- The board filtered by partner (or direct deals), territory or rep: each column's first
-- cards in index order, and the counts and sums per stage and currency from the index alone
-- (index-only scans; partnerId is included because the partner policy reads it).
CREATE INDEX "Opportunity_open_partner_board_idx" ON "Opportunity" ("tenantId", "partnerId", "stageId", "closeOn", "id") INCLUDE ("currency", "amountMinor") WHERE "status" = 'OPEN';
CREATE INDEX "Opportunity_open_territory_board_idx" ON "Opportunity" ("tenantId", "territoryId", "stageId", "closeOn", "id") INCLUDE ("currency", "amountMinor", "partnerId") WHERE "status" = 'OPEN';
CREATE INDEX "Opportunity_open_rep_board_idx" ON "Opportunity" ("tenantId", "repMembershipId", "stageId", "closeOn", "id") INCLUDE ("currency", "amountMinor", "partnerId") WHERE "status" = 'OPEN';
