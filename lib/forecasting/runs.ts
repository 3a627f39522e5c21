import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { withReadScope } from "@/lib/db/read";
import { withScope } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { addMonths } from "@/lib/forecast/engine/period";
import type { ForecastLevel, ForecastPerspective } from "@/lib/generated/prisma/enums";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { parseInput } from "./input";
import { runForecastJob } from "./jobs";
import { findOrCreateRun, restartFailedRun } from "./run-request";
import { readHistory, readSliceHistory, type HistorySeries } from "./history";
import { historyRangeSchema, runRequestSchema, sliceSchema } from "./schema";
import type { ForecastPoint, ForecastRunSummary, SeriesExplanation, SnapshotSeries } from "./types";

const RUN_SELECT = {
  id: true,
  asOf: true,
  historyFrom: true,
  horizon: true,
  intervalLevel: true,
  status: true,
  seriesDone: true,
  seriesTotal: true,
  error: true,
  startedAt: true,
  publishedAt: true,
} as const;

/**
 * Starts the forecast run for an as-of month (the tenant's current month by default), or
 * answers with the one that exists: idempotent per (tenant, as-of month). The worker job is
 * enqueued in the same transaction, keyed by the run.
 */
export async function requestForecastRun(ctx: VendorCtx, raw: unknown): Promise<ForecastRunSummary> {
  authorize(ctx, "forecasts.manage");
  const input = parseInput(runRequestSchema, raw);
  return withScope(scopeOf(ctx), async (tx) => {
    const run = await findOrCreateRun(tx, ctx, input, new Date());
    if (run.created) await enqueueJob(tx, runForecastJob, { tenantId: ctx.tenantId, runId: run.id }, { key: run.id });
    return tx.forecastRun.findUniqueOrThrow({ where: { tenantId_id: { tenantId: ctx.tenantId, id: run.id } }, select: RUN_SELECT });
  });
}

/**
 * "Run forecast now" on the overview: the current month's run — started, or (when its worker
 * gave up) started again, or shown computing. A month keeps the one snapshot it published:
 * accuracy and the diagnostics judge each month's forecast as it was made before the month,
 * so a second snapshot of the same month would either be measured twice or replace what is
 * being measured. Pressing it then is refused with FORECAST_ALREADY_PUBLISHED, translated,
 * naming the month and when the next run comes (the first of next month, by the monthly job)
 * — never a silent no-op. Other callers (seeds, benches, the API) keep requestForecastRun,
 * which answers with the existing run.
 */
export async function runForecastNow(ctx: VendorCtx, raw: unknown, now: Date = new Date()): Promise<ForecastRunSummary> {
  authorize(ctx, "forecasts.manage");
  const input = parseInput(runRequestSchema, raw);
  return withScope(scopeOf(ctx), async (tx) => {
    const run = await findOrCreateRun(tx, ctx, { horizon: input.horizon }, now);
    if (run.status === "PUBLISHED") throw new AppError("FORECAST_ALREADY_PUBLISHED", { params: { asOf: run.asOf, next: addMonths(run.asOf, 1) } });
    if (run.status === "FAILED") await restartFailedRun(tx, ctx, run.id, now);
    if (run.created || run.status === "FAILED") await enqueueJob(tx, runForecastJob, { tenantId: ctx.tenantId, runId: run.id }, run.created ? { key: run.id } : {});
    return tx.forecastRun.findUniqueOrThrow({ where: { tenantId_id: { tenantId: ctx.tenantId, id: run.id } }, select: RUN_SELECT });
  });
}

/** A run with its progress (the screen polls it while it computes); another tenant's is NOT_FOUND. */
export async function getForecastRun(ctx: VendorCtx, runId: string): Promise<ForecastRunSummary> {
  authorize(ctx, "forecasts.read");
  const run = await withReadScope(scopeOf(ctx), (tx) =>
    tx.forecastRun.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: runId } }, select: RUN_SELECT }),
  );
  if (!run) throw new AppError("NOT_FOUND");
  return run;
}

/** The tenant's runs, newest first. */
export async function listForecastRuns(ctx: VendorCtx, take = 24): Promise<ForecastRunSummary[]> {
  authorize(ctx, "forecasts.read");
  return withReadScope(scopeOf(ctx), (tx) =>
    tx.forecastRun.findMany({ where: { tenantId: ctx.tenantId }, orderBy: [{ asOf: "desc" }], take: Math.min(Math.max(take, 1), 100), select: RUN_SELECT }),
  );
}

const text = (value: { toString(): string } | null) => (value === null ? null : value.toString());

/**
 * The published snapshot of a run, for one level (and optionally one slice): each series
 * with its history, the method and why, and its perspectives side by side, month by month.
 */
export async function getSnapshot(ctx: VendorCtx, input: { runId: string; level: ForecastLevel; key?: string }): Promise<SnapshotSeries[]> {
  authorize(ctx, "forecasts.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const run = await tx.forecastRun.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: input.runId } }, select: { status: true } });
    if (!run) throw new AppError("NOT_FOUND");
    if (run.status !== "PUBLISHED") return [];
    const series = await tx.forecastSeries.findMany({
      where: { tenantId: ctx.tenantId, runId: input.runId, level: input.level, ...(input.key !== undefined ? { key: input.key } : {}) },
      orderBy: [{ key: "asc" }, { measure: "desc" }, { currency: "asc" }],
      select: {
        id: true,
        level: true,
        key: true,
        measure: true,
        currency: true,
        history: true,
        method: true,
        explanation: true,
        partnersSubmitted: true,
        partnersCounted: true,
        values: { orderBy: [{ perspective: "asc" }, { period: "asc" }], select: { perspective: true, period: true, horizon: true, value: true, lower: true, upper: true } },
      },
    });
    return series.map(({ values, history, explanation, partnersSubmitted, partnersCounted, ...s }) => {
      const perspectives: Partial<Record<ForecastPerspective, ForecastPoint[]>> = {};
      for (const v of values) {
        (perspectives[v.perspective] ??= []).push({ period: v.period, horizon: v.horizon, value: v.value.toString(), lower: text(v.lower), upper: text(v.upper) });
      }
      const partnerCoverage = partnersSubmitted === null || partnersCounted === null ? null : { submitted: partnersSubmitted, counted: partnersCounted };
      return { ...s, history: history as number[], explanation: explanation as unknown as SeriesExplanation, perspectives, partnerCoverage };
    });
  });
}

/**
 * The order history as monthly series, `from`…`to` inclusive (YYYY-MM, at most 60 months):
 * units and exact revenue by total, territory (rolled up the tree), partner, family and
 * product. Bad months are a translated VALIDATION_FAILED.
 */
export async function readHistorySeries(ctx: VendorCtx, raw: unknown): Promise<HistorySeries[]> {
  authorize(ctx, "forecasts.read");
  const input = parseInput(historyRangeSchema, raw);
  return withReadScope(scopeOf(ctx), (tx) => readHistory(tx, { tenantId: ctx.tenantId, timeZone: ctx.tenant.timeZone, ...input }));
}

/**
 * The order history of one slice (a territory rolled up its subtree, a partner, a family, a
 * product or the total), `from`…`to`: the same figures as that slice's series in
 * `readHistorySeries`, reading only its lines — the actual months a screen shows beside a run.
 */
export async function readSliceHistorySeries(ctx: VendorCtx, raw: unknown): Promise<HistorySeries[]> {
  authorize(ctx, "forecasts.read");
  const range = parseInput(historyRangeSchema, raw);
  const slice = parseInput(sliceSchema, raw);
  return withReadScope(scopeOf(ctx), (tx) => readSliceHistory(tx, { tenantId: ctx.tenantId, timeZone: ctx.tenant.timeZone, ...range, ...slice }));
}
