import "server-only";
import { systemCtx, scopeOf } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { withScope, type Tx } from "@/lib/db/scope";
import { addMonths } from "@/lib/forecast/engine/period";
import type { ForecastLevel, ForecastPerspective, Prisma } from "@/lib/generated/prisma/client";
import { createId } from "@/lib/ids";
import { statisticalForecast, type StatisticalResult } from "./compute";
import { NONE, compareSeries, readHistory, readTerritoryTree, type HistorySeries } from "./history";
import { readPipeline } from "./pipeline";
import { currentPartnerForecasts, forecastingPartners } from "./submissions";
import { partnerCoverage, rollUpPartnerMonths, rollUpTree, type PartnerCoverage } from "./tree";

/**
 * A forecast run, in the worker (docs/forecasting.md, "Runs and snapshots"): read the
 * history (HISTORY_MONTHS before the as-of month), forecast every series with the engine
 * — recording progress every PROGRESS_EVERY series so a screen can show it — then write the
 * snapshot in one transaction: each series with its history and explanation, and per month
 * its statistical value and interval, the pipeline's weighted value, the partners' own
 * forecasts (rolled up the territory tree and to the total, with how many partners below
 * each territory submitted) and the latest commits as they
 * stand now. A retry after a lost worker deletes what a previous attempt left and writes
 * again; a published run is never recomputed.
 */
const PROGRESS_EVERY = 25;
const INSERT_BATCH = 1000;
/**
 * The run's two big transactions — reading every input (years of order lines), and writing
 * the snapshot at once (a screen never sees half a run: thousands of partners make hundreds
 * of thousands of values) — take far longer than the 15 s a request's transaction gets on a
 * loaded 2-core machine (measured: npm run bench -- forecast-compare). They run in the worker.
 */
const WORKER_TX_TIMEOUT_MS = 10 * 60_000;

type ValueRow = { perspective: ForecastPerspective; period: string; horizon: number; value: string; lower: string | null; upper: string | null };
type SeriesRow = HistorySeries & { stat: StatisticalResult; extra: ValueRow[]; coverage: PartnerCoverage | null };

const sliceId = (level: ForecastLevel, key: string, currency: string) => `${level}\u0000${key}\u0000${currency}`;

/** The latest commit per slice and month in the horizon (revenue), one statement. */
async function currentCommits(tx: Tx, tenantId: string, months: { from: string; to: string }) {
  return tx.$queryRaw<{ level: ForecastLevel; key: string; period: string; currency: string; amountMinor: bigint }[]>`
    SELECT DISTINCT ON (level, key, period) level, key, period, currency, "amountMinor"
    FROM "ForecastCommit"
    WHERE "tenantId" = ${tenantId} AND period >= ${months.from} AND period <= ${months.to}
    ORDER BY level, key, period, "createdAt" DESC, id DESC`;
}

/** MISSING: the run was deleted (its tenant with it) before the job ran. */
export type RunOutcome = { runId: string; status: "PUBLISHED" | "ALREADY_PUBLISHED" | "MISSING"; series: number };

export async function executeRun(tenantId: string, runId: string): Promise<RunOutcome> {
  const ctx = systemCtx(tenantId);
  const loaded = await withScope(scopeOf(ctx), async (tx) => {
    const run = await tx.forecastRun.findUnique({ where: { tenantId_id: { tenantId, id: runId } } });
    if (!run || run.status === "PUBLISHED") return { run, inputs: null };
    const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { timeZone: true, currency: true } });
    const last = addMonths(run.asOf, run.horizon - 1);
    const history = await readHistory(tx, { tenantId, timeZone: tenant.timeZone, from: run.historyFrom, to: addMonths(run.asOf, -1) });
    const pipeline = await readPipeline(tx, { tenantId, asOf: run.asOf, horizon: run.horizon });
    const ancestors = rollUpTree(await readTerritoryTree(tx, tenantId));
    const partners = rollUpPartnerMonths(await currentPartnerForecasts(tx, tenantId, { from: run.asOf, to: last }), ancestors, NONE);
    const coverage = partnerCoverage(await forecastingPartners(tx, tenantId, { from: run.asOf, to: last }), ancestors, NONE);
    const commits = await currentCommits(tx, tenantId, { from: run.asOf, to: last });
    return { run, inputs: { tenant, history, pipeline, partners, coverage, commits } };
  }, { timeoutMs: WORKER_TX_TIMEOUT_MS });
  const { run, inputs } = loaded;
  if (!run) return { runId, status: "MISSING", series: 0 };
  if (!inputs) return { runId, status: "ALREADY_PUBLISHED", series: await countSeries(tenantId, runId) };

  const months = Array.from({ length: run.horizon }, (_, i) => addMonths(run.asOf, i));
  const historyLength = monthsApart(run.historyFrom, run.asOf);
  // revenue slices named only by the pipeline, a partner or a commit get a zero history
  const series = new Map<string, HistorySeries>(inputs.history.map((s) => [`${s.measure}\u0000${sliceId(s.level, s.key, s.currency)}`, s]));
  const extras = new Map<string, ValueRow[]>();
  const extra = (level: ForecastLevel, key: string, currency: string, row: ValueRow) => {
    const id = `REVENUE\u0000${sliceId(level, key, currency)}`;
    if (!series.has(id)) series.set(id, { level, key, measure: "REVENUE", currency, values: Array.from({ length: historyLength }, () => 0n) });
    (extras.get(id) ?? extras.set(id, []).get(id)!).push(row);
  };
  for (const p of inputs.pipeline) {
    p.values.forEach((value, i) => extra(p.level, p.key, p.currency, { perspective: "PIPELINE", period: months[i]!, horizon: i + 1, value: value.toString(), lower: null, upper: null }));
  }
  for (const p of inputs.partners) {
    extra(p.level, p.key, p.currency, { perspective: "PARTNER", period: p.period, horizon: monthsApart(run.asOf, p.period) + 1, value: p.amountMinor.toString(), lower: null, upper: null });
  }
  for (const c of inputs.commits) {
    extra(c.level, c.key, c.currency, { perspective: "COMMIT", period: c.period, horizon: monthsApart(run.asOf, c.period) + 1, value: c.amountMinor.toString(), lower: null, upper: null });
  }

  const ordered = [...series.entries()].sort(([, a], [, b]) => compareSeries(a, b));
  await updateProgress(tenantId, runId, 0, ordered.length);
  const rows: SeriesRow[] = [];
  for (const [id, s] of ordered) {
    // the partners' figure is revenue in the tenant's currency: its coverage goes with that series
    const coverage = s.measure === "REVENUE" && s.currency === inputs.tenant.currency ? (inputs.coverage.get(`${s.level}\u0000${s.key}`) ?? null) : null;
    rows.push({ ...s, stat: statisticalForecast(s.values, s.measure, run.horizon), extra: extras.get(id) ?? [], coverage });
    if (rows.length % PROGRESS_EVERY === 0) {
      await updateProgress(tenantId, runId, rows.length, ordered.length);
      // let the worker's other jobs and lease renewals run between chunks
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  await publish(tenantId, runId, months, rows);
  return { runId, status: "PUBLISHED", series: rows.length };
}

function monthsApart(from: string, to: string): number {
  const [fy, fm] = from.split("-").map(Number) as [number, number];
  const [ty, tm] = to.split("-").map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
}

async function countSeries(tenantId: string, runId: string): Promise<number> {
  return withScope(scopeOf(systemCtx(tenantId)), (tx) => tx.forecastSeries.count({ where: { tenantId, runId } }));
}

async function updateProgress(tenantId: string, runId: string, done: number, total: number): Promise<void> {
  await withScope(scopeOf(systemCtx(tenantId)), (tx) =>
    tx.forecastRun.updateMany({ where: { tenantId, id: runId, status: "RUNNING" }, data: { seriesDone: done, seriesTotal: total } }),
  );
}

async function publish(tenantId: string, runId: string, months: string[], rows: SeriesRow[]): Promise<void> {
  const ctx = systemCtx(tenantId);
  const seriesData: Prisma.ForecastSeriesCreateManyInput[] = [];
  const valueData: Prisma.ForecastValueCreateManyInput[] = [];
  for (const row of rows) {
    const seriesId = createId("forecastSeries");
    seriesData.push({
      id: seriesId,
      tenantId,
      runId,
      level: row.level,
      key: row.key,
      measure: row.measure,
      currency: row.currency,
      history: row.values.map((v) => Number(v)),
      method: row.stat.method,
      explanation: row.stat.explanation as unknown as Prisma.InputJsonValue,
      partnersSubmitted: row.coverage?.submitted ?? null,
      partnersCounted: row.coverage?.counted ?? null,
    });
    row.stat.points.forEach((point, i) =>
      valueData.push({ id: createId("forecastValue"), tenantId, runId, seriesId, perspective: "STATISTICAL", period: months[i]!, horizon: i + 1, ...point }),
    );
    for (const value of row.extra) valueData.push({ id: createId("forecastValue"), tenantId, runId, seriesId, ...value });
  }
  await withScope(scopeOf(ctx), async (tx) => {
    // a lost attempt may have written part of this run: start again from nothing
    await tx.forecastValue.deleteMany({ where: { tenantId, runId } });
    await tx.forecastSeries.deleteMany({ where: { tenantId, runId } });
    for (let i = 0; i < seriesData.length; i += INSERT_BATCH) await tx.forecastSeries.createMany({ data: seriesData.slice(i, i + INSERT_BATCH) });
    for (let i = 0; i < valueData.length; i += INSERT_BATCH) await tx.forecastValue.createMany({ data: valueData.slice(i, i + INSERT_BATCH) });
    await tx.forecastRun.update({
      where: { tenantId_id: { tenantId, id: runId } },
      data: { status: "PUBLISHED", seriesDone: rows.length, seriesTotal: rows.length, publishedAt: new Date(), error: null },
    });
    await recordAudit(tx, ctx, { action: "forecastRun.published", entityType: "ForecastRun", entityId: runId, after: { series: rows.length, values: valueData.length } });
  }, { timeoutMs: WORKER_TX_TIMEOUT_MS });
}

/** A run whose attempts are exhausted: recorded so the screen says so instead of spinning. */
export async function failRun(tenantId: string, runId: string, error: string): Promise<void> {
  const ctx = systemCtx(tenantId);
  await withScope(scopeOf(ctx), async (tx) => {
    const { count } = await tx.forecastRun.updateMany({ where: { tenantId, id: runId, status: "RUNNING" }, data: { status: "FAILED", error } });
    if (count) await recordAudit(tx, ctx, { action: "forecastRun.failed", entityType: "ForecastRun", entityId: runId, after: { error } });
  });
}
