/**
 * `npm run bench -- forecast` (optionally `--series 5000 --months 36 --threads 2 --per-shape 200 --seed 1`):
 *   (a) speed: one forecast run over SERIES generated series of MONTHS months (the six
 *       shapes in turn), 12 months ahead, each with its rolling-origin backtests, on THREADS
 *       worker threads (default: one per core) — wall time and series per second (goal: under
 *       60 s for 5,000 series of 36 months on a 2-core machine), with a digest of every
 *       output number (the same for any number of threads);
 *   (b) accuracy: for each shape, PER_SHAPE series of 48 months; the engine, the naive and the
 *       seasonal naive method forecast the last 12 months from the first 36. Mean MASE (scaled
 *       by the in-sample seasonal naive error of the 36 months), the engine's WAPE and bias,
 *       and how many actuals fell inside its 80 % interval.
 * The generated sets come from a seeded generator (lib/forecast/engine/synthetic.ts): the
 * same figures every run. Speed is reported, not judged; the accuracy part exits with
 * status 1 when the engine does not beat both benchmarks on some shape.
 */
import { createHash } from "node:crypto";
import os from "node:os";
import { parseArgs } from "node:util";
import { naive, seasonalNaive } from "@/lib/forecast/engine/methods";
import { accuracy, errorPoints } from "@/lib/forecast/engine/metrics";
import { SHAPES, generateSeries, seededRandom } from "@/lib/forecast/engine/synthetic";
import { forecastOnThreads } from "./forecast-pool";

const { values } = parseArgs({
  options: {
    series: { type: "string", default: "5000" },
    months: { type: "string", default: "36" },
    threads: { type: "string", default: String(os.availableParallelism()) },
    "per-shape": { type: "string", default: "200" },
    seed: { type: "string", default: "1" },
  },
});
const SERIES = Number(values.series);
const MONTHS = Number(values.months);
const THREADS = Number(values.threads);
const PER_SHAPE = Number(values["per-shape"]);
const SEED = Number(values.seed);
const HORIZON = 12;
const LEVEL = 0.8;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const fixed = (value: number, digits = 3) => value.toFixed(digits);
const load = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(" ");

async function speed() {
  const random = seededRandom(SEED);
  const histories = Array.from({ length: SERIES }, (_, i) =>
    generateSeries(SHAPES[i % SHAPES.length]!, random, { length: MONTHS }),
  );
  const loadBefore = load();
  const start = performance.now();
  const results = await forecastOnThreads(histories, { horizon: HORIZON, level: LEVEL }, THREADS);
  const elapsed = performance.now() - start;
  const digest = createHash("sha256").update(JSON.stringify(results)).digest("hex").slice(0, 16);
  const families = new Map<string, number>();
  for (const { method } of results) {
    const family = method.replace(/\(.*$/, "");
    families.set(family, (families.get(family) ?? 0) + 1);
  }
  console.log(
    `(a) ${SERIES.toLocaleString("en")} series × ${MONTHS} months, ${HORIZON} months ahead, with rolling-origin backtests, ` +
      `on ${THREADS} worker thread${THREADS === 1 ? "" : "s"}: ${seconds(elapsed)} — ${Math.round(SERIES / (elapsed / 1000))} series/s ` +
      `(goal: 5,000 series under 60 s). Load average before: ${loadBefore}, after: ${load()}.`,
  );
  console.log(
    `    methods chosen: ${[...families]
      .sort((a, b) => b[1] - a[1])
      .map(([family, count]) => `${family} ${((100 * count) / SERIES).toFixed(0)} %`)
      .join(", ")}; output digest ${digest}`,
  );
}

async function accuracyReport(): Promise<boolean> {
  const known = 36;
  const sets = SHAPES.map((shape, s) => {
    const random = seededRandom(SEED * 1000 + s);
    return Array.from({ length: PER_SHAPE }, () => generateSeries(shape, random, { length: known + HORIZON, known }));
  });
  const engine = await forecastOnThreads(
    sets.flat().map((series) => series.slice(0, known)),
    { horizon: HORIZON, level: LEVEL },
    THREADS,
  );
  console.log(
    `\n(b) accuracy over a ${HORIZON}-month holdout after ${known} months, ${PER_SHAPE} series per shape ` +
      `(mean MASE, lower is better; MASE scaled by the in-sample seasonal naive error)`,
  );
  const header = [
    "shape",
    "engine",
    "naive",
    "seas. naive",
    "engine WAPE",
    "engine bias",
    "80 % interval hits",
    "beats both",
  ];
  const rows: string[][] = [];
  let allBeaten = true;
  sets.forEach((set, s) => {
    const sums = { engine: 0, naive: 0, seasonal: 0 };
    let counted = 0;
    let inside = 0;
    const enginePoints = [];
    for (let i = 0; i < set.length; i++) {
      const history = set[i]!.slice(0, known);
      const actuals = set[i]!.slice(known);
      const result = engine[s * PER_SHAPE + i]!;
      const points = errorPoints(history, result.forecast, actuals);
      enginePoints.push(...points);
      const mase = [
        accuracy(points).mase,
        accuracy(errorPoints(history, naive.forecast(history, HORIZON).values, actuals)).mase,
        accuracy(errorPoints(history, seasonalNaive.forecast(history, HORIZON).values, actuals)).mase,
      ];
      actuals.forEach((actual, h) => (inside += actual >= result.lower[h]! && actual <= result.upper[h]! ? 1 : 0));
      if (mase.some((value) => value === null)) continue;
      sums.engine += mase[0]!;
      sums.naive += mase[1]!;
      sums.seasonal += mase[2]!;
      counted++;
    }
    const [engineMase, naiveMase, seasonalMase] = [sums.engine, sums.naive, sums.seasonal].map(
      (total) => total / counted,
    );
    const beats = engineMase! < naiveMase! && engineMase! < seasonalMase!;
    allBeaten &&= beats;
    const overall = accuracy(enginePoints);
    rows.push([
      SHAPES[s]!,
      fixed(engineMase!),
      fixed(naiveMase!),
      fixed(seasonalMase!),
      `${fixed(100 * overall.wape!, 1)} %`,
      `${overall.bias! >= 0 ? "+" : ""}${fixed(100 * overall.bias!, 1)} %`,
      `${fixed((100 * inside) / (set.length * HORIZON), 1)} %`,
      beats ? "yes" : "NO",
    ]);
  });
  const widths = header.map((title, c) => Math.max(title.length, ...rows.map((row) => row[c]!.length)));
  for (const row of [header, ...rows])
    console.log(row.map((cell, c) => (c ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join("  "));
  console.log(
    allBeaten
      ? "The engine beats naive and seasonal naive on every shape."
      : "The engine does NOT beat both benchmarks on every shape.",
  );
  return allBeaten;
}

console.log(`Forecast engine bench: ${os.availableParallelism()} cores, Node ${process.version}`);
await speed();
const ok = await accuracyReport();
process.exit(ok ? 0 : 1);
