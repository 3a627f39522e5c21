/**
 * `next start` on every core: `node scripts/next-cluster.mjs start --port 3000 …` (the
 * arguments are next's). Node runs a process's JavaScript on one thread, so one `next
 * start` renders on one core however many the machine has. This primary forks
 * `WEB_CONCURRENCY` copies (default: the cores available to it) with Node's cluster
 * module; they share the listening socket and the primary hands each new connection to the
 * next worker in turn. Nothing a request needs lives in one process's memory — sessions,
 * rate limits, jobs and mail are in PostgreSQL — so any worker can serve any request.
 *
 * A worker that dies after it was listening is replaced; one that dies before (the port is
 * taken, the build is missing) stops the rest, and the primary exits with its code, as a
 * single `next start` would. SIGINT / SIGTERM go to every worker; the primary exits when
 * they all have.
 */
import cluster from "node:cluster";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const NEXT_BIN = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "..",
  "node_modules",
  "next",
  "dist",
  "bin",
  "next",
);

/** How many servers `WEB_CONCURRENCY` asks for (a positive integer), else one per core. */
export function serverCount(value = process.env.WEB_CONCURRENCY, cores = os.availableParallelism()) {
  const asked = Number(value);
  return Number.isInteger(asked) && asked > 0 ? asked : cores;
}

/**
 * Node flags for a server process. V8's young generation (two semi-spaces, 16 MB each by
 * default on 64-bit) fills with a render's short-lived objects several times per request;
 * at 64 MB the scavenges are rarer and the garbage collector's share of a signed-in page's
 * CPU fell from 12 % to 9 % (`npm run bench -- pages --profile`, docs/architecture.md,
 * "Request cost"), for up to ~100 MB more memory per process. A `--max-semi-space-size`
 * already in NODE_OPTIONS wins.
 */
export function serverNodeFlags(nodeOptions = process.env.NODE_OPTIONS ?? "") {
  return nodeOptions.includes("--max-semi-space-size") ? [] : ["--max-semi-space-size=64"];
}

/** Runs `count` copies of the Node script `exec` with `args` as workers of this primary. */
export function runCluster(exec, args, count = serverCount()) {
  cluster.setupPrimary({ exec, args, execArgv: [...process.execArgv, ...serverNodeFlags()] });
  const listening = new Set();
  let stopping = false;
  let exitCode = 0;

  const stopAll = (signal) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  };
  cluster.on("listening", (worker) => listening.add(worker.id));
  cluster.on("exit", (worker, code, signal) => {
    if (!stopping && listening.has(worker.id)) {
      console.error(`next-cluster: server ${worker.process.pid} ended (${signal ?? code}); starting another`);
      cluster.fork();
    } else if (!stopping) {
      exitCode = code || 1;
      stopAll("SIGTERM");
    }
    listening.delete(worker.id);
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(exitCode);
  });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stopAll(signal));
  for (let i = 0; i < count; i += 1) cluster.fork();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) runCluster(NEXT_BIN, process.argv.slice(2));
