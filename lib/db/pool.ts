import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import pg from "pg";

/**
 * The app's connection pool, shared by Prisma (lib/db/client.ts) and the few statements
 * that bypass it (`readStatement`, lib/db/statement.ts). Its clients save a round trip per
 * transaction and tell read transactions whether PostgreSQL aborted them.
 */

/** What a read transaction (lib/db/read.ts) learns at its COMMIT. */
export type CommitWatch = { committed: boolean; aborted: boolean };

/**
 * Set around a read transaction: the client that sends its COMMIT records from the answer
 * whether PostgreSQL had aborted the transaction (a reader's database error, even one the
 * reader caught). `committed` stays false if the watch never saw the COMMIT — the reader
 * must then assume the worst.
 *
 * One per process, on globalThis like the pool (lib/db/client.ts): Next bundles this module
 * into several server layers, and the pool's clients (made by whichever layer came first)
 * must see the watch that every layer's read transactions set.
 */
export const commitWatch: AsyncLocalStorage<CommitWatch> = ((
  globalThis as unknown as { canalCommitWatch?: AsyncLocalStorage<CommitWatch> }
).canalCommitWatch ??= new AsyncLocalStorage<CommitWatch>());

type QueryConfig = { text?: unknown; values?: unknown[]; name?: unknown; rows?: unknown; queryMode?: unknown };

/** A statement node-postgres sends with the simple protocol (no parameters): it can carry another in front. */
function simpleStatement(args: unknown[]): QueryConfig | null {
  if (args.length !== 1) return null;
  const config = args[0] as QueryConfig | null;
  if (typeof config !== "object" || config === null || typeof config.text !== "string") return null;
  if (config.name || config.rows || config.queryMode === "extended" || (config.values?.length ?? 0) > 0) return null;
  if ("submit" in config) return null; // a Query/Cursor object, not a plain config
  return config;
}

const lastResult = (result: unknown) => (Array.isArray(result) ? result[result.length - 1] : result);

/**
 * A pool client that holds a transaction's `BEGIN` back and sends it in front of the
 * transaction's first statement — the row-level-security settings, a simple statement
 * (lib/db/scope.ts) — as ONE message: PostgreSQL runs `BEGIN; SELECT set_config(…)` in
 * order, exactly as two messages, for one round trip instead of two. A first statement
 * with parameters gets its `BEGIN` on its own, as before.
 */
class CanalClient extends pg.Client {
  private beginHeld = false;

  // node-postgres overloads query() many ways; only the promise form with one config
  // object is changed, everything else goes through untouched.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const simple = simpleStatement(args);
    if (simple?.text === "BEGIN" && !this.beginHeld) {
      this.beginHeld = true;
      return Promise.resolve({ command: "BEGIN", rowCount: null, rows: [], fields: [], oid: 0 });
    }
    const watch = simple?.text === "COMMIT" && !this.beginHeld ? commitWatch.getStore() : undefined;
    if (watch) {
      // PostgreSQL answers the COMMIT of an aborted transaction with a ROLLBACK. The answer is
      // the one sure sign: the transaction status at the time COMMIT is sent may be stale, as
      // node-postgres fails a query at its ErrorMessage, before the ReadyForQuery that says
      // "E" has arrived (under load they come in separate reads).
      return super.query(simple as pg.QueryConfig).then((result: pg.QueryResult) => {
        watch.committed = true;
        if (result.command === "ROLLBACK") watch.aborted = true;
        return result;
      });
    }
    if (!this.beginHeld) return super.query(...(args as Parameters<pg.Client["query"]>));
    this.beginHeld = false;
    if (simple) return super.query({ ...simple, text: `BEGIN;${simple.text}` } as pg.QueryConfig).then(lastResult);
    return super.query("BEGIN").then(() => super.query(...(args as Parameters<pg.Client["query"]>)));
  }

  /** Back in the pool: a BEGIN never followed by a statement never began (see createPool). */
  dropHeldBegin(): void {
    this.beginHeld = false;
  }
}

export function createPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool({ ...config, Client: CanalClient });
  pool.on("release", (_error, client) => (client as unknown as CanalClient).dropHeldBegin());
  return pool;
}
