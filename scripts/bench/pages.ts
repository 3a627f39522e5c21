/**
 * `npm run bench -- pages` (options: `--seconds 10 --serial 200 --counted 20 --show-sql --only
 * dashboard,portal --servers 2 --profile <dir> --dump <dir> --build`): the cost of a signed-in page on a
 * production build, served as `npm start` serves it (one `next start` per core, scripts/next-cluster.mjs;
 * `--servers` overrides, as `WEB_CONCURRENCY` does).
 *
 * Starts `next start` on a seeded throwaway database (scripts/bench/app-server.ts), signs
 * in the Acme tenant admin and a Northwind partner admin, and for each page prints
 *   - serial: one request at a time (p50 / p90 latency): what one person waits;
 *   - concurrency 8: requests per second and p50 / p97.5 latency with 8 connections.
 * `/api/health` (no session, no render) runs in the same table as the floor of the stack.
 * Goal (docs/architecture.md, "Performance"): ≥ 100 requests/s at concurrency 8 and serial
 * p50 ≤ 20 ms for every signed-in page. CPU per request (from /proc, under load) shows
 * where the time goes whatever else the machine is doing: the Next processes (each renders
 * on one thread: 10 ms a request caps one process at 100/s), PostgreSQL and the load generator. What the
 * database is asked — statements and round trips per request, over `--counted` requests
 * (scripts/bench/statements.ts) — does not depend on load at all. Requests are page loads as a browser makes them
 * (`Accept: text/html`); any answer but 200 invalidates the row. `--profile <dir>` runs one
 * server process under `node --cpu-prof` (open the .cpuprofile in Chrome DevTools). `--dump <dir>`
 * writes each page's HTML and the RSC payload inlined in it (nonces and build ids blanked)
 * there, to compare two builds' markup and payload sizes.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { runMain } from "../db/lifecycle";
import { ensureBuild, startAppServer } from "./app-server";
import type { StatementCounts } from "./statements";
import { benchPages } from "./page-list";
import { serverCount } from "../next-cluster.mjs";
import { loadAverages } from "./format";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    serial: { type: "string", default: "200" },
    connections: { type: "string", default: "8" },
    only: { type: "string" },
    profile: { type: "string" },
    servers: { type: "string" },
    dump: { type: "string" },
    build: { type: "boolean", default: false },
    counted: { type: "string", default: "20" },
    "show-sql": { type: "boolean", default: false },
  },
});
const SECONDS = Number(values.seconds);
const SERIAL = Number(values.serial);
const CONNECTIONS = Number(values.connections);
const COUNTED = Number(values.counted);
const GOAL_RPS = 100;
const GOAL_SERIAL_P50 = 20;

type Row = {
  name: string;
  path: string;
  serialP50: number;
  serialP90: number;
  rps: number;
  p50: number;
  p97: number;
  bad: number;
  goal: boolean;
  serverCpu: number;
  dbCpu: number;
  benchCpu: number;
  sql: StatementCounts | null;
};

async function cannon(
  url: string,
  headers: Record<string, string>,
  options: { connections: number; amount?: number; duration?: number },
) {
  const result = await autocannon({
    url,
    headers,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.duration ?? SECONDS }),
  });
  const bad = result.non2xx + result.errors + result.timeouts;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p97: result.latency.p97_5,
    bad,
    total: result.requests.total,
  };
}

runMain(async () => {
  await ensureBuild({ force: values.build });
  const servers = values.profile ? 1 : serverCount(values.servers);
  console.log(
    `bench pages: ${os.cpus().length} cores, ${servers} server process${servers > 1 ? "es" : ""}, load ${loadAverages()} (1 / 5 / 15 min) at start`,
  );
  const server = await startAppServer({ cpuProfileDir: values.profile, servers });
  try {
    const pages = await benchPages(server, values.only?.split(","));
    const rows: Row[] = [];
    for (const page of pages) {
      const url = `${server.origin}${page.path}`;
      const headers = { accept: "text/html", ...(page.cookie ? { cookie: page.cookie } : {}) };
      // The page must really render (a redirect to /login would be cheap and wrong).
      const check = await fetch(url, { headers, redirect: "manual" });
      const body = await check.text();
      if (check.status !== 200 || (page.marker && !body.includes(page.marker))) {
        // Reported and skipped: the other pages' figures still count.
        console.log(
          `  ${page.name}: SKIPPED, ${page.path} answered ${check.status}${page.marker ? ` without "${page.marker}"` : ""}`,
        );
        continue;
      }
      if (values.dump) dump(values.dump, page.name, body);
      // What the database is asked per request, one request at a time (a figure load cannot
      // move) — before the warm-up, whose last requests may still run after it returns.
      const sql = await server.countStatements(COUNTED, async () => {
        for (let i = 0; i < COUNTED; i += 1) await (await fetch(url, { headers, redirect: "manual" })).arrayBuffer();
      });
      if (sql && values["show-sql"]) {
        console.log(`  ${page.name}: messages per request (first line of each)`);
        for (const [text, times] of sql.messages) console.log(`    ${(times / COUNTED).toFixed(1)}×  ${text}`);
        console.log(`  ${page.name}: PostgreSQL's mean planning / execution time per statement (pg_stat_statements)`);
        for (const { query, calls, planMs, execMs } of sql.timings) {
          console.log(`    ${calls.toFixed(1)}×  plan ${planMs.toFixed(3)} ms  exec ${execMs.toFixed(3)} ms  ${query}`);
        }
      }
      await cannon(url, headers, { connections: CONNECTIONS, duration: 2 }); // warm-up: JIT, pools, caches
      const serial = await cannon(url, headers, { connections: 1, amount: SERIAL });
      const before = { ...server.cpu(), bench: process.cpuUsage() };
      const loaded = await cannon(url, headers, { connections: CONNECTIONS, duration: SECONDS });
      const after = server.cpu();
      const benchCpu = process.cpuUsage(before.bench);
      rows.push({
        name: page.name,
        path: page.path,
        serialP50: serial.p50,
        serialP90: serial.p90,
        rps: loaded.rps,
        p50: loaded.p50,
        p97: loaded.p97,
        bad: serial.bad + loaded.bad,
        serverCpu: (after.server - before.server) / loaded.total,
        dbCpu: (after.database - before.database) / loaded.total,
        benchCpu: (benchCpu.user + benchCpu.system) / 1000 / loaded.total,
        goal: page.goal ?? false,
        sql,
      });
      console.log(`  ${page.name}: done (load ${loadAverages()})`);
    }
    printTable(rows);
  } finally {
    await server.stop();
  }
  console.log(`bench pages: load ${loadAverages()} at the end`);
  return 0;
});

/** What changes from one request or build to the next, blanked so that two dumps compare. */
function blankVolatile(text: string): string {
  return text
    .replace(/nonce(=|\\?":\\?")"?[A-Za-z0-9+/=]+/g, "nonce$1…")
    .replace(/\/_next\/static\/[^"'\\\s)]+/g, "/_next/static/…")
    .replace(/("b":"|\\"b\\":\\")[A-Za-z0-9_-]+/g, "$1…");
}

/** The RSC payload a page inlines for hydration (the `self.__next_f.push([1, "…"])` scripts). */
function inlinedFlight(html: string): string {
  let flight = "";
  for (const [, json] of html.matchAll(/self\.__next_f\.push\((\[.*?\])\)<\/script>/gs)) {
    try {
      const [kind, text] = JSON.parse(json!) as [number, unknown];
      if (kind === 1 && typeof text === "string") flight += text;
    } catch {
      // not a chunk of the payload
    }
  }
  return flight;
}

/** `--dump`: the page's HTML and its inlined RSC payload, for comparing builds (markup, sizes). */
function dump(dir: string, name: string, html: string) {
  const base = path.join(dir, name.replace(/[^a-z0-9]+/gi, "-"));
  const flight = inlinedFlight(html);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(`${base}.html`, blankVolatile(html));
  fs.writeFileSync(`${base}.rsc`, blankVolatile(flight));
  console.log(`  ${name}: HTML ${html.length} B, of which RSC payload ${flight.length} B (${base}.html, .rsc)`);
}

function printTable(rows: Row[]) {
  const header = [
    "page",
    "serial p50",
    "serial p90",
    `req/s @${CONNECTIONS}`,
    "p50",
    "p97.5",
    "SQL/req",
    "round trips",
    "CPU/req: next",
    "postgres",
    "load gen",
    "not 200",
    "goal",
  ];
  const lines = rows.map((row) => {
    const met = row.rps >= GOAL_RPS && row.serialP50 <= GOAL_SERIAL_P50 && row.bad === 0;
    return [
      row.name,
      `${row.serialP50} ms`,
      `${row.serialP90} ms`,
      row.rps.toFixed(1),
      `${row.p50} ms`,
      `${row.p97} ms`,
      row.sql
        ? `${row.sql.statements.toFixed(1)} (${row.sql.transactionControl.toFixed(0)}+${row.sql.settings.toFixed(0)})`
        : "–",
      row.sql ? row.sql.roundTrips.toFixed(1) : "–",
      `${row.serverCpu.toFixed(1)} ms`,
      `${row.dbCpu.toFixed(1)} ms`,
      `${row.benchCpu.toFixed(1)} ms`,
      String(row.bad),
      row.goal ? (met ? "met" : "NOT MET") : "",
    ];
  });
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i]!.length)));
  const format = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  console.log("");
  console.log(format(header));
  for (const line of lines) console.log(format(line));
  console.log(
    "\nSQL/req: statements of the app role per request (of which transaction control + RLS settings), " +
      "counted by PostgreSQL (pg_stat_statements); round trips: messages it logged (log_statement)",
  );
  console.log(
    `goal for pages marked: ≥ ${GOAL_RPS} req/s at concurrency ${CONNECTIONS}, serial p50 ≤ ${GOAL_SERIAL_P50} ms, every answer 200`,
  );
}
