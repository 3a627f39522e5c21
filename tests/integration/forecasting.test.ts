/**
 * The database-backed forecasts (lib/forecasting): history series read from orders (exact
 * figures on a small hand-built history, in the tenant's time zone, rolled up territories
 * and families), a forecast run published as a deterministic, idempotent snapshot,
 * partners' versioned submissions and their isolation, commits with reasons, and accuracy
 * of a snapshot against the actuals that followed.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { createFamily } from "@/lib/catalog/taxonomy";
import { withScope } from "@/lib/db/scope";
import { approveRegistration } from "@/lib/deals/review";
import { listStages } from "@/lib/deals/stages";
import { accuracy, maseScale } from "@/lib/forecast/engine/metrics";
import { forecastAccuracy } from "@/lib/forecasting/accuracy";
import { currentPeriod } from "@/lib/forecasting/calendar";
import { commitForecast } from "@/lib/forecasting/commits";
import { runForecastJob } from "@/lib/forecasting/jobs";
import { executeRun } from "@/lib/forecasting/run";
import { logger } from "@/lib/log";
import { getForecastRun, getSnapshot, readHistorySeries, readSliceHistorySeries, requestForecastRun } from "@/lib/forecasting/runs";
import { listOwnForecasts, listPartnerForecasts, submitPartnerForecast } from "@/lib/forecasting/submissions";
import { addMonths } from "@/lib/forecast/engine/period";
import { roundDiv } from "@/lib/money";
import { insertHistoricalOrders, type HistoricalOrder } from "@/lib/seed/order-history";
import { assignTerritoryPartner, createTerritory } from "@/lib/territories/service";
import { seedProduct } from "@/tests/fixtures/catalog";
import { dayFromToday, register } from "@/tests/fixtures/deals";
import { addVendorUser, createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";

type World = { admin: VendorCtx; p1: PartnerCtx; p2: PartnerCtx; latam: string; norte: string; familyId: string };

/**
 * Two partners (P1 in LATAM › Norte, P2 in LATAM), a product in a family and one without,
 * and orders in Mexico City's time zone (UTC−6): one submitted at 03:00 UTC on 1 February
 * is a January order there; cancelled, rejected and draft orders do not count.
 */
async function buildWorld(): Promise<World> {
  const admin = await createTestTenant({ timeZone: "America/Mexico_City" });
  const p1 = await createPartnerWithUser(admin);
  const p2 = await createPartnerWithUser(admin);
  const latam = (await createTerritory(admin, { name: "LATAM", description: null, parentId: null })).id;
  const norte = (await createTerritory(admin, { name: "Norte", description: null, parentId: latam })).id;
  await assignTerritoryPartner(admin, { territoryId: norte, partnerId: p1.partnerId });
  await assignTerritoryPartner(admin, { territoryId: latam, partnerId: p2.partnerId });
  const family = await createFamily(admin, { nameEn: "Routers", nameEs: "Routers" });
  const a = await seedProduct(admin, { familyId: family.id });
  const b = await seedProduct(admin);
  const line = (p: { id: string; sku: string }, quantity: number, unitMinor: bigint) => ({ productId: p.id, sku: p.sku, name: "P", nameEs: "P", quantity, unitMinor });
  const order = (partner: PartnerCtx, at: string, lines: HistoricalOrder["lines"], status?: HistoricalOrder["status"]): HistoricalOrder => ({
    partnerId: partner.partnerId,
    submittedAt: new Date(at),
    currency: "USD",
    lines,
    ...(status ? { status } : {}),
  });
  await withScope({ audience: "system", tenantId: admin.tenantId }, (tx) =>
    insertHistoricalOrders(tx, admin.tenantId, [
      order(p1, "2026-01-15T18:00:00Z", [line(a, 3, 1000n), line(b, 1, 250n)]),
      order(p1, "2026-02-01T03:00:00Z", [line(a, 2, 1000n)]),
      order(p2, "2026-02-10T18:00:00Z", [line(a, 5, 1000n)]),
      order(p2, "2026-02-11T18:00:00Z", [line(a, 100, 1000n)], "CANCELLED"),
      order(p2, "2026-02-12T18:00:00Z", [line(a, 100, 1000n)], "REJECTED"),
      order(p1, "2026-02-13T18:00:00Z", [line(a, 100, 1000n)], "DRAFT"),
      order(p2, "2026-03-05T18:00:00Z", [line(b, 4, 250n)]),
    ]),
  );
  return { admin, p1, p2, latam, norte, familyId: family.id };
}

let w: World;
let twin: World;
let stranger: VendorCtx;
/** P1's open deal: 1,000.50 USD closing in 60 days, in the first open stage */
let deal: { closeOn: string; probability: number };

beforeAll(async () => {
  [w, twin, stranger] = await Promise.all([buildWorld(), buildWorld(), createTestTenant()]);
  const closeOn = dayFromToday(w.admin, 60);
  const registration = await register(w.p1, { customerName: "Cliente Uno", amount: "1000.50", expectedCloseOn: closeOn });
  await approveRegistration(w.admin, { registrationId: registration.id, version: 0, protectionDays: 90, reason: "" });
  const stage = (await listStages(w.admin)).find((s) => s.kind === "OPEN")!;
  deal = { closeOn, probability: stage.probability };
});

const figures = (series: { level: string; key: string; measure: string; currency: string; values: bigint[] }[], level: string, key: string, measure: string) =>
  series.find((s) => s.level === level && s.key === key && s.measure === measure)?.values.map(Number);

describe("history series from orders", () => {
  it("sums units and exact revenue by submission month in the tenant's time zone, rolled up territories and families", async () => {
    const series = await readHistorySeries(w.admin, { from: "2026-01", to: "2026-03" });
    expect(figures(series, "TOTAL", "", "UNITS")).toEqual([6, 5, 4]);
    expect(figures(series, "TOTAL", "", "REVENUE")).toEqual([5250, 5000, 1000]);
    expect(series.find((s) => s.level === "TOTAL" && s.measure === "REVENUE")?.currency).toBe("USD");
    expect(figures(series, "PARTNER", w.p1.partnerId, "UNITS")).toEqual([6, 0, 0]);
    expect(figures(series, "PARTNER", w.p2.partnerId, "REVENUE")).toEqual([0, 5000, 1000]);
    expect(figures(series, "FAMILY", w.familyId, "UNITS")).toEqual([5, 5, 0]);
    expect(figures(series, "FAMILY", "none", "UNITS")).toEqual([1, 0, 4]);
    expect(figures(series, "TERRITORY", w.norte, "REVENUE")).toEqual([5250, 0, 0]);
    expect(figures(series, "TERRITORY", w.latam, "REVENUE")).toEqual([5250, 5000, 1000]);
  });

  it("one slice's history (a territory with its subtree, a partner, a family or none, a product, the total) equals its series in the whole history", async () => {
    const range = { from: "2026-01", to: "2026-03" };
    const all = await readHistorySeries(w.admin, range);
    const slices = [...new Map(all.map((s) => [`${s.level}|${s.key}`, { level: s.level, key: s.key }])).values()];
    expect(slices.map((s) => s.level)).toEqual(expect.arrayContaining(["TOTAL", "TERRITORY", "PARTNER", "FAMILY", "PRODUCT"]));
    for (const slice of slices) {
      expect(await readSliceHistorySeries(w.admin, { ...range, ...slice }), `${slice.level} ${slice.key}`).toEqual(all.filter((s) => s.level === slice.level && s.key === slice.key));
    }
    expect(figures(await readSliceHistorySeries(w.admin, { ...range, level: "TERRITORY", key: w.latam }), "TERRITORY", w.latam, "REVENUE")).toEqual([5250, 5000, 1000]);
    // another tenant's territory, or a slice without orders, has no history
    expect(await readSliceHistorySeries(w.admin, { ...range, level: "TERRITORY", key: twin.latam })).toEqual([]);
    expect(await readSliceHistorySeries(w.admin, { ...range, level: "PARTNER", key: "ptn_nobody" })).toEqual([]);
  });

  it("refuses a malformed range with a translated field error", async () => {
    await expect(readHistorySeries(w.admin, { from: "2026-13", to: "2026-03" })).rejects.toMatchObject({ code: "VALIDATION_FAILED", fields: { from: ["forecasting.validation.period"] } });
    await expect(readHistorySeries(w.admin, { from: "2026-03", to: "2026-01" })).rejects.toMatchObject({ code: "VALIDATION_FAILED", fields: { to: ["forecasting.validation.range"] } });
  });
});

describe("a forecast run", () => {
  it("publishes a snapshot with method, explanation and interval, once per tenant and as-of month", async () => {
    const run = await requestForecastRun(w.admin, { asOf: "2026-04", horizon: 3 });
    expect(run).toMatchObject({ status: "RUNNING", asOf: "2026-04", historyFrom: "2023-04", horizon: 3 });
    expect(await executeRun(w.admin.tenantId, run.id)).toMatchObject({ status: "PUBLISHED" });
    expect(await getForecastRun(w.admin, run.id)).toMatchObject({ status: "PUBLISHED", seriesDone: expect.any(Number) });
    // asked again (another person, a retry of the job): the same run, not recomputed
    expect((await requestForecastRun(w.admin, { asOf: "2026-04", horizon: 6 })).id).toBe(run.id);
    expect(await executeRun(w.admin.tenantId, run.id)).toMatchObject({ status: "ALREADY_PUBLISHED" });

    const [total] = (await getSnapshot(w.admin, { runId: run.id, level: "TOTAL" })).filter((s) => s.measure === "UNITS");
    expect(total!.history.slice(-3)).toEqual([6, 5, 4]);
    expect(total!.perspectives.STATISTICAL!.map((p) => p.period)).toEqual(["2026-04", "2026-05", "2026-06"]);
    for (const point of total!.perspectives.STATISTICAL!) {
      expect(Number(point.lower)).toBeLessThanOrEqual(Number(point.value));
      expect(Number(point.upper)).toBeGreaterThanOrEqual(Number(point.value));
    }
    expect(total!.explanation).toMatchObject({ method: total!.method, reason: expect.stringMatching(/^(backtest|combination|shortHistory)$/) });
    expect(total!.explanation.backtest.length).toBeGreaterThan(0);
  });

  it("gives the same snapshot for the same history (another tenant with the same orders)", async () => {
    const a = await requestForecastRun(w.admin, { asOf: "2026-04", horizon: 3 });
    const b = await requestForecastRun(twin.admin, { asOf: "2026-04", horizon: 3 });
    await executeRun(twin.admin.tenantId, b.id);
    const shape = async (ctx: VendorCtx, runId: string, p: World) =>
      (await getSnapshot(ctx, { runId, level: "PARTNER" })).map((s) => ({
        key: s.key === p.p1.partnerId ? "p1" : "p2",
        measure: s.measure,
        method: s.method,
        explanation: s.explanation,
        perspectives: s.perspectives,
      }))
        // the partners' ids differ between the tenants, and so does their order
        .sort((x, y) => `${x.key}${x.measure}`.localeCompare(`${y.key}${y.measure}`));
    expect(await shape(twin.admin, b.id, twin)).toEqual(await shape(w.admin, a.id, w));
  });

  it("runs in the worker's job, safely again on a retry", async () => {
    const run = await requestForecastRun(w.admin, { asOf: "2026-03", horizon: 2 });
    const job = (attempt: number) => ({ jobId: `job-${attempt}`, name: runForecastJob.name, attempt, period: null, now: new Date(), log: logger.child({ test: "forecasting" }) });
    expect(await runForecastJob.handler({ tenantId: w.admin.tenantId, runId: run.id }, job(1))).toMatchObject({ status: "PUBLISHED" });
    expect(await runForecastJob.handler({ tenantId: w.admin.tenantId, runId: run.id }, job(2))).toMatchObject({ status: "ALREADY_PUBLISHED" });
    expect(await getForecastRun(w.admin, run.id)).toMatchObject({ status: "PUBLISHED", seriesDone: expect.any(Number) });
    const progress = await getForecastRun(w.admin, run.id);
    expect(progress.seriesDone).toBe(progress.seriesTotal);
  });

  it("makes two simultaneous requests for a month one run", async () => {
    const [a, b] = await Promise.all([requestForecastRun(w.admin, { asOf: "2025-06", horizon: 3 }), requestForecastRun(w.admin, { asOf: "2025-06", horizon: 3 })]);
    expect(a.id).toBe(b.id);
  });

  it("keeps another tenant's run out of reach, and a bad horizon is a field error", async () => {
    const run = await requestForecastRun(w.admin, { asOf: "2026-04", horizon: 3 });
    await expect(getForecastRun(stranger, run.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getSnapshot(stranger, { runId: run.id, level: "TOTAL" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(requestForecastRun(w.admin, { horizon: 99 })).rejects.toMatchObject({ code: "VALIDATION_FAILED", fields: { horizon: ["forecasting.validation.horizon"] } });
  });
});

describe("partners' own forecasts", () => {
  it("are versioned, refuse a stale form and months out of range, and stay with their partner", async () => {
    const month = currentPeriod(w.admin.tenant.timeZone);
    const first = await submitPartnerForecast(w.p1, { expectedVersion: 0, months: [{ period: month, amount: "1500.50" }] });
    expect(first).toMatchObject({ version: 1, currency: "USD", months: [{ period: month, amountMinor: 150_050n }] });
    await expect(submitPartnerForecast(w.p1, { expectedVersion: 0, months: [{ period: month, amount: "1" }] })).rejects.toMatchObject({ code: "STALE_EDIT" });
    await expect(submitPartnerForecast(w.p1, { expectedVersion: 1, months: [{ period: "2020-01", amount: "1" }] })).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      fields: { "months.0.period": ["forecasting.validation.periodRange"] },
    });
    await expect(submitPartnerForecast(w.p1, { expectedVersion: 1, months: [{ period: month, amount: "-5" }] })).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      fields: { "months.0.amount": ["forecasting.validation.amount"] },
    });
    await expect(
      submitPartnerForecast(w.p1, { expectedVersion: 1, months: [{ period: month, amount: "1" }, { period: month, amount: "2" }] }),
    ).rejects.toMatchObject({ code: "VALIDATION_FAILED", fields: { "months.1.period": ["forecasting.validation.duplicatePeriod"] } });
    const second = await submitPartnerForecast(w.p1, { expectedVersion: 1, note: "Tender won", months: [{ period: addMonths(month, 1), amount: "900" }] });
    expect(second.version).toBe(2);

    expect((await listOwnForecasts(w.p1)).map((v) => v.version)).toEqual([2, 1]);
    expect(await listOwnForecasts(w.p2)).toEqual([]);
    expect((await listPartnerForecasts(w.admin, w.p1.partnerId)).map((v) => v.version)).toEqual([2, 1]);
    await expect(listPartnerForecasts(stranger, w.p1.partnerId)).rejects.toMatchObject({ code: "NOT_FOUND" });

    // copied into the next run as the PARTNER perspective of P1's revenue
    const run = await requestForecastRun(w.admin, { asOf: month, horizon: 3 });
    await executeRun(w.admin.tenantId, run.id);
    const [revenue] = (await getSnapshot(w.admin, { runId: run.id, level: "PARTNER", key: w.p1.partnerId })).filter((s) => s.measure === "REVENUE");
    expect(revenue!.perspectives.PARTNER).toEqual([
      { period: month, horizon: 1, value: "150050", lower: null, upper: null },
      { period: addMonths(month, 1), horizon: 2, value: "90000", lower: null, upper: null },
    ]);
    // rolled up like the history: P1's territory (Norte), every territory above it (LATAM) and the total
    for (const [level, key] of [["TERRITORY", w.norte], ["TERRITORY", w.latam], ["TOTAL", ""]] as const) {
      const [rolled] = (await getSnapshot(w.admin, { runId: run.id, level, key })).filter((s) => s.measure === "REVENUE");
      expect(rolled!.perspectives.PARTNER?.map((p) => [p.period, p.value]), `${level} ${key}`).toEqual([
        [month, "150050"],
        [addMonths(month, 1), "90000"],
      ]);
    }
    // with how many of the partners below submitted: P1 of P1 in Norte; P1 of P1 and P2 in LATAM and the total
    const coverage = async (level: "TERRITORY" | "TOTAL" | "PARTNER", key: string) =>
      (await getSnapshot(w.admin, { runId: run.id, level, key })).find((s) => s.measure === "REVENUE")?.partnerCoverage;
    expect(await coverage("TERRITORY", w.norte)).toEqual({ submitted: 1, counted: 1 });
    expect(await coverage("TERRITORY", w.latam)).toEqual({ submitted: 1, counted: 2 });
    expect(await coverage("TOTAL", "")).toEqual({ submitted: 1, counted: 2 });
    expect(await coverage("PARTNER", w.p1.partnerId)).toBeNull();
  });
});

describe("the pipeline perspective", () => {
  it("weights open deals by their stage's probability, in their close month, for the partner, its territories and the total", async () => {
    const month = currentPeriod(w.admin.tenant.timeZone);
    const run = await requestForecastRun(w.admin, { asOf: month, horizon: 3 });
    await executeRun(w.admin.tenantId, run.id);
    const expected = roundDiv(100_050n * BigInt(deal.probability), 100n).toString();
    const pipelineOf = async (level: "TOTAL" | "PARTNER" | "TERRITORY", key: string) => {
      const [revenue] = (await getSnapshot(w.admin, { runId: run.id, level, key })).filter((s) => s.measure === "REVENUE");
      return revenue?.perspectives.PIPELINE?.find((p) => p.period === deal.closeOn.slice(0, 7))?.value;
    };
    expect(await pipelineOf("PARTNER", w.p1.partnerId)).toBe(expected);
    expect(await pipelineOf("TERRITORY", w.norte)).toBe(expected);
    expect(await pipelineOf("TERRITORY", w.latam)).toBe(expected);
    expect(await pipelineOf("TOTAL", "")).toBe(expected);
    expect(await pipelineOf("PARTNER", w.p2.partnerId)).toBeUndefined();
  });
});

describe("permissions", () => {
  it("refuses roles without the capability", async () => {
    const rep = await addVendorUser(w.admin, "SALES_REP");
    const finance = await addVendorUser(w.admin, "FINANCE");
    const buyer = await createPartnerWithUser(w.admin, "PARTNER_USER", { partnerId: w.p1.partnerId });
    const month = currentPeriod(w.admin.tenant.timeZone);
    await expect(requestForecastRun(rep, { horizon: 3 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(commitForecast(finance, { level: "TOTAL", period: month, amount: "1", reason: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(submitPartnerForecast(buyer, { expectedVersion: 0, months: [{ period: month, amount: "1" }] })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await listOwnForecasts(buyer)).length).toBeGreaterThan(0);
  });
});

describe("commits", () => {
  it("need a reason and a slice of this tenant", async () => {
    const month = currentPeriod(w.admin.tenant.timeZone);
    await expect(commitForecast(w.admin, { level: "PARTNER", key: w.p1.partnerId, period: month, amount: "100", reason: " " })).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      fields: { reason: ["errors.REASON_REQUIRED"] },
    });
    await expect(commitForecast(stranger, { level: "PARTNER", key: w.p1.partnerId, period: month, amount: "100", reason: "Big tender" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(commitForecast(stranger, { level: "TERRITORY", key: w.norte, period: month, amount: "100", reason: "Big tender" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const { id } = await commitForecast(w.admin, { level: "TERRITORY", key: w.norte, period: month, amount: "2500", reason: "Hospital tender confirmed" });
    expect(id).toMatch(/^fcc_/);
  });
});

describe("accuracy", () => {
  it("measures a snapshot against the actuals that followed: MASE, WAPE and bias per perspective, series and horizon", async () => {
    const run = await requestForecastRun(w.admin, { asOf: "2026-02", horizon: 2 });
    await executeRun(w.admin.tenantId, run.id);
    const [total] = (await getSnapshot(w.admin, { runId: run.id, level: "TOTAL" })).filter((s) => s.measure === "UNITS");
    const forecast = total!.perspectives.STATISTICAL!.map((p) => Number(p.value));
    const scale = maseScale(total!.history);
    const expected = accuracy([
      { actual: 5, forecast: forecast[0]!, horizon: 1, scale },
      { actual: 4, forecast: forecast[1]!, horizon: 2, scale },
    ]);
    expect(expected.wape).toBeCloseTo((Math.abs(forecast[0]! - 5) + Math.abs(forecast[1]! - 4)) / 9, 12);

    const report = await forecastAccuracy(w.admin, { runId: run.id, level: "TOTAL" }, new Date("2026-12-15T12:00:00Z"));
    const row = report.rows.find((r) => r.measure === "UNITS" && r.perspective === "STATISTICAL");
    expect(row?.accuracy).toEqual(expected);
    expect(row?.byHorizon.map((h) => h.horizon)).toEqual([1, 2]);

    const partners = await forecastAccuracy(w.admin, { runId: run.id, level: "PARTNER" }, new Date("2026-12-15T12:00:00Z"));
    // P2 had no orders before February: the snapshot holds no series of it to measure
    const revenue = partners.best.filter((b) => b.measure === "REVENUE");
    expect(revenue.map((b) => b.key)).toEqual([w.p1.partnerId]);
    expect(revenue[0]).toMatchObject({ perspective: "STATISTICAL", ranking: [{ perspective: "STATISTICAL" }] });
    await expect(forecastAccuracy(stranger, { runId: run.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("row-level security", () => {
  it("shows a partner session only its own submissions, and no run, snapshot or commit (there are some)", async () => {
    const scope = (p: PartnerCtx) => ({ audience: "partner" as const, tenantId: p.tenantId, userId: p.user.id, partnerId: p.partnerId });
    const seen = (p: PartnerCtx) =>
      withScope(scope(p), async (tx) => ({
        runs: await tx.forecastRun.count(),
        series: await tx.forecastSeries.count(),
        values: await tx.forecastValue.count(),
        commits: await tx.forecastCommit.count(),
        partners: [...new Set((await tx.partnerForecast.findMany({ select: { partnerId: true } })).map((f) => f.partnerId))],
      }));
    const vendor = await withScope({ audience: "vendor", tenantId: w.admin.tenantId, userId: w.admin.user.id }, async (tx) => [await tx.forecastRun.count(), await tx.forecastCommit.count()]);
    expect(vendor.every((n) => n > 0)).toBe(true);
    expect(await seen(w.p1)).toEqual({ runs: 0, series: 0, values: 0, commits: 0, partners: [w.p1.partnerId] });
    expect(await seen(w.p2)).toEqual({ runs: 0, series: 0, values: 0, commits: 0, partners: [] });
  });
});
