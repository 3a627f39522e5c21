/**
 * `npm run dev` / `npm start`: database first (embedded PostgreSQL in .data/postgres, or
 * DATABASE_URL), demo seed on an empty database, then Next (and the job worker once
 * scripts/worker.ts exists) with the database URLs in their environment. On Ctrl-C or
 * SIGTERM the children are stopped first, then PostgreSQL.
 */
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { runMain, onShutdown } from "./db/lifecycle";
import { REPO_ROOT } from "./db/pg-url";
import { prepareDatabase } from "./db/prepare";
import { authSecretForLaunch } from "./db/secret";
import {
  SERVER_ONLY_SHIM,
  TSX_CLI,
  databaseHasTenant,
  ensurePrismaClient,
  runSeed,
  spawnNode,
  waitForExit,
} from "./db/tasks";

const NEXT_BIN = path.join(REPO_ROOT, "node_modules", "next", "dist", "bin", "next");
const NEXT_CLUSTER = path.join(REPO_ROOT, "scripts", "next-cluster.mjs");
const WORKER = path.join(REPO_ROOT, "scripts", "worker.ts");

/** Signals a child's whole process group (Next forks workers that must not outlive us). */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-child.pid!, signal);
    return true;
  } catch {
    return false; // the group is gone
  }
}

async function stopChild(child: ChildProcess, name: string): Promise<void> {
  const exited = waitForExit(child).catch(() => 1);
  if (child.exitCode === null && child.signalCode === null) {
    signalGroup(child, "SIGTERM");
    const timer = setTimeout(() => {
      console.warn(`${name} did not stop within 10 s: killing it`);
      signalGroup(child, "SIGKILL");
    }, 10_000);
    await exited;
    clearTimeout(timer);
  }
  // Leftover grandchildren of an exited leader.
  signalGroup(child, "SIGKILL");
}

runMain(async () => {
  const mode = process.argv[2];
  if (mode !== "dev" && mode !== "start") {
    console.error("usage: tsx scripts/run-app.ts <dev|start>");
    return 2;
  }
  // Next and the worker import the generated client; a fresh clone has none yet.
  await ensurePrismaClient();

  const db = await prepareDatabase({ mode: "dev" });
  if (!(await databaseHasTenant(db.ownerUrl))) {
    // A broken seed should not keep the app from starting; the next start retries it.
    await runSeed(db).catch((error: Error) =>
      console.error(`db: ${error.message}; starting the app without demo data`),
    );
  }

  const port = process.env.PORT || "3000";
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_APP_URL: db.appUrl,
    DATABASE_OWNER_URL: db.ownerUrl,
    NEXT_TELEMETRY_DISABLED: "1",
    // next-auth builds its callback URLs from this.
    NEXTAUTH_URL: process.env.NEXTAUTH_URL || process.env.APP_URL || `http://localhost:${port}`,
    // No built-in secret in any mode: a private one is generated into .data on first start.
    AUTH_SECRET: authSecretForLaunch(),
  };

  if (
    mode === "start" &&
    (!fs.existsSync(path.join(REPO_ROOT, ".next", "BUILD_ID")) || process.env.CANAL_REBUILD === "1")
  ) {
    console.log("app: building (next build)…");
    const code = await waitForExit(spawnNode([NEXT_BIN, "build"], { env }));
    if (code !== 0) throw new Error(`next build failed (exit code ${code})`);
  }

  const children: { name: string; child: ChildProcess }[] = [];
  // Registered after the database: clean-ups run in reverse, so children stop first.
  onShutdown(async () => {
    await Promise.all(children.map(({ child, name }) => stopChild(child, name)));
  });

  // Own process groups, so a stop reaches every process they fork; terminal Ctrl-C reaches
  // them through our handler instead.
  // In front of a load balancer the app must keep idle connections open longer than the
  // balancer does (60 s on the common ones), or a request reusing a closing socket fails.
  const keepAlive = mode === "start" ? ["--keepAliveTimeout", "65000"] : [];
  // `start` serves from one process per core (WEB_CONCURRENCY), see scripts/next-cluster.mjs.
  const server = mode === "start" ? NEXT_CLUSTER : NEXT_BIN;
  const next = spawnNode([server, mode, "--port", port, ...keepAlive], { env, detached: true });
  children.push({ name: "next", child: next });
  if (fs.existsSync(WORKER)) {
    const worker = spawnNode([TSX_CLI, ...SERVER_ONLY_SHIM, WORKER], { env, detached: true });
    children.push({ name: "worker", child: worker });
    void waitForExit(worker).then((code) => {
      if (code !== 0) console.error(`worker exited with code ${code}; the app keeps running without it`);
    });
  }
  console.log(`app: http://localhost:${port} (${mode})`);

  // Next ending by itself (crash, port in use) ends the launcher with its exit code.
  return waitForExit(next);
});
