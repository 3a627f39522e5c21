import "server-only";
import type { Tx } from "@/lib/db/scope";
import { wonDeals } from "@/lib/deals/metrics";
import { PROGRAM_METRICS, type ProgramMetricValue } from "./metric-names";

/**
 * The metrics tier rules are written on, each read through ONE function. Revenue and
 * certified people are the values the vendor records (RecordedMetric); won deals are the
 * deals the partner won in Canal (lib/deals/metrics.ts) plus any recorded for the same
 * window — deals won outside Canal, before it or in another system. When orders land,
 * REVENUE_T12M changes its reader here and nothing else in the programs module moves (the
 * explanation names the source each value was read from).
 */

export type { ProgramMetricValue };

export type MetricQuery = { tenantId: string; partnerId: string; /** the evaluation day (UTC) */ asOf: Date; currency: string };

/** What a reader found: the value (minor units or a count, as a decimal string for JSON) and where from. */
export type MetricReading = {
  metric: ProgramMetricValue;
  value: string;
  /** "deals": won in Canal, plus what was recorded */
  source: "recorded" | "deals";
  /** the window read: trailing metrics [from, to], a point-in-time metric only `to` */
  from: string | null;
  to: string;
  /** how many recorded values made it */
  records: number;
  /** source "deals": how many of the value are deals won in Canal */
  won?: number;
};

type MetricDefinition = {
  /** "flow": values of periods summed over a window; "stock": the latest value */
  kind: "flow" | "stock";
  read: (tx: Tx, query: MetricQuery) => Promise<MetricReading>;
};

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The evaluation day's date at 00:00 UTC (RecordedMetric periods are dates). */
export function dayOf(moment: Date): Date {
  return new Date(Date.UTC(moment.getUTCFullYear(), moment.getUTCMonth(), moment.getUTCDate()));
}

/**
 * The first day of the trailing 12 months ending on `asOf`: a period counts when it ends
 * after the same date a year earlier and no later than `asOf` (so 2026-12-01 covers
 * periods ending 2025-12-02 … 2026-12-01).
 */
export function trailingYearStart(asOf: Date): Date {
  const start = new Date(Date.UTC(asOf.getUTCFullYear() - 1, asOf.getUTCMonth(), asOf.getUTCDate()));
  start.setUTCDate(start.getUTCDate() + 1);
  return start;
}

/** Sum of a flow metric's recorded values over the trailing 12 months. */
function trailingSum(metric: ProgramMetricValue, money: boolean) {
  return async (tx: Tx, query: MetricQuery): Promise<MetricReading> => {
    const from = trailingYearStart(query.asOf);
    const rows = await tx.recordedMetric.aggregate({
      where: {
        tenantId: query.tenantId,
        partnerId: query.partnerId,
        metric,
        periodEnd: { gte: from, lte: query.asOf },
        // Revenue in another currency is never added to the program's: it is not counted.
        ...(money ? { currency: query.currency } : {}),
      },
      _sum: { value: true },
      _count: { _all: true },
    });
    return {
      metric,
      value: (rows._sum.value ?? 0n).toString(),
      source: "recorded",
      from: isoDay(from),
      to: isoDay(query.asOf),
      records: rows._count._all,
    };
  };
}

/** The latest recorded value of a point-in-time metric on or before the evaluation day. */
function latestValue(metric: ProgramMetricValue) {
  return async (tx: Tx, query: MetricQuery): Promise<MetricReading> => {
    const row = await tx.recordedMetric.findFirst({
      where: { tenantId: query.tenantId, partnerId: query.partnerId, metric, periodEnd: { lte: query.asOf } },
      orderBy: [{ periodEnd: "desc" }, { createdAt: "desc" }],
      select: { value: true, periodEnd: true },
    });
    return {
      metric,
      value: (row?.value ?? 0n).toString(),
      source: "recorded",
      from: null,
      to: isoDay(row?.periodEnd ?? query.asOf),
      records: row ? 1 : 0,
    };
  };
}

/** Deals won in Canal over the trailing 12 months (the evaluation day included), plus the recorded ones. */
async function wonDealsTrailing(tx: Tx, query: MetricQuery): Promise<MetricReading> {
  const recorded = await trailingSum("WON_DEALS_T12M", false)(tx, query);
  const won = await wonDeals(tx, {
    tenantId: query.tenantId,
    partnerId: query.partnerId,
    from: trailingYearStart(query.asOf),
    to: new Date(dayOf(query.asOf).getTime() + 86_400_000),
  });
  return { ...recorded, value: (BigInt(recorded.value) + BigInt(won)).toString(), source: "deals", won };
}

export const METRICS: Record<ProgramMetricValue, MetricDefinition> = {
  REVENUE_T12M: { kind: "flow", read: trailingSum("REVENUE_T12M", true) },
  CERTIFIED_PEOPLE: { kind: "stock", read: latestValue("CERTIFIED_PEOPLE") },
  WON_DEALS_T12M: { kind: "flow", read: wonDealsTrailing },
};

/** Every metric of one partner, as of one day. */
export async function readMetrics(tx: Tx, query: MetricQuery): Promise<MetricReading[]> {
  const readings: MetricReading[] = [];
  // One after the other: a transaction runs one statement at a time anyway.
  for (const metric of PROGRAM_METRICS) readings.push(await METRICS[metric].read(tx, query));
  return readings;
}
