import "server-only";
import pg from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";

/**
 * The worker's own connections for the outbox's hot statements (claims, outcomes,
 * fan-out), without the Prisma client: at a few hundred messages a second, marshalling
 * rendered e-mails through Prisma's query engine and opening a scoped transaction per
 * statement were most of the worker's CPU. Every connection of this pool is a worker
 * session — `app.audience` = 'worker' is set for the whole session at connect time, as
 * a startup option — so row-level security treats these statements exactly as
 * `withScope({ audience: "worker" })` does. Only lib/jobs and lib/notify's worker code
 * use it; requests never do.
 */
const TIMESTAMP_OID = 1114;

let pool: pg.Pool | undefined;

function workerPool(): pg.Pool {
  if (!pool) {
    const url = env().DATABASE_APP_URL;
    if (!url) throw new Error("DATABASE_APP_URL is not set");
    pool = new pg.Pool({
      connectionString: url,
      options: "-c app.audience=worker",
      max: 4,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 10_000,
      allowExitOnIdle: true,
      application_name: "canal-worker-queue",
      // TIMESTAMP(3) columns hold UTC (as Prisma writes them); read them as UTC.
      types: {
        getTypeParser: ((oid: number, format?: "text" | "binary") =>
          oid === TIMESTAMP_OID
            ? (value: string) => new Date(`${value.replace(" ", "T")}Z`)
            : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
      },
    });
    // An idle connection dropped by the server (restart, failover) must not crash the
    // worker: the pool replaces it, and a statement in flight fails and is retried.
    pool.on("error", (error) => logger.warn({ err: error }, "worker database connection lost"));
  }
  return pool;
}

/** Dates travel as UTC ISO text (a TIMESTAMP column drops the "Z" without shifting). */
const params = (sql: Prisma.Sql) => sql.values.map((value) => (value instanceof Date ? value.toISOString() : value));

export type Query = <R extends pg.QueryResultRow>(sql: Prisma.Sql) => Promise<R[]>;

/** One statement as the worker (its own transaction). */
export const workerQuery: Query = async (sql) => (await workerPool().query(sql.text, params(sql))).rows;

/** Several statements in one transaction as the worker. */
export async function workerTransaction<T>(fn: (query: Query) => Promise<T>): Promise<T> {
  const client = await workerPool().connect();
  try {
    await client.query("BEGIN");
    const result = await fn(async (sql) => (await client.query(sql.text, params(sql))).rows);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Closes the pool (worker shutdown, benchmarks). */
export async function closeWorkerPool(): Promise<void> {
  const open = pool;
  pool = undefined;
  await open?.end();
}
