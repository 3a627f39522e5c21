/**
 * Child-process tasks shared by the launchers: Prisma client generation, the demo seed,
 * and "is there any tenant yet?".
 */
import { type ChildProcess, type SpawnOptions, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { REPO_ROOT } from "./pg-url";

export const TSX_CLI = path.join(REPO_ROOT, "node_modules", "tsx", "dist", "cli.mjs");
export const GENERATED_CLIENT_DIR = path.join(REPO_ROOT, "lib", "generated", "prisma");
export const SEED_SCRIPT = path.join(REPO_ROOT, "scripts", "seed.ts");
/**
 * Node flags for tsx-run scripts that import lib/ services (`import "server-only"`):
 * see server-only-shim.ts. Usage: spawnNode([TSX_CLI, ...SERVER_ONLY_SHIM, file]).
 */
export const SERVER_ONLY_SHIM = [
  "--import",
  pathToFileURL(path.join(REPO_ROOT, "scripts", "db", "server-only-shim.ts")).href,
];

/** Spawns `node <args>` from the repo root with inherited output. */
export function spawnNode(args: string[], options: SpawnOptions = {}): ChildProcess {
  return spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: "inherit", ...options });
}

/** Resolves with the exit code (signals count as failure). */
export function waitForExit(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.once("error", reject);
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function runNode(what: string, args: string[], env?: NodeJS.ProcessEnv): Promise<void> {
  const code = await waitForExit(spawnNode(args, env ? { env } : {}));
  if (code !== 0) throw new Error(`${what} failed (exit code ${code})`);
}

/**
 * `prisma generate` needs no database; the CLI only wants a native schema engine it cannot
 * download here, and /bin/true satisfies that check.
 */
export async function generatePrismaClient(): Promise<void> {
  await runNode("prisma generate", [path.join(REPO_ROOT, "node_modules", "prisma", "build", "index.js"), "generate"], {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || "/bin/true",
  });
}

export async function ensurePrismaClient(): Promise<void> {
  if (fs.existsSync(GENERATED_CLIENT_DIR)) return;
  console.log("db: generating the Prisma client (lib/generated/prisma is missing)");
  await generatePrismaClient();
}

export async function databaseHasTenant(ownerUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: ownerUrl, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const table = await client.query<{ t: string | null }>(`SELECT to_regclass('public."Tenant"')::text AS t`);
    if (!table.rows[0]?.t) return false;
    const any = await client.query(`SELECT 1 FROM public."Tenant" LIMIT 1`);
    return (any.rowCount ?? 0) > 0;
  } finally {
    await client.end();
  }
}

/** Runs scripts/seed.ts with both URLs; returns false (with a warning) when it does not exist yet. */
export async function runSeed(urls: { ownerUrl: string; appUrl: string }): Promise<boolean> {
  if (!fs.existsSync(SEED_SCRIPT)) {
    console.warn("db: scripts/seed.ts does not exist yet: skipping the demo seed");
    return false;
  }
  console.log("db: seeding demo data (scripts/seed.ts)");
  await runNode("scripts/seed.ts", [TSX_CLI, ...SERVER_ONLY_SHIM, SEED_SCRIPT], {
    ...process.env,
    DATABASE_APP_URL: urls.appUrl,
    DATABASE_OWNER_URL: urls.ownerUrl,
  });
  return true;
}
