/**
 * `npm run bench -- forecast-compare` (optionally `--orders 60000 --partners 2000 --products 300 --months 36 --samples 30 --explain`):
 * the forecast comparison screen (app/[tenant]/admin/forecasts/page.tsx: a territory's
 * perspectives side by side, rolled up the territory tree) on a throwaway embedded
 * PostgreSQL with
 *   - ORDERS orders over MONTHS months on PARTNERS partners (scripts/bench/order-data.ts:
 *     skewed partner sizes, seasonality, growth), PRODUCTS products in families,
 *   - the bench territory tree (about a hundred territories in three levels, made through
 *     the services) with every partner placed in a leaf (scripts/bench/forecast-data.ts),
 *   - open opportunities (the pipeline perspective), partners' own forecasts and commits
 *     on territories,
 *   - two published runs made by the real forecast run (lib/forecasting/run.ts): this
 *     month's, and one from six months ago (the screen then shows the actual months since).
 * It prints the screen's reads as the page makes them — the runs, the slice names, the
 * snapshot of one territory and, for the older run, the actuals since — for a region (the
 * largest roll-up), a country and a leaf: server time p50/p95 of the whole read and of each
 * part (goal p95 < 300 ms), and for comparison the whole tenant's history over the same
 * months (what the screen read before it read only its slice). Figures only: nothing passes or fails here. Everything it
 * starts it stops.
 */
import os from "node:os";
import { parseArgs } from "node:util";
import { randomBytes } from "node:crypto";
import { runMain } from "../db/lifecycle";
import { prepareDatabase } from "../db/prepare";
import { ensurePrismaClient } from "../db/tasks";
import { benchTree, generatePartners } from "./channel-data";
import { generateOpportunities } from "./deal-data";
import { explainStatements } from "./explain-statements";
import { generatePartnerForecasts, placePartners } from "./forecast-data";
import { generateOrders } from "./order-data";
import { generatePriceWorld } from "./price-data";

const { values } = parseArgs({
  options: {
    orders: { type: "string", default: "60000" },
    partners: { type: "string", default: "2000" },
    products: { type: "string", default: "300" },
    months: { type: "string", default: "36" },
    opportunities: { type: "string", default: "20000" },
    samples: { type: "string", default: "30" },
    /** print the plans of every statement of the measured reads (as the app role sends them) */
    explain: { type: "boolean", default: false },
  },
});
const ORDERS = Number(values.orders);
const PARTNERS = Number(values.partners);
const PRODUCTS = Number(values.products);
const MONTHS = Number(values.months);
const OPPORTUNITIES = Number(values.opportunities);
const SAMPLES = Number(values.samples);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const load = () => os.loadavg().map((v) => v.toFixed(2)).join(" ");
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

type Timings = Record<string, number[]>;
const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
};

runMain(async () => {
  await ensurePrismaClient();
  const db = await prepareDatabase({ mode: "test", quiet: true });
  Object.assign(process.env, { DATABASE_APP_URL: db.appUrl, DATABASE_OWNER_URL: db.ownerUrl, AUTH_SECRET: randomBytes(48).toString("base64url"), LOG_LEVEL: "error" });
  const { prisma } = await import("@/lib/db/client");
  const { addMonths } = await import("@/lib/forecast/engine/period");
  const { currentPeriod } = await import("@/lib/forecasting/calendar");
  const { commitForecast } = await import("@/lib/forecasting/commits");
  const { executeRun } = await import("@/lib/forecasting/run");
  const { getSnapshot, listForecastRuns, readHistorySeries, readSliceHistorySeries, requestForecastRun } = await import("@/lib/forecasting/runs");
  const { forecastSlices } = await import("@/lib/forecasting/slices");
  const { listStages } = await import("@/lib/deals/stages");
  const { createTerritory } = await import("@/lib/territories/service");
  const { createTestTenant } = await import("../../tests/fixtures/factories");
  const { ownerQuery } = await import("../../tests/fixtures/db");

  console.log(`Forecast comparison benchmark — Node ${process.version}, embedded PostgreSQL`);
  console.log(`machine: ${os.cpus().length} cores, load average ${load()} at start (other processes share the cores)`);
  const admin = await createTestTenant();
  const currency = admin.tenant.currency;
  const current = currentPeriod(admin.tenant.timeZone);

  // The tree through the services; partners, catalog, orders and the rest in bulk.
  let started = performance.now();
  const leaves = new Map<string, string[]>();
  const named = new Map<string, string>();
  type Node = { name: string; children?: Node[] };
  const plant = async (node: Node, parentId: string | null): Promise<void> => {
    const { id } = await createTerritory(admin, { name: node.name, description: null, parentId });
    named.set(node.name, id);
    const country = /^([A-Z]{2}) /.exec(node.name)?.[1];
    if (country && !node.children?.length) leaves.set(country, [...(leaves.get(country) ?? []), id]);
    for (const child of node.children ?? []) await plant(child, id);
  };
  for (const region of benchTree()) await plant(region, null);
  await generatePartners(db.ownerUrl, admin.tenantId, PARTNERS);
  const placed = await placePartners(db.ownerUrl, admin.tenantId, PARTNERS, leaves);
  await generatePriceWorld(db.ownerUrl, admin.tenantId, { products: PRODUCTS, typeLists: 0, partnerIds: [], currency });
  const counts = await generateOrders(db.ownerUrl, admin.tenantId, {
    from: 1,
    count: ORDERS,
    partners: PARTNERS,
    products: PRODUCTS,
    linesPerOrder: 3,
    currency,
    userId: admin.user.id,
    userName: admin.user.name ?? "Canal",
    months: MONTHS,
  });
  const [membership] = await ownerQuery<{ id: string }>(`SELECT id FROM "Membership" WHERE "tenantId" = $1 AND "userId" = $2`, [admin.tenantId, admin.user.id]);
  const stages = (await listStages(admin)).filter((s) => s.kind === "OPEN");
  await generateOpportunities(db.ownerUrl, admin.tenantId, { count: OPPORTUNITIES, partners: PARTNERS, stageIds: stages.map((s) => s.id), territories: [...leaves.values()].flat(), repId: membership!.id });
  const forecastLines = await generatePartnerForecasts(db.ownerUrl, admin.tenantId, { forecasters: Math.ceil(PARTNERS / 3), from: addMonths(current, -6), months: 18, currency, userId: admin.user.id });
  for (const name of ["Region 1", "Country MX", "MX norte"]) {
    for (let i = 0; i < 3; i++) await commitForecast(admin, { level: "TERRITORY", key: named.get(name)!, period: addMonths(current, i), amount: String(50000 * (i + 1)), reason: "Bench commit" });
  }
  console.log(
    `generated ${named.size} territories (${placed.toLocaleString("en")} partners placed), ${counts.orders.toLocaleString("en")} orders / ${counts.lines.toLocaleString("en")} lines over ${MONTHS} months, ${OPPORTUNITIES.toLocaleString("en")} open deals, ${forecastLines.toLocaleString("en")} partner forecast months in ${seconds(started)}`,
  );

  // Two published runs by the real forecast run: six months ago and this month.
  const runs: { asOf: string; series: number }[] = [];
  for (const asOf of [addMonths(current, -6), current]) {
    started = performance.now();
    const run = await requestForecastRun(admin, { asOf, horizon: 12 });
    const outcome = await executeRun(admin.tenantId, run.id);
    runs.push({ asOf, series: outcome.series });
    console.log(`forecast run as of ${asOf}: ${outcome.series.toLocaleString("en")} series published in ${seconds(started)}`);
  }
  const [values0] = await ownerQuery<{ n: string }>(`SELECT count(*) AS n FROM "ForecastValue" WHERE "tenantId" = $1`, [admin.tenantId]);
  console.log(`snapshots: ${Number(values0!.n).toLocaleString("en")} forecast values`);

  /** The page's reads, in its order: runs and slices together, then the snapshot and the actuals together. */
  const screen = async (key: string, asOf: string, timings: Timings) => {
    const timed = async <T>(part: string, fn: () => Promise<T>): Promise<T> => {
      const start = performance.now();
      const result = await fn();
      (timings[part] ??= []).push(performance.now() - start);
      return result;
    };
    const start = performance.now();
    const [list] = await Promise.all([timed("runs", () => listForecastRuns(admin)), timed("slice names", () => forecastSlices(admin, "en", "TERRITORY"))]);
    const run = list.find((r) => r.asOf === asOf)!;
    await Promise.all([
      timed("snapshot of the territory", () => getSnapshot(admin, { runId: run.id, level: "TERRITORY", key })),
      run.asOf < current ? timed("actuals since the run", () => readSliceHistorySeries(admin, { from: run.asOf, to: addMonths(current, -1), level: "TERRITORY", key })) : Promise.resolve([]),
    ]);
    (timings["whole read"] ??= []).push(performance.now() - start);
  };

  const cases = [
    ["Region 1", "a region (two countries)"],
    ["Country MX", "a country"],
    ["MX norte", "a leaf"],
  ] as const;
  if (values.explain) {
    for (const [name] of cases) await explainStatements(`screen ${name}, run ${runs[0]!.asOf}`, () => screen(named.get(name)!, runs[0]!.asOf, {}));
  }
  console.log(`\nthe comparison screen's server reads for a territory, ${SAMPLES} samples each (goal p95 < 300 ms) — load ${load()}`);
  for (const run of [...runs].reverse()) {
    const label = run.asOf === current ? `this month's run (${run.asOf})` : `the run of ${run.asOf}, with the actual months since`;
    console.log(`  ${label}:`);
    for (const [name, what] of cases) {
      const key = named.get(name)!;
      const timings: Timings = {};
      for (let i = 0; i < 3; i++) await screen(key, run.asOf, {});
      for (let i = 0; i < SAMPLES; i++) await screen(key, run.asOf, timings);
      const whole = summary(timings["whole read"]!);
      console.log(`    ${`${name} (${what})`.padEnd(36)} p50 ${ms(whole.p50).padStart(9)}   p95 ${ms(whole.p95).padStart(9)}`);
      for (const [part, times] of Object.entries(timings)) {
        if (part === "whole read") continue;
        const { p50, p95 } = summary(times);
        console.log(`      ${part.padEnd(34)} p50 ${ms(p50).padStart(9)}   p95 ${ms(p95).padStart(9)}`);
      }
    }
  }
  // What the screen read for its actuals before it read only its slice: every series of the tenant.
  const older = runs[0]!.asOf;
  const whole: number[] = [];
  for (let i = 0; i < Math.min(SAMPLES, 20); i++) {
    const start = performance.now();
    await readHistorySeries(admin, { from: older, to: addMonths(current, -1) });
    whole.push(performance.now() - start);
  }
  const before = summary(whole);
  console.log(`  for comparison, the whole tenant's history ${older}…${addMonths(current, -1)} (readHistorySeries, what the screen read before): p50 ${ms(before.p50)}   p95 ${ms(before.p95)}`);
  console.log(`load average ${load()} at the end`);
  await prisma().$disconnect();
});
