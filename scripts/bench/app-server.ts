/**
 * A production server for the page benches: builds when the build is missing or older
 * than the sources, starts a throwaway embedded PostgreSQL with the demo seed, runs
 * `next start` on it as `npm start` does — one server per core (scripts/next-cluster.mjs),
 * or one process when profiling, so that `--cpu-prof` writes one profile of the whole
 * render — and signs demo users in over next-auth's credentials flow. Everything it
 * starts, `stop()` (and Ctrl-C, through scripts/db/lifecycle.ts) stops.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { onShutdown } from "../db/lifecycle";
import { REPO_ROOT, pgFields } from "../db/pg-url";
import { prepareDatabase } from "../db/prepare";
import { ensurePrismaClient, runSeed, spawnNode, waitForExit } from "../db/tasks";
import { serverNodeFlags } from "../next-cluster.mjs";
import { STATEMENT_STATS_FLAGS, statementCounter, type StatementCounter } from "./statements";

const NEXT_BIN = path.join(REPO_ROOT, "node_modules", "next", "dist", "bin", "next");
const NEXT_CLUSTER = path.join(REPO_ROOT, "scripts", "next-cluster.mjs");
/** What a build is made of: a file here newer than the build means "build again". */
const SOURCES = [
  "app",
  "components",
  "lib",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.mjs",
  "scripts/build",
  "package-lock.json",
];
const SKIP = new Set(["generated", "node_modules", ".next"]);

/** The demo password (lib/seed/demo.ts). */
export const DEMO_PASSWORD = "Canal-Demo-2026";

function newestSource(entry: string): number {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const child of fs.readdirSync(entry)) {
    if (!SKIP.has(child)) newest = Math.max(newest, newestSource(path.join(entry, child)));
  }
  return newest;
}

/** Builds with `next build` unless `.next` is at least as new as every source file. */
export async function ensureBuild(options: { force?: boolean } = {}): Promise<void> {
  await ensurePrismaClient();
  const buildId = path.join(REPO_ROOT, ".next", "BUILD_ID");
  const built = fs.statSync(buildId, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const sources = Math.max(...SOURCES.map((entry) => newestSource(path.join(REPO_ROOT, entry))));
  if (!options.force && built >= sources) return;
  console.log(built ? "bench: sources changed since the last build: next build…" : "bench: no build yet: next build…");
  const code = await waitForExit(
    spawnNode([NEXT_BIN, "build"], {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "ignore", "inherit"],
    }),
  );
  if (code !== 0) throw new Error(`next build failed (exit code ${code})`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, exited: Promise<number>): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if (gone) throw new Error("next start exited before it answered");
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer within 60 s`);
}

const TICK_MS = 10; // /proc reports CPU time in clock ticks of 1/100 s (USER_HZ) on Linux

/** Every process with its parent and CPU time (user + system), from /proc. */
export function processTable(): Map<number, { ppid: number; cpuMs: number }> {
  const table = new Map<number, { ppid: number; cpuMs: number }>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // The command name (field 2) may contain spaces: fields are counted after its ")".
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      table.set(Number(entry), { ppid: Number(fields[1]), cpuMs: (Number(fields[11]) + Number(fields[12])) * TICK_MS });
    } catch {
      // the process ended while we read
    }
  }
  return table;
}

export function descendants(table: Map<number, { ppid: number }>, root: number): number[] {
  const found = [root];
  for (let i = 0; i < found.length; i += 1) {
    for (const [pid, { ppid }] of table) if (ppid === found[i]) found.push(pid);
  }
  return found;
}

export type AppServer = {
  origin: string;
  /** CPU time (ms) used so far by the Next process and by PostgreSQL (postmaster and backends). */
  cpu(): { server: number; database: number };
  /** Statements and round trips of the app role per request (null on a database the bench did not start). */
  countStatements: StatementCounter["count"];
  /** The `Cookie` header of a signed-in demo user. */
  signIn(email: string): Promise<string>;
  stop(): Promise<void>;
};

/**
 * Starts the production server on a seeded throwaway database: `servers` copies of `next
 * start` (default: `WEB_CONCURRENCY`, else one per core). `cpuProfileDir` runs one under
 * `node --cpu-prof` (the profile is written when it stops).
 */
export async function startAppServer(
  options: { cpuProfileDir?: string; port?: number; servers?: number } = {},
): Promise<AppServer> {
  const statements = statementCounter();
  const db = await prepareDatabase({
    mode: "test",
    quiet: true,
    embedded: { serverFlags: STATEMENT_STATS_FLAGS, onLog: statements.onLog },
  });
  await runSeed(db);
  await statements.connect(db.ownerUrl, pgFields(db.appUrl).user);
  const port = options.port ?? (await freePort());
  const origin = `http://localhost:${port}`;
  const profile = options.cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(options.cpuProfileDir)}`] : [];
  const servers = options.cpuProfileDir ? 1 : options.servers;
  // One process runs next itself, with the flags the cluster gives its servers.
  const launcher = servers === 1 ? [...serverNodeFlags(), NEXT_BIN] : [NEXT_CLUSTER];
  const child = spawnNode([...profile, ...launcher, "start", "--port", String(port)], {
    env: {
      ...process.env,
      ...(servers ? { WEB_CONCURRENCY: String(servers) } : {}),
      NODE_ENV: "production",
      DATABASE_APP_URL: db.appUrl,
      DATABASE_OWNER_URL: db.ownerUrl,
      APP_URL: origin,
      NEXTAUTH_URL: origin,
      AUTH_SECRET: randomBytes(48).toString("base64url"),
      NEXT_TELEMETRY_DISABLED: "1",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = waitForExit(child).catch(() => 1);
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      unregister();
      if (child.exitCode === null && child.signalCode === null) {
        // SIGINT: Next exits through process.exit, which lets --cpu-prof write its file.
        child.kill("SIGINT");
        const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
        await exited;
        clearTimeout(timer);
      }
      await statements.close();
      await db.stop();
    })());
  const unregister = onShutdown(stop);
  try {
    await waitForHealth(`${origin}/api/health`, exited);
  } catch (error) {
    await stop();
    throw error;
  }

  let client = 0;
  const signIn = async (email: string): Promise<string> => {
    // Each sign-in from its own address, as separate people would: sign-in throttling is per client.
    client += 1;
    const headers = { "x-forwarded-for": `127.0.0.${client}` };
    const csrf = await fetch(`${origin}/api/auth/csrf`, { headers });
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const csrfCookie = csrf.headers
      .getSetCookie()
      .map((cookie) => cookie.split(";")[0])
      .join("; ");
    const response = await fetch(`${origin}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { ...headers, origin, cookie: csrfCookie, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, json: "true" }),
    });
    const session = response.headers.getSetCookie().find((cookie) => cookie.startsWith("__Host-canal.session="));
    if (!session) throw new Error(`sign-in of ${email} failed (${response.status})`);
    return session.split(";")[0]!;
  };

  const cpu = () => {
    const all = processTable();
    const serverPids = descendants(all, child.pid!);
    const database = descendants(all, process.pid).filter((pid) => !serverPids.includes(pid) && pid !== process.pid);
    const sum = (pids: number[]) => pids.reduce((total, pid) => total + (all.get(pid)?.cpuMs ?? 0), 0);
    return { server: sum(serverPids), database: sum(database) };
  };

  return { origin, cpu, countStatements: statements.count, signIn, stop };
}
