import "server-only";
import type { Tx } from "@/lib/db/scope";
import { addMonths, periodIndex, type Period } from "@/lib/forecast/engine/period";
import type { ForecastLevel } from "@/lib/generated/prisma/enums";
import { roundDiv } from "@/lib/money";
import { NONE, PRIMARY_TERRITORY_SQL, readTerritoryTree } from "./history";
import { rollUpTree } from "./tree";

/**
 * The pipeline forecast (revenue): every OPEN opportunity's amount × its stage's
 * probability, in the month of its expected close date. A deal whose close date has
 * already passed but is still open is expected in the first forecast month (it has not
 * closed yet, and the forecast cannot put money in the past). Deals closing after the
 * horizon are left out. A deal counts for its partner (direct deals for none), for its
 * territory — or, without one, its partner's — and every territory above, and the total.
 * Sums are exact: Σ amount × probability in minor units × 100, divided by 100 once per
 * month and slice (half away from zero).
 */
export type PipelineSeries = { level: ForecastLevel; key: string; currency: string; values: bigint[] };

export async function readPipeline(tx: Tx, input: { tenantId: string; asOf: Period; horizon: number }): Promise<PipelineSeries[]> {
  const last = addMonths(input.asOf, input.horizon - 1);
  const rows = await tx.$queryRaw<{ period: string; partnerId: string | null; territoryId: string | null; currency: string; weighted: string }[]>`
    WITH territory AS (${PRIMARY_TERRITORY_SQL})
    SELECT GREATEST(to_char(o."closeOn", 'YYYY-MM'), ${input.asOf}) AS period, o."partnerId",
           COALESCE(o."territoryId", tr."territoryId") AS "territoryId", o.currency,
           SUM(o."amountMinor" * s.probability)::text AS weighted
    FROM "Opportunity" o
    JOIN "DealStage" s ON s."tenantId" = o."tenantId" AND s.id = o."stageId"
    LEFT JOIN territory tr ON tr."partnerId" = o."partnerId"
    WHERE o."tenantId" = ${input.tenantId} AND o.status::text = 'OPEN' AND to_char(o."closeOn", 'YYYY-MM') <= ${last}
    GROUP BY 1, 2, 3, 4`;
  const start = periodIndex(input.asOf)!;
  const ancestors = rollUpTree(await readTerritoryTree(tx, input.tenantId));
  // Σ amount × probability (hundredths of a minor unit) per slice and month
  const sums = new Map<string, { level: ForecastLevel; key: string; currency: string; values: bigint[] }>();
  const add = (level: ForecastLevel, key: string, currency: string, month: number, value: bigint) => {
    const id = `${level}\u0000${key}\u0000${currency}`;
    let entry = sums.get(id);
    if (!entry) sums.set(id, (entry = { level, key, currency, values: Array.from({ length: input.horizon }, () => 0n) }));
    entry.values[month] = entry.values[month]! + value;
  };
  for (const row of rows) {
    const month = periodIndex(row.period)! - start;
    const weighted = BigInt(row.weighted);
    add("TOTAL", "", row.currency, month, weighted);
    if (row.partnerId) add("PARTNER", row.partnerId, row.currency, month, weighted);
    const territories = row.territoryId ? (ancestors.get(row.territoryId) ?? [row.territoryId]) : [NONE];
    for (const key of territories) add("TERRITORY", key, row.currency, month, weighted);
  }
  return [...sums.values()].map((entry) => ({ ...entry, values: entry.values.map((v) => roundDiv(v, 100n)) }));
}
