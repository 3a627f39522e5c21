import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import type pg from "pg";
import { createPool } from "./pool";
import { serialTransactions } from "./serial";
import { statementName } from "./statement-names";

/**
 * The app's Prisma client. It connects as the app role, which row-level security
 * applies to; nothing outside `lib/` imports it, and services reach it through
 * `withScope` so every query runs with the tenant settings made.
 */
function createAppPool(): pg.Pool {
  const url = env().DATABASE_APP_URL;
  if (!url) {
    throw new Error(
      "DATABASE_APP_URL is not set. Start the app with `npm run dev` (which starts the embedded database) or set DATABASE_URL.",
    );
  }
  return createPool({
    connectionString: url,
    max: env().DATABASE_POOL_MAX,
    // pg waits forever for a connection by default; fail fast and visibly instead.
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
}

const globalForPrisma = globalThis as unknown as { canalPrisma?: PrismaClient; canalPool?: pg.Pool };

/** The app role's connection pool (one per process; Next's dev server reloads modules, so keep it on globalThis). */
export function appPool(): pg.Pool {
  globalForPrisma.canalPool ??= createAppPool();
  return globalForPrisma.canalPool;
}

/** One client per process, on the app pool. */
export function prisma(): PrismaClient {
  globalForPrisma.canalPrisma ??= new PrismaClient({
    // $disconnect() (scripts, the worker) ends the pool too.
    // Named statements: parsed once per connection, not on every call (lib/db/statement-names.ts).
    adapter: serialTransactions(new PrismaPg(appPool(), { disposeExternalPool: true, statementNameGenerator: statementName })),
  });
  return globalForPrisma.canalPrisma;
}
