import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { withReadScope } from "@/lib/db/read";
import type { Tx } from "@/lib/db/scope";
import { addMonths, periodIndex } from "@/lib/forecast/engine/period";
import { currentPeriod } from "./calendar";
import {
  COVERAGE_MONTHS,
  SKIPPED_RULES,
  errorConcentration,
  partnerBias,
  pipelineCoverage,
  trendBreak,
  type Diagnostic,
  type MonthEvidence,
} from "./diagnostics";
import { NONE, readHistory } from "./history";

/**
 * Reads what the diagnostics (./diagnostics.ts) judge, from the published snapshots and the
 * actuals, in one read transaction:
 *  - for every ended month, the forecast made closest before it (the latest run whose
 *    as-of month is not after it), per partner: its own forecast (PARTNER) and the
 *    statistical one with its interval — against what it then bought;
 *  - per product, the absolute error of the latest run whose months have partly ended;
 *  - for the total and each territory, the coming months of the latest run: weighted
 *    pipeline against the commit (or, without one, the statistical forecast).
 * Revenue in the tenant's currency only (snapshots hold a series per currency).
 */
export type DiagnosticsReport = {
  diagnostics: Diagnostic[];
  skipped: typeof SKIPPED_RULES;
  /** the as-of month of the run the coverage looked at; null without a published run */
  latestRun: string | null;
  /** the last month whose actuals are complete */
  lastEnded: string;
};

export async function findDiagnostics(ctx: VendorCtx, now: Date = new Date()): Promise<DiagnosticsReport> {
  authorize(ctx, "forecasts.read");
  return withReadScope(scopeOf(ctx), (tx) => diagnose(tx, { tenantId: ctx.tenantId, timeZone: ctx.tenant.timeZone, currency: ctx.tenant.currency }, now));
}

type Tenant = { tenantId: string; timeZone: string; currency: string };
type Cell = { asOf: string; value: number; lower: number | null; upper: number | null };

const num = (value: { toString(): string } | null) => (value === null ? null : Number(value.toString()));

export async function diagnose(tx: Tx, tenant: Tenant, now: Date): Promise<DiagnosticsReport> {
  const current = currentPeriod(tenant.timeZone, now);
  const lastEnded = addMonths(current, -1);
  const runs = await tx.forecastRun.findMany({
    where: { tenantId: tenant.tenantId, status: "PUBLISHED", asOf: { lte: current } },
    orderBy: { asOf: "asc" },
    select: { id: true, asOf: true },
  });
  if (runs.length === 0) return { diagnostics: [], skipped: SKIPPED_RULES, latestRun: null, lastEnded };
  const asOfOf = new Map(runs.map((r) => [r.id, r.asOf]));
  const latest = runs.at(-1)!;
  const diagnostics: Diagnostic[] = [];

  const ended = runs.filter((r) => r.asOf <= lastEnded);
  if (ended.length > 0) {
    const [past, actual] = await Promise.all([
      tx.forecastValue.findMany({
        where: {
          tenantId: tenant.tenantId,
          runId: { in: ended.map((r) => r.id) },
          period: { lte: lastEnded },
          perspective: { in: ["PARTNER", "STATISTICAL"] },
          series: { level: { in: ["PARTNER", "PRODUCT"] }, measure: "REVENUE", currency: tenant.currency },
        },
        select: { runId: true, perspective: true, period: true, value: true, lower: true, upper: true, series: { select: { level: true, key: true } } },
      }),
      readHistory(tx, { tenantId: tenant.tenantId, timeZone: tenant.timeZone, from: ended[0]!.asOf, to: lastEnded }),
    ]);
    const actualOf = new Map<string, bigint[]>();
    for (const s of actual) if (s.measure === "REVENUE" && s.currency === tenant.currency) actualOf.set(`${s.level}|${s.key}`, s.values);
    const actualAt = (level: string, key: string, period: string) => Number(actualOf.get(`${level}|${key}`)?.[monthsBetween(ended[0]!.asOf, period)] ?? 0n);

    // the forecast made closest before each month
    const closest = new Map<string, Map<string, Cell>>();
    const productError = new Map<string, number>();
    const newestEnded = ended.at(-1)!;
    for (const v of past) {
      const cell: Cell = { asOf: asOfOf.get(v.runId)!, value: Number(v.value.toString()), lower: num(v.lower), upper: num(v.upper) };
      if (v.series.level === "PRODUCT") {
        if (v.runId === newestEnded.id && v.perspective === "STATISTICAL") {
          productError.set(v.series.key, (productError.get(v.series.key) ?? 0) + Math.abs(cell.value - actualAt("PRODUCT", v.series.key, v.period)));
        }
        continue;
      }
      const id = `${v.perspective}|${v.series.key}`;
      const months = closest.get(id) ?? closest.set(id, new Map()).get(id)!;
      const seen = months.get(v.period);
      if (!seen || seen.asOf < cell.asOf) months.set(v.period, cell);
    }
    for (const [id, months] of [...closest].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const [perspective, key] = id.split("|") as [string, string];
      const evidence: MonthEvidence[] = [...months]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([period, cell]) => ({ period, forecast: cell.value, actual: actualAt("PARTNER", key, period), lower: cell.lower, upper: cell.upper }));
      const found = perspective === "PARTNER" ? partnerBias(key, evidence.map(({ period, forecast, actual }) => ({ period, forecast, actual }))) : trendBreak(key, evidence);
      if (found) diagnostics.push(found);
    }
    const concentration = errorConcentration([...productError].map(([key, error]) => ({ key, error })));
    if (concentration) diagnostics.push(concentration);
  }

  const coming = await tx.forecastValue.findMany({
    where: {
      tenantId: tenant.tenantId,
      runId: latest.id,
      period: { gte: current, lte: addMonths(current, COVERAGE_MONTHS - 1) },
      perspective: { in: ["STATISTICAL", "PIPELINE", "COMMIT"] },
      series: { level: { in: ["TOTAL", "TERRITORY"] }, measure: "REVENUE", currency: tenant.currency, key: { not: NONE } },
    },
    select: { perspective: true, period: true, value: true, series: { select: { level: true, key: true } } },
  });
  const slices = new Map<string, Map<string, { statistical: number; pipeline: number; commit: number | null }>>();
  for (const v of coming) {
    const id = `${v.series.level}|${v.series.key}`;
    const months = slices.get(id) ?? slices.set(id, new Map()).get(id)!;
    const month = months.get(v.period) ?? months.set(v.period, { statistical: 0, pipeline: 0, commit: null }).get(v.period)!;
    const value = Number(v.value.toString());
    if (v.perspective === "STATISTICAL") month.statistical = value;
    else if (v.perspective === "PIPELINE") month.pipeline = value;
    else month.commit = value;
  }
  for (const [id, months] of [...slices].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [level, key] = id.split("|") as ["TOTAL" | "TERRITORY", string];
    const evidence = [...months]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([period, m]) => ({ period, forecast: m.commit ?? m.statistical, actual: m.pipeline }));
    const found = pipelineCoverage(level, key, evidence);
    if (found) diagnostics.push(found);
  }
  return { diagnostics, skipped: SKIPPED_RULES, latestRun: latest.asOf, lastEnded };
}

const monthsBetween = (from: string, to: string) => periodIndex(to)! - periodIndex(from)!;
