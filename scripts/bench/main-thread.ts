/**
 * `npm run bench -- main-thread` (options: `--only "admin orders,portal orders" --runs 2
 * --save <dir>`): what a page's long tasks are made of. Loads each page in Debian's Chromium
 * (phone viewport, 4× CPU slowdown, a fresh context per load, signed in as the bench's demo
 * user) with a Chromium trace and V8's sampling profiler, then prints, per load:
 *   - the main thread's long tasks after the first contentful paint (> 50 ms at 4×) and their
 *     blocking time (the part past 50 ms: TBT measured, not Lantern's simulation);
 *   - their time by trace activity (self time of the innermost trace event: layout, style,
 *     script compile, GC, HTML parsing…) and, for script, by source: each profiler sample is
 *     mapped through the chunk's source map to the innermost known file (a package under
 *     node_modules or the app's own file). Build with `CI=true CANAL_SOURCEMAPS=1 npx next
 *     build` for the second (without maps, chunks are named instead); like the other page
 *     benches it builds again, without maps, when a source is newer than `.next`.
 * The figures are main-thread milliseconds at a fixed 4× slowdown: far steadier than
 * Lighthouse's score under load, but still CPU time on a shared machine (note `uptime`).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { TraceMap, originalPositionFor } from "@jridgewell/trace-mapping";
import { chromium } from "@playwright/test";
import { runMain } from "../db/lifecycle";
import { REPO_ROOT } from "../db/pg-url";
import { ensureBuild, startAppServer } from "./app-server";
import { benchPages } from "./page-list";
import { loadAverages } from "./format";

const { values } = parseArgs({
  options: {
    only: { type: "string" },
    runs: { type: "string", default: "2" },
    save: { type: "string" },
    top: { type: "string", default: "14" },
    /** Analyse traces saved earlier with `--save` (against the current build's source maps). */
    traces: { type: "string" },
  },
});
const RUNS = Math.max(1, Number(values.runs));
const TOP = Number(values.top);
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const LONG_MS = 50;

type TraceEvent = {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, unknown> & { data?: Record<string, unknown>; name?: string };
};
type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type ProfileNode = { id: number; parent?: number; callFrame: CallFrame };

/** Source maps of the build's chunks, read once. */
const maps = new Map<string, TraceMap | null>();

/** The original file (simplified), line and function name of a chunk position. */
function positionOf(url: string, line: number, column: number): { source: string; where: string } {
  const match = /\/_next\/(static\/.+\.js)/.exec(url);
  if (!match) return { source: url ? `(${new URL(url).pathname})` : "(native)", where: "" };
  const file = path.join(REPO_ROOT, ".next", match[1]!);
  const map = mapOf(file);
  if (!map) return { source: `chunk ${path.basename(file)}`, where: "" };
  const position = originalPositionFor(map, { line: line + 1, column });
  if (!position.source) return { source: `chunk ${path.basename(file)} (unmapped)`, where: "" };
  const full = position.source.replace(/^turbopack:\/\/\/?/, "").replace(/^\[project\]\//, "");
  return {
    source: simplify(position.source),
    where: `${full.split("node_modules/").pop()}:${position.line}${position.line === 1 ? `:${position.column}` : ""}${position.name ? ` ${position.name}` : ""}`,
  };
}

function mapOf(file: string): TraceMap | null {
  if (!maps.has(file)) {
    // Turbopack names each chunk's map in its last line (not always `<chunk>.map`).
    // (A trace of another build names chunks this one does not have: they stay unnamed.)
    const text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
    const named = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(text)?.[1];
    const mapFile = named ? path.join(path.dirname(file), named) : `${file}.map`;
    maps.set(file, fs.existsSync(mapFile) ? new TraceMap(fs.readFileSync(mapFile, "utf8")) : null);
  }
  return maps.get(file) ?? null;
}

/** `…/node_modules/.pnpm/x/node_modules/@scope/pkg/dist/a.js` → `@scope/pkg`; app files stay paths. */
function simplify(source: string): string {
  const clean = source.replace(/^turbopack:\/\/\/?/, "").replace(/^\[project\]\//, "");
  const modules = clean.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const rest = clean.slice(modules + "node_modules/".length).split("/");
    const name = rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!;
    if (name === "next") {
      // React DOM and the RSC client ship inside Next: name them.
      const inner = rest.slice(1).join("/");
      if (/react-dom/.test(inner)) return "react-dom (in next)";
      if (/react-server-dom/.test(inner)) return "react-server-dom (RSC client, in next)";
      if (/compiled\/react\//.test(inner)) return "react (in next)";
      return "next";
    }
    return name;
  }
  return clean;
}

function add(map: Map<string, number>, key: string, ms: number) {
  map.set(key, (map.get(key) ?? 0) + ms);
}

type LoadResult = {
  fcp: number;
  longTasks: { start: number; dur: number }[];
  blocking: number;
  byActivity: Map<string, number>;
  bySource: Map<string, number>;
  byFunction: Map<string, number>;
  /** Inclusive: a sample counts for every app file (not node_modules) on its stack. */
  byAppFile: Map<string, number>;
};

/** Trace events that are containers, not activities: their self time is reported as "other". */
const CONTAINERS = new Set([
  "RunTask",
  "ThreadControllerImpl::RunTask",
  "RunMicrotasks",
  "TimerFire",
  "FireAnimationFrame",
  "EventDispatch",
  "FunctionCall",
  "v8.callFunction",
  "EvaluateScript",
  "v8.run",
  "v8.evaluateModule",
  "V8.Execute",
  "ParseHTML",
  "HandlePostMessage",
  "ResourceReceivedData",
]);

function analyse(events: TraceEvent[], origin: string): LoadResult {
  // The page's renderer: the process whose main thread records the navigation to our origin.
  const names = events.filter((event) => event.ph === "M" && event.name === "thread_name");
  const mains = names.filter((event) => event.args?.name === "CrRendererMain");
  const fcpEvents = events.filter((event) => event.name === "firstContentfulPaint");
  let best: { pid: number; tid: number; total: number } | undefined;
  for (const main of mains) {
    const total = events
      .filter((event) => event.pid === main.pid && event.tid === main.tid && event.ph === "X")
      .reduce((sum, event) => sum + (event.dur ?? 0), 0);
    if (fcpEvents.some((event) => event.pid === main.pid) && (!best || total > best.total))
      best = { pid: main.pid, tid: main.tid, total };
  }
  if (!best) throw new Error("no renderer main thread with a first contentful paint in the trace");
  const { pid, tid } = best;
  const fcp = Math.min(...fcpEvents.filter((event) => event.pid === pid).map((event) => event.ts));
  const onMain = events
    .filter((event) => event.pid === pid && event.tid === tid && event.ph === "X" && event.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const tasks = onMain.filter((event) => event.name === "RunTask" || event.name === "ThreadControllerImpl::RunTask");
  // Top-level tasks only (a RunTask nested in another is part of it).
  const top: TraceEvent[] = [];
  for (const task of tasks) {
    const last = top[top.length - 1];
    if (last && task.ts < last.ts + last.dur!) continue;
    top.push(task);
  }
  const longTasks = top
    .filter((task) => task.ts >= fcp && task.dur! / 1000 > LONG_MS)
    .map((task) => ({ start: (task.ts - fcp) / 1000, dur: task.dur! / 1000, ts: task.ts, end: task.ts + task.dur! }));
  const blocking = longTasks.reduce((sum, task) => sum + task.dur - LONG_MS, 0);
  const inLong = (ts: number) => longTasks.some((task) => ts >= task.ts && ts < task.end);

  // Self time per activity inside long tasks: a stack sweep over the nested X events.
  const byActivity = new Map<string, number>();
  const stack: TraceEvent[] = [];
  const selfOf = new Map<TraceEvent, number>();
  for (const event of onMain) {
    if (!inLong(event.ts)) continue;
    while (stack.length && stack[stack.length - 1]!.ts + stack[stack.length - 1]!.dur! <= event.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) selfOf.set(parent, (selfOf.get(parent) ?? parent.dur!) - event.dur!);
    selfOf.set(event, selfOf.get(event) ?? event.dur!);
    stack.push(event);
  }
  // The innermost event at a time: samples use it to tell script from everything else.
  for (const [event, self] of selfOf)
    add(byActivity, CONTAINERS.has(event.name) ? `${event.name} (self)` : event.name, self / 1000);

  // Profiler samples: nodes and samples arrive in chunks per profile id.
  const nodes = new Map<number, ProfileNode>();
  const samples: { ts: number; node: number }[] = [];
  let profileId: string | undefined;
  let clock = 0;
  for (const event of events) {
    if (event.pid !== pid) continue;
    if (event.name === "Profile" && event.tid === tid) {
      profileId = event.id;
      clock = Number((event.args?.data as { startTime?: number })?.startTime ?? event.ts);
    }
  }
  for (const event of events) {
    if (event.pid !== pid || event.name !== "ProfileChunk" || event.id !== profileId) continue;
    const data = event.args?.data as {
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const ids = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let i = 0; i < ids.length; i += 1) {
      clock += deltas[i] ?? 0;
      samples.push({ ts: clock, node: ids[i]! });
    }
  }
  const bySource = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const byAppFile = new Map<string, number>();
  for (let i = 0; i < samples.length; i += 1) {
    const sample = samples[i]!;
    if (!inLong(sample.ts)) continue;
    const next = samples[i + 1];
    const ms = Math.min(next ? next.ts - sample.ts : 0, 5000) / 1000;
    let node = nodes.get(sample.node);
    const leaf = node?.callFrame.functionName;
    if (leaf === "(idle)") continue;
    if (leaf === "(garbage collector)" || leaf === "(program)") {
      add(bySource, leaf, ms);
      continue;
    }
    const files = new Set<string>();
    for (let walk = node; walk; walk = walk.parent === undefined ? undefined : nodes.get(walk.parent)) {
      const frame = walk.callFrame;
      if (!frame.url?.includes("/_next/")) continue;
      const file = positionOf(frame.url, frame.lineNumber, frame.columnNumber).source;
      if (/^(components|lib|app)\//.test(file)) files.add(file);
    }
    for (const file of files) add(byAppFile, file, ms);
    let source: string | undefined;
    let fn = "";
    while (node) {
      const frame = node.callFrame;
      if (frame.url && frame.url.startsWith(origin) && frame.url.includes("/_next/")) {
        const position = positionOf(frame.url, frame.lineNumber, frame.columnNumber);
        source = position.source;
        fn = position.where || frame.functionName || "(anonymous)";
        break;
      }
      node = node.parent === undefined ? undefined : nodes.get(node.parent);
    }
    add(bySource, source ?? `(native: ${leaf || "?"})`, ms);
    if (source) add(byFunction, fn, ms);
  }
  return { fcp, longTasks, blocking, byActivity, bySource, byFunction, byAppFile };
}

function table(title: string, maps: Map<string, number>[], top: number) {
  const keys = new Set<string>();
  for (const map of maps) for (const key of map.keys()) keys.add(key);
  const rows = [...keys]
    .map((key) => ({ key, values: maps.map((map) => map.get(key) ?? 0) }))
    .sort((a, b) => b.values.reduce((x, y) => x + y, 0) - a.values.reduce((x, y) => x + y, 0))
    .slice(0, top);
  console.log(`    ${title} (ms per load, inside long tasks)`);
  for (const row of rows)
    console.log(`      ${row.values.map((value) => value.toFixed(0).padStart(5)).join(" ")}  ${row.key}`);
}

function report(name: string, results: LoadResult[]) {
  console.log(`\n  ${name} (load ${loadAverages()})`);
  for (const result of results)
    console.log(
      `    long tasks after FCP: ${result.longTasks.map((task) => `${task.dur.toFixed(0)} ms @${task.start.toFixed(0)}`).join(", ") || "none"}; blocking ${result.blocking.toFixed(0)} ms; in long tasks ${result.longTasks.reduce((sum, task) => sum + task.dur, 0).toFixed(0)} ms`,
    );
  const breakdowns = [
    ["by activity", "byActivity"],
    ["by source (profiler samples)", "bySource"],
    ["by function", "byFunction"],
    ["by app file, inclusive (everything called from it)", "byAppFile"],
  ] as const;
  for (const [title, key] of breakdowns)
    table(
      title,
      results.map((result) => result[key]),
      TOP,
    );
}

function offline(dir: string) {
  const groups = new Map<string, LoadResult[]>();
  for (const file of fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".trace.json"))
    .sort()) {
    const name = file.replace(/-\d+\.trace\.json$/, "");
    const { traceEvents } = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as { traceEvents: TraceEvent[] };
    const results = groups.get(name) ?? [];
    results.push(analyse(traceEvents, "http://"));
    groups.set(name, results);
  }
  for (const [name, results] of groups) report(name, results);
  return 0;
}

runMain(async () => {
  if (values.traces) return offline(values.traces);
  await ensureBuild();
  console.log(`bench main-thread: ${os.cpus().length} cores, load ${loadAverages()} at start`);
  const server = await startAppServer();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    const pages = await benchPages(server, values.only?.split(","));
    for (const spec of pages) {
      const url = `${server.origin}${spec.path}`;
      await fetch(url, { headers: { accept: "text/html", ...(spec.cookie ? { cookie: spec.cookie } : {}) } });
      const results: LoadResult[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const context = await browser.newContext({
          viewport: { width: 412, height: 823 },
          deviceScaleFactor: 1.75,
          isMobile: true,
          hasTouch: true,
          // As Lighthouse does (its extraHeaders): the `__Host-` session cookie cannot be set on http.
          ...(spec.cookie ? { extraHTTPHeaders: { cookie: spec.cookie } } : {}),
        });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
        await browser.startTracing(page, {
          categories: [
            "devtools.timeline",
            "disabled-by-default-devtools.timeline",
            "toplevel",
            "v8",
            "v8.execute",
            "blink.user_timing",
            "loading",
            "disabled-by-default-v8.cpu_profiler",
          ],
        });
        await page.goto(url, { waitUntil: "load" });
        await page.waitForTimeout(4000);
        const buffer = await browser.stopTracing();
        await context.close();
        if (values.save) {
          fs.mkdirSync(values.save, { recursive: true });
          fs.writeFileSync(
            path.join(values.save, `${spec.name.replace(/[^a-z0-9]+/gi, "-")}-${run + 1}.trace.json`),
            buffer,
          );
        }
        const { traceEvents } = JSON.parse(buffer.toString("utf8")) as { traceEvents: TraceEvent[] };
        results.push(analyse(traceEvents, server.origin));
      }
      report(spec.name, results);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  console.log(`\nbench main-thread: load ${loadAverages()} at the end`);
  return 0;
});
