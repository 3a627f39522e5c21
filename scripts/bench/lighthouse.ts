/**
 * `npm run bench -- lighthouse` (options: `--only portal,login --runs 1 --build`):
 * Lighthouse 12 (mobile emulation, simulated throttling: Lighthouse's defaults) in Debian's
 * Chromium against the production build, for every page people see — public pages and
 * every signed-in page, signed in as the demo user who opens it. Prints per page the
 * performance score, LCP, TBT, CLS and the JavaScript transferred; with `--runs N` each
 * page is measured N times and the median run (by score) is shown. `--save <dir>` writes
 * every run's report (`<page>-<run>.json`) and its trace (`<page>-<run>.trace.json`), and
 * prints where each page's main-thread time went per script (Lighthouse's bootup-time
 * audit): what its TBT is made of. "long tasks ran" is how much of the observed long
 * tasks' wall time the page's main thread had a CPU (scripts/bench/trace-cpu.ts).
 * Goal (docs/architecture.md, "Performance"): score ≥ 90, LCP ≤ 2.5 s, TBT ≤ 200 ms, CLS ≤ 0.05.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { runMain } from "../db/lifecycle";
import { ensureBuild, startAppServer } from "./app-server";
import { benchPages } from "./page-list";
import { loadAverages } from "./format";
import { longTaskCpu, type LongTaskCpu } from "./trace-cpu";

const { values } = parseArgs({
  options: {
    only: { type: "string" },
    runs: { type: "string", default: "1" },
    build: { type: "boolean", default: false },
    save: { type: "string" },
  },
});
const RUNS = Math.max(1, Number(values.runs));
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const GOAL = { score: 90, lcp: 2500, tbt: 200, cls: 0.05 };

type Measure = {
  score: number;
  lcp: number;
  tbt: number;
  cls: number;
  js: number;
  fcp: number;
  longTasks: LongTaskCpu | null;
};

/** Lighthouse now and then fails to record a trace on a busy machine (NO_NAVSTART): try again. */
async function measure(port: number, url: string, cookie: string | undefined, save?: string): Promise<Measure> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await measureOnce(port, url, cookie, save);
    } catch (error) {
      if (attempt >= 3) throw error;
      console.warn(`  retrying ${url}: ${(error as Error).message}`);
    }
  }
}

async function measureOnce(port: number, url: string, cookie: string | undefined, save?: string): Promise<Measure> {
  const result = await lighthouse(
    url,
    {
      port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance"],
      ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
    },
    undefined,
  );
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  // The trace Lantern simulated from: which tasks are long, and what is in them.
  const trace = (result.artifacts as { Trace?: unknown }).Trace;
  if (save) {
    fs.writeFileSync(save, JSON.stringify(lhr));
    if (trace) fs.writeFileSync(save.replace(/\.json$/, ".trace.json"), JSON.stringify(trace));
    printBootup(lhr.audits["bootup-time"]?.details, new URL(url).origin);
  }
  const items = (
    lhr.audits["resource-summary"]?.details as { items?: { resourceType: string; transferSize: number }[] } | undefined
  )?.items;
  return {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    fcp: audit("first-contentful-paint"),
    lcp: audit("largest-contentful-paint"),
    tbt: audit("total-blocking-time"),
    cls: audit("cumulative-layout-shift"),
    js: items?.find((item) => item.resourceType === "script")?.transferSize ?? 0,
    longTasks: longTaskCpu(trace),
  };
}

runMain(async () => {
  await ensureBuild({ force: values.build });
  console.log(`bench lighthouse: ${os.cpus().length} cores, load ${loadAverages()} (1 / 5 / 15 min) at start`);
  const server = await startAppServer();
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const rows: { name: string; m: Measure }[] = [];
  try {
    const pages = (await benchPages(server, values.only?.split(","))).filter(
      (page) => page.path.startsWith("/api/") === false,
    );
    for (const page of pages) {
      const url = `${server.origin}${page.path}`;
      await fetch(url, { headers: { accept: "text/html", ...(page.cookie ? { cookie: page.cookie } : {}) } }); // warm the route
      const runs: Measure[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const save = values.save && path.join(values.save, `${page.name.replace(/[^a-z0-9]+/gi, "-")}-${run + 1}.json`);
        if (values.save) fs.mkdirSync(values.save, { recursive: true });
        runs.push(await measure(chrome.port, url, page.cookie, save || undefined));
      }
      runs.sort((a, b) => a.score - b.score);
      rows.push({ name: page.name, m: runs[Math.floor(runs.length / 2)]! });
      console.log(`  ${page.name}: ${runs.map((r) => r.score).join(", ")} (load ${loadAverages()})`);
    }
  } finally {
    await chrome.kill();
    await server.stop();
  }
  printTable(rows);
  console.log(`bench lighthouse: load ${loadAverages()} at the end`);
  return 0;
});

function printTable(rows: { name: string; m: Measure }[]) {
  const header = ["page", "score", "FCP", "LCP", "TBT", "CLS", "JS (transferred)", "long tasks ran", "goal"];
  const lines = rows.map(({ name, m }) => {
    const met = m.score >= GOAL.score && m.lcp <= GOAL.lcp && m.tbt <= GOAL.tbt && m.cls <= GOAL.cls;
    return [
      name,
      String(m.score),
      `${(m.fcp / 1000).toFixed(2)} s`,
      `${(m.lcp / 1000).toFixed(2)} s`,
      `${Math.round(m.tbt)} ms`,
      m.cls.toFixed(3),
      `${(m.js / 1024).toFixed(0)} KB`,
      m.longTasks && m.longTasks.wallMs > 0
        ? `${Math.round((100 * m.longTasks.cpuMs) / m.longTasks.wallMs)} % of ${Math.round(m.longTasks.wallMs)} ms`
        : "–",
      met ? "met" : "NOT MET",
    ];
  });
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i]!.length)));
  const format = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  console.log("");
  console.log(format(header));
  for (const line of lines) console.log(format(line));
  console.log(
    `\ngoal: score ≥ ${GOAL.score}, LCP ≤ ${GOAL.lcp / 1000} s, TBT ≤ ${GOAL.tbt} ms, CLS ≤ ${GOAL.cls} (mobile emulation, simulated throttling)`,
  );
  console.log(
    "long tasks ran: the CPU time the renderer's main thread had during its observed long tasks (≥ 12.5 ms, 50 ms once\n" +
      "multiplied by Lantern's 4×), as a share of their wall time; the rest it waited, and Lantern counts it as work (trace-cpu.ts)",
  );
}

type BootupItem = { url: string; total: number; scripting: number; scriptParseCompile: number };

/** Main-thread time per script (ms, under the emulated CPU slowdown), largest first. */
function printBootup(details: unknown, origin: string) {
  const items = ((details as { items?: BootupItem[] } | undefined)?.items ?? []).slice(0, 12);
  for (const item of items) {
    const name = item.url.startsWith(origin) ? item.url.slice(origin.length) : item.url;
    console.log(
      `    ${Math.round(item.total).toString().padStart(5)} ms (script ${Math.round(item.scripting)}, parse ${Math.round(item.scriptParseCompile)})  ${name}`,
    );
  }
}
