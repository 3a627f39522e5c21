/**
 * Row-level security appended to generated migrations, so a new tenant-owned table can
 * never ship without its tenant policy. The SQL functions app_tenant_id(),
 * app_partner_id() and app_is_vendor() are defined by hand in the first migration,
 * app_is_preview() in …_partner_self_service.
 */

/**
 * Tenant tables whose policies are written by hand in their migration (never
 * auto-generated): seats and partners (seen across tenants by their own user), and the
 * tenant outbox (written by the worker, read by vendor users or the recipient), files (a
 * partner reads its own and the tenant's shared ones), the vendor's own territory rules,
 * reassignment history and channel conflicts, activities (partners read only shared ones),
 * and the deals tables named below.
 */
export const RLS_CUSTOM_TABLES: readonly string[] = [
  "Membership",
  "PartnerUser",
  "Partner",
  "OutboxEvent",
  "Delivery",
  "Notification",
  // activities: partner sessions see only SHARED rows of their partner; the reminders job reads open tasks
  "Activity",
  // partner files, plus the tenant files shared with every partner (the logo)
  "FileObject",
  // territories and conflicts (migration …_accounts_territories): vendor-only rows, and a
  // partner reads just the territories it is assigned to
  "Territory",
  "TerritoryRule",
  "TerritoryOwner",
  "AccountTerritoryChange",
  "ChannelConflict",
  // deals (migration …_deals): stages and rules read by all, changed by the vendor; the
  // worker reads open registrations; duplicate evidence is vendor-only
  "DealStage",
  "DealSettings",
  "DealRegistration",
  "DealMatch",
  // leads (migration …_leads): distribution rules are the vendor's alone; the worker reads
  // open offers to find those past their deadline
  "LeadRule",
  "LeadOffer",
  // catalog (migration …_catalog): every session of the tenant reads brands, families and
  // images, partners only products that are not drafts; only the vendor writes; costs and
  // floor prices are the vendor's alone
  "Brand",
  "ProductFamily",
  "Product",
  "ProductImage",
  "ProductCost",
  // prices (migration …_pricing): working copies, settings and findings are the vendor's
  // alone; a partner reads live versions that apply to it and their prices
  "PriceList",
  "PriceListEntry",
  "PriceListVersion",
  "PublishedPrice",
  "PricingSettings",
  "PriceFinding",
  // orders (migration …_orders): approval rules read by every session, written by the
  // vendor; a partner reads its own credit limit, the vendor writes it; warehouses, stock
  // items and the stock ledger are the vendor's alone
  "ApprovalRule",
  "CreditLimit",
  "Warehouse",
  "StockItem",
  "InventoryMovement",
  // warranties (migration …_warranties): every session reads standard policies and the
  // extension offers, a partner also its own customised policies; only the vendor writes
  "WarrantyPolicy",
  "WarrantyExtensionOffer",
  // saved views of lists (migration …_saved_views): a person's own, in one tenant
  "SavedView",
  // forecasting (migration …_forecasting): runs, their series and values, and commits are
  // the vendor's alone (a partner's own submissions carry the standard partner policy);
  // action plans too (migration …_forecast_action_plans)
  "ForecastRun",
  "ForecastSeries",
  "ForecastValue",
  "ForecastCommit",
  // co-op (migration …_coop): every session reads the programs; only the vendor writes
  "CoopProgram",
  "ForecastActionPlan",
];

/**
 * Global tables without row-level security: they hold no tenant data (emailed-token
 * hashes, the development mailbox, rate-limit counters). Their optional "tenantId" is a
 * reference with a foreign key, not ownership. Every other table has RLS, including the
 * global ones that belong to a user (AccountEvent, PhoneVerification…) or the worker
 * (JobRun); tests/isolation/rls.test.ts checks this list stays short, and
 * tests/unit/schema.test.ts that every model without a tenant says why (`@global`).
 */
export const GLOBAL_TABLES: readonly string[] = ["AuthToken", "DevMailboxMessage", "RateLimitBucket"];

export type RlsTable = { table: string; qualified: string; partnerScoped: boolean };

/**
 * Finds `CREATE TABLE` statements in Prisma-generated SQL whose column list has a
 * "tenantId" column (Prisma writes one column per line, indented, the name first).
 */
export function findTenantTables(sql: string): RlsTable[] {
  const tables: RlsTable[] = [];
  const re = /^CREATE TABLE ((?:"[^"]+"\.)?"([^"]+)") \(\n([\s\S]*?)\n\);/gm;
  for (const match of sql.matchAll(re)) {
    const [, qualified, table, body] = match as unknown as [string, string, string, string];
    const columns = new Set([...body.matchAll(/^\s+"([^"]+)" /gm)].map((m) => m[1]));
    if (!columns.has("tenantId") || RLS_CUSTOM_TABLES.includes(table) || GLOBAL_TABLES.includes(table)) continue;
    tables.push({ table, qualified, partnerScoped: columns.has("partnerId") });
  }
  return tables;
}

export function rlsStatements({ qualified, partnerScoped }: RlsTable): string {
  const lines = [
    `ALTER TABLE ${qualified} ENABLE ROW LEVEL SECURITY;`,
    `ALTER TABLE ${qualified} FORCE ROW LEVEL SECURITY;`,
    `CREATE POLICY tenant_isolation ON ${qualified} USING ("tenantId" = app_tenant_id()) WITH CHECK ("tenantId" = app_tenant_id());`,
    // A vendor previewing a partner's portal reads and never writes (migration …_partner_self_service).
    `CREATE POLICY preview_no_insert ON ${qualified} AS RESTRICTIVE FOR INSERT WITH CHECK (NOT app_is_preview());`,
    `CREATE POLICY preview_no_update ON ${qualified} AS RESTRICTIVE FOR UPDATE USING (NOT app_is_preview());`,
    `CREATE POLICY preview_no_delete ON ${qualified} AS RESTRICTIVE FOR DELETE USING (NOT app_is_preview());`,
  ];
  if (partnerScoped) {
    // Sub-selects: evaluated once per statement (an InitPlan), not once per row — a count
    // over 200,000 accounts otherwise spends most of its time reading the settings.
    const rule = `(SELECT app_is_vendor()) OR "partnerId" = (SELECT app_partner_id())`;
    lines.push(`CREATE POLICY partner_isolation ON ${qualified} AS RESTRICTIVE USING (${rule}) WITH CHECK (${rule});`);
  }
  return lines.join("\n");
}

/** The generated SQL plus an RLS section, and the tables it covered. */
export function appendRls(sql: string): { sql: string; tables: RlsTable[] } {
  const tables = findTenantTables(sql);
  if (tables.length === 0) return { sql, tables };
  const section = tables.map((t) => `-- RowLevelSecurity: ${t.table}\n${rlsStatements(t)}`).join("\n\n");
  return {
    sql: `${sql.trimEnd()}\n\n-- Added by scripts/db/rls.ts for tables with a "tenantId" column.\n${section}\n`,
    tables,
  };
}
