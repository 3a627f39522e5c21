import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { withReadScope } from "@/lib/db/read";
import { AppError } from "@/lib/errors";
import { accuracy, accuracyByHorizon, maseScale, type Accuracy, type ErrorPoint } from "@/lib/forecast/engine/metrics";
import { addMonths } from "@/lib/forecast/engine/period";
import type { ForecastLevel, ForecastPerspective } from "@/lib/generated/prisma/enums";
import { currentPeriod } from "./calendar";
import { readHistory } from "./history";
import type { AccuracyRow, BestPerspective, SeriesRef } from "./types";

/**
 * Accuracy of published snapshots (docs/forecasting.md, "Accuracy"): every month of a
 * snapshot that has ended (before the tenant's current month) is compared with what was
 * actually ordered — read the same way as the history — for each perspective: MASE (scaled
 * by the in-sample error of the history the run forecast from), WAPE and bias, per series
 * and per horizon (engine metrics). `best` answers "which perspective has been most
 * accurate for which partner or territory", pooling every run: lowest MASE, then WAPE.
 */
export type AccuracyReport = { rows: AccuracyRow[]; best: BestPerspective[] };

const refId = (s: SeriesRef) => `${s.level}\u0000${s.key}\u0000${s.measure}\u0000${s.currency}`;

export async function forecastAccuracy(
  ctx: VendorCtx,
  filter: { runId?: string; level?: ForecastLevel; key?: string } = {},
  now: Date = new Date(),
): Promise<AccuracyReport> {
  authorize(ctx, "forecasts.read");
  const current = currentPeriod(ctx.tenant.timeZone, now);
  return withReadScope(scopeOf(ctx), async (tx) => {
    if (filter.runId) {
      const exists = await tx.forecastRun.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: filter.runId } }, select: { id: true } });
      if (!exists) throw new AppError("NOT_FOUND");
    }
    const runs = await tx.forecastRun.findMany({
      where: { tenantId: ctx.tenantId, status: "PUBLISHED", asOf: { lt: current }, ...(filter.runId ? { id: filter.runId } : {}) },
      orderBy: { asOf: "asc" },
      select: {
        id: true,
        asOf: true,
        series: {
          where: { ...(filter.level ? { level: filter.level } : {}), ...(filter.key !== undefined ? { key: filter.key } : {}) },
          select: {
            level: true,
            key: true,
            measure: true,
            currency: true,
            history: true,
            values: { where: { period: { lt: current } }, select: { perspective: true, period: true, horizon: true, value: true } },
          },
        },
      },
    });
    if (runs.length === 0) return { rows: [], best: [] };
    const actualSeries = await readHistory(tx, { tenantId: ctx.tenantId, timeZone: ctx.tenant.timeZone, from: runs[0]!.asOf, to: addMonths(current, -1) });
    const actuals = new Map(actualSeries.map((s) => [refId(s), s.values]));
    const periods = new Map<string, number>();
    for (let i = 0, p = runs[0]!.asOf; p < current; i++, p = addMonths(p, 1)) periods.set(p, i);

    const rows: AccuracyRow[] = [];
    const pooled = new Map<string, { ref: SeriesRef; byPerspective: Map<ForecastPerspective, ErrorPoint[]> }>();
    for (const run of runs) {
      for (const series of run.series) {
        const ref: SeriesRef = { level: series.level, key: series.key, measure: series.measure, currency: series.currency };
        const actual = actuals.get(refId(ref));
        const scale = maseScale(series.history as number[]);
        const byPerspective = new Map<ForecastPerspective, ErrorPoint[]>();
        for (const v of series.values) {
          const points = byPerspective.get(v.perspective) ?? byPerspective.set(v.perspective, []).get(v.perspective)!;
          points.push({ actual: Number(actual?.[periods.get(v.period)!] ?? 0n), forecast: Number(v.value), horizon: v.horizon, scale });
        }
        for (const [perspective, points] of byPerspective) {
          points.sort((a, b) => a.horizon - b.horizon);
          rows.push({ ...ref, runId: run.id, asOf: run.asOf, perspective, accuracy: accuracy(points), byHorizon: accuracyByHorizon(points) });
          const pool = pooled.get(refId(ref)) ?? pooled.set(refId(ref), { ref, byPerspective: new Map() }).get(refId(ref))!;
          (pool.byPerspective.get(perspective) ?? pool.byPerspective.set(perspective, []).get(perspective)!).push(...points);
        }
      }
    }
    const best: BestPerspective[] = [];
    for (const { ref, byPerspective } of pooled.values()) {
      if (ref.level !== "PARTNER" && ref.level !== "TERRITORY") continue;
      const ranking = [...byPerspective].map(([perspective, points]) => ({ perspective, accuracy: accuracy(points) })).sort((a, b) => compareAccuracy(a.accuracy, b.accuracy));
      if (ranking.length > 0) best.push({ ...ref, perspective: ranking[0]!.perspective, accuracy: ranking[0]!.accuracy, ranking });
    }
    return { rows, best };
  });
}

const PERSPECTIVE_RANK_MISSING = Number.POSITIVE_INFINITY;

/** Lower MASE first, then lower WAPE; a measure that could not be computed comes last. */
function compareAccuracy(a: Accuracy, b: Accuracy): number {
  return (a.mase ?? PERSPECTIVE_RANK_MISSING) - (b.mase ?? PERSPECTIVE_RANK_MISSING) || (a.wape ?? PERSPECTIVE_RANK_MISSING) - (b.wape ?? PERSPECTIVE_RANK_MISSING) || 0;
}
