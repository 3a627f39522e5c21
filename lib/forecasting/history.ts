import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db/scope";
import { addMonths, periodIndex, type Period } from "@/lib/forecast/engine/period";
import type { ForecastLevel, ForecastMeasure } from "@/lib/generated/prisma/enums";
import { rollUpTree, type TreeNode } from "./tree";

/**
 * The order history as monthly series (docs/forecasting.md, "History"). What counts: the
 * lines of orders that were submitted and not cancelled or rejected, in the month of the
 * order's submission in the tenant's time zone — units (quantity) and revenue (the line
 * total, exact minor units of the order's currency).
 *
 * One aggregate statement (GROUPING SETS) gives the total, every partner, product, family
 * and each partner's territory; territories are then rolled up the tree in memory (a
 * territory counts everything below it), so the read is one round trip whatever the size.
 * A screen showing one slice reads only that slice's lines (`readSliceHistory`).
 */

/** One series: which slice, what it counts, and its months (`values[i]` is `from + i`). */
export type HistorySeries = {
  level: ForecastLevel;
  /** the partner, territory, family or product id; "" for the total; NONE for no territory/family */
  key: string;
  measure: ForecastMeasure;
  /** the revenue's currency; "" for units */
  currency: string;
  /** units, or minor units of revenue (exact: bigint) */
  values: bigint[];
};

/** The key of orders whose partner has no territory, or lines whose product has no family. */
export const NONE = "none";

type Cell = { level: ForecastLevel; key: string; period: string; currency: string; units: bigint; revenue: bigint };

/**
 * A partner's territory for forecasting: of the territories it is assigned to, the deepest
 * (then by path and id), so every order counts in exactly one branch of the tree and the
 * roll-ups add up to the total.
 */
export const PRIMARY_TERRITORY_SQL = Prisma.sql`
  SELECT DISTINCT ON (tp."partnerId") tp."partnerId", tp."territoryId"
  FROM "TerritoryPartner" tp
  JOIN "Territory" t ON t."tenantId" = tp."tenantId" AND t.id = tp."territoryId"
  WHERE tp."tenantId" = app_tenant_id()
  ORDER BY tp."partnerId", t.depth DESC, t.path, t.id`;

/**
 * The start of month `period` in `timeZone`, as the UTC wall time that timestamp columns
 * hold (Prisma's DateTime is `timestamp(3)` without time zone, written in UTC).
 */
function monthStart(period: Period, timeZone: string): Prisma.Sql {
  return Prisma.sql`(((${`${period}-01`})::timestamp AT TIME ZONE ${timeZone}) AT TIME ZONE 'UTC')`;
}

/**
 * The counted order lines of `from`…`to` as a CTE named `line` (period in the tenant's time
 * zone, currency, partner, product, family, the partner's territory, quantity, line total),
 * optionally only those matching `where` (a condition on `o`, `l`, `p`, `tr`).
 */
function lineCte(input: { tenantId: string; timeZone: string; from: Period; to: Period }, where: Prisma.Sql = Prisma.sql`TRUE`): Prisma.Sql {
  const end = addMonths(input.to, 1);
  return Prisma.sql`
    WITH territory AS (${PRIMARY_TERRITORY_SQL}),
    line AS (
      SELECT to_char((o."submittedAt" AT TIME ZONE 'UTC') AT TIME ZONE ${input.timeZone}, 'YYYY-MM') AS period, o.currency,
             o."partnerId", l."productId", p."familyId", tr."territoryId", l.quantity, l."lineTotalMinor"
      FROM "Order" o
      JOIN "OrderLine" l ON l."tenantId" = o."tenantId" AND l."orderId" = o.id
      JOIN "Product" p ON p."tenantId" = l."tenantId" AND p.id = l."productId"
      LEFT JOIN territory tr ON tr."partnerId" = o."partnerId"
      WHERE o."tenantId" = ${input.tenantId}
        AND o."submittedAt" >= ${monthStart(input.from, input.timeZone)}
        AND o."submittedAt" < ${monthStart(end, input.timeZone)}
        AND o.status::text NOT IN ('DRAFT', 'CANCELLED', 'REJECTED')
        AND ${where}
    )`;
}

async function readCells(tx: Tx, input: { tenantId: string; timeZone: string; from: Period; to: Period }): Promise<Cell[]> {
  const rows = await tx.$queryRaw<{ level: string; key: string | null; period: string; currency: string; units: bigint; revenue: string }[]>`
    ${lineCte(input)}
    SELECT CASE
             WHEN GROUPING("partnerId") = 0 THEN 'PARTNER'
             WHEN GROUPING("productId") = 0 THEN 'PRODUCT'
             WHEN GROUPING("familyId") = 0 THEN 'FAMILY'
             WHEN GROUPING("territoryId") = 0 THEN 'TERRITORY'
             ELSE 'TOTAL'
           END AS level,
           COALESCE("partnerId", "productId", "familyId", "territoryId") AS key,
           period, currency, SUM(quantity)::bigint AS units, SUM("lineTotalMinor")::text AS revenue
    FROM line
    GROUP BY GROUPING SETS ((period, currency), (period, currency, "partnerId"), (period, currency, "productId"),
                            (period, currency, "familyId"), (period, currency, "territoryId"))`;
  return rows.map((row) => ({
    level: row.level as ForecastLevel,
    key: row.level === "TOTAL" ? "" : (row.key ?? NONE),
    period: row.period,
    currency: row.currency,
    units: BigInt(row.units),
    revenue: BigInt(row.revenue),
  }));
}

/** The tenant's territory tree (ids and parents), for the roll-ups. */
export async function readTerritoryTree(tx: Tx, tenantId: string): Promise<TreeNode[]> {
  return tx.territory.findMany({ where: { tenantId }, select: { id: true, parentId: true }, orderBy: { id: "asc" } });
}

function monthsBetween(from: Period, to: Period): number {
  return periodIndex(to)! - periodIndex(from)! + 1;
}

/**
 * Every series with any order in `from`…`to` (inclusive), months without orders as 0, in
 * a stable order (level, key, measure, currency) so a run over the same history writes the
 * same snapshot.
 */
export async function readHistory(tx: Tx, input: { tenantId: string; timeZone: string; from: Period; to: Period }): Promise<HistorySeries[]> {
  const length = monthsBetween(input.from, input.to);
  if (length <= 0) return [];
  const start = periodIndex(input.from)!;
  const cells = await readCells(tx, input);
  const series = new Map<string, HistorySeries>();
  const add = (level: ForecastLevel, key: string, measure: ForecastMeasure, currency: string, period: string, value: bigint) => {
    const id = `${level}\u0000${key}\u0000${measure}\u0000${currency}`;
    let entry = series.get(id);
    if (!entry) series.set(id, (entry = { level, key, measure, currency, values: Array.from({ length }, () => 0n) }));
    const i = periodIndex(period)! - start;
    entry.values[i] = entry.values[i]! + value;
  };
  const territoryCells: Cell[] = [];
  for (const cell of cells) {
    if (cell.level === "TERRITORY") {
      territoryCells.push(cell);
      continue;
    }
    add(cell.level, cell.key, "UNITS", "", cell.period, cell.units);
    add(cell.level, cell.key, "REVENUE", cell.currency, cell.period, cell.revenue);
  }
  const ancestors = rollUpTree(await readTerritoryTree(tx, input.tenantId));
  for (const cell of territoryCells) {
    for (const key of cell.key === NONE ? [NONE] : (ancestors.get(cell.key) ?? [cell.key])) {
      add("TERRITORY", key, "UNITS", "", cell.period, cell.units);
      add("TERRITORY", key, "REVENUE", cell.currency, cell.period, cell.revenue);
    }
  }
  return [...series.values()].sort(compareSeries);
}

/**
 * The lines of one slice: a partner, a product, a family (or none), or a territory with
 * everything below it (partners whose territory for forecasting is in its subtree, or none).
 */
function sliceWhere(tenantId: string, level: ForecastLevel, key: string): Prisma.Sql {
  switch (level) {
    case "TOTAL":
      return Prisma.sql`TRUE`;
    case "PARTNER":
      return Prisma.sql`o."partnerId" = ${key}`;
    case "PRODUCT":
      return Prisma.sql`l."productId" = ${key}`;
    case "FAMILY":
      return key === NONE ? Prisma.sql`p."familyId" IS NULL` : Prisma.sql`p."familyId" = ${key}`;
    case "TERRITORY":
      return key === NONE
        ? Prisma.sql`tr."territoryId" IS NULL`
        : Prisma.sql`o."partnerId" IN (
            WITH RECURSIVE below AS (
              SELECT id FROM "Territory" WHERE "tenantId" = ${tenantId} AND id = ${key}
              UNION
              SELECT t.id FROM "Territory" t JOIN below b ON t."tenantId" = ${tenantId} AND t."parentId" = b.id
            )
            SELECT sub."partnerId" FROM territory sub WHERE sub."territoryId" IN (SELECT id FROM below))`;
  }
}

/**
 * The history of ONE slice, `from`…`to` — exactly the series `readHistory` gives for it
 * (units, and revenue per currency; none when the slice has no order in the range), but
 * reading only that slice's lines: what a screen showing one territory's actuals needs.
 */
export async function readSliceHistory(
  tx: Tx,
  input: { tenantId: string; timeZone: string; from: Period; to: Period; level: ForecastLevel; key: string },
): Promise<HistorySeries[]> {
  const length = monthsBetween(input.from, input.to);
  if (length <= 0) return [];
  const start = periodIndex(input.from)!;
  const rows = await tx.$queryRaw<{ period: string; currency: string; units: bigint; revenue: string }[]>`
    ${lineCte(input, sliceWhere(input.tenantId, input.level, input.key))}
    SELECT period, currency, SUM(quantity)::bigint AS units, SUM("lineTotalMinor")::text AS revenue
    FROM line GROUP BY period, currency`;
  const series = new Map<string, HistorySeries>();
  const add = (measure: ForecastMeasure, currency: string, period: string, value: bigint) => {
    const id = `${measure}\u0000${currency}`;
    let entry = series.get(id);
    if (!entry) series.set(id, (entry = { level: input.level, key: input.key, measure, currency, values: Array.from({ length }, () => 0n) }));
    const i = periodIndex(period)! - start;
    entry.values[i] = entry.values[i]! + value;
  };
  for (const row of rows) {
    add("UNITS", "", row.period, BigInt(row.units));
    add("REVENUE", row.currency, row.period, BigInt(row.revenue));
  }
  return [...series.values()].sort(compareSeries);
}

const LEVEL_ORDER: Record<ForecastLevel, number> = { TOTAL: 0, TERRITORY: 1, PARTNER: 2, FAMILY: 3, PRODUCT: 4 };

export function compareSeries(a: Pick<HistorySeries, "level" | "key" | "measure" | "currency">, b: Pick<HistorySeries, "level" | "key" | "measure" | "currency">): number {
  return (
    LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) ||
    (a.measure < b.measure ? 1 : a.measure > b.measure ? -1 : 0) ||
    (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0)
  );
}
