import "server-only";
import { prisma } from "./client";
import { commitWatch, type CommitWatch } from "./pool";
import { TX_OPTIONS, settingsSql, type DbScope, type Tx } from "./scope";

/**
 * Reads for pages: `withReadScope(scopeOf(ctx), tx => …)` runs `fn` in a READ ONLY
 * transaction with the scope's row-level-security settings, like `withScope` — but reads
 * with the same scope started in the same turn of the event loop share ONE transaction.
 *
 * Why: a signed-in page is rendered as a layout and a page in parallel, and each asks
 * several services for data (the bell's unread count, the dashboard's counts, members and
 * recent activity). Each in its own transaction costs BEGIN, the settings and COMMIT —
 * three round trips and a pool checkout per service call. Started together, they now run
 * together: one BEGIN, one settings statement, their queries, one COMMIT.
 *
 * Rules that keep this sound:
 * - Same scope only: the key is every RLS setting, so readers that share a transaction see
 *   exactly the same rows (and each service still filters by its ctx in the query).
 * - Read only: the transaction is `transaction_read_only`, so a write here fails loudly.
 *   Mutations use `withScope` (their audit and outbox rows commit or roll back together).
 * - Isolation of failures: an `AppError` thrown by one reader (NOT_FOUND…) touches nothing
 *   else. A database error aborts the shared transaction, so then every reader is run
 *   again on its own (reads are safe to repeat) and gets its own outcome.
 * - `fn` must not change the scope (`applyScope`): it shares the transaction.
 * Consistency is READ COMMITTED, as with separate transactions: readers that need one
 * snapshot across several statements keep those statements in one `fn`.
 */
type Reader = {
  fn: (tx: Tx) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
};

const pending = new Map<string, Reader[]>();

function scopeKey(scope: DbScope): string {
  return JSON.stringify([
    scope.audience,
    scope.tenantId ?? "",
    scope.userId ?? "",
    scope.partnerId ?? "",
    scope.userEmail?.toLowerCase() ?? "",
    scope.tenantSlug ?? "",
    scope.tokenHash ?? "",
    scope.inviteeId ?? "",
  ]);
}

export function withReadScope<T>(scope: DbScope, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const key = scopeKey(scope);
  return new Promise<T>((resolve, reject) => {
    let readers = pending.get(key);
    if (!readers) {
      const batch: Reader[] = [];
      readers = batch;
      pending.set(key, batch);
      // After the current turn: every reader started by the same render step has joined.
      setImmediate(() => {
        pending.delete(key);
        void runBatch(scope, batch);
      });
    }
    readers.push({ fn, resolve: resolve as (value: unknown) => void, reject });
  });
}

/** One read-only transaction with the scope's settings. */
function readTransaction<T>(scope: DbScope, work: (tx: Tx) => Promise<T>): Promise<T> {
  return prisma().$transaction(async (tx) => {
    await tx.$executeRawUnsafe(settingsSql(scope, { readOnly: true }));
    return work(tx);
  }, TX_OPTIONS);
}

/** Thrown when a shared transaction turned out aborted at its COMMIT: its readers run again. */
class AbortedTransaction extends Error {}

async function runBatch(scope: DbScope, readers: Reader[]): Promise<void> {
  const alone = (reader: Reader) => readTransaction(scope, reader.fn).then(reader.resolve, reader.reject);
  if (readers.length === 1) return void alone(readers[0]!);
  let outcomes: PromiseSettledResult<unknown>[] | null;
  // A database error aborts the transaction, and what the others read after it cannot be
  // trusted (Prisma may even answer `undefined`), whether or not the failing reader caught
  // its error. The client that sends the COMMIT sees PostgreSQL's transaction status
  // (lib/db/pool.ts) and tells: no extra statement is needed to find out.
  const watch: CommitWatch = { committed: false, aborted: false };
  try {
    outcomes = await commitWatch.run(watch, () =>
      readTransaction(scope, (tx) => Promise.allSettled(readers.map(async (reader) => reader.fn(tx)))),
    );
    if (!watch.committed || watch.aborted) throw new AbortedTransaction();
  } catch {
    outcomes = null;
  }
  // Aborted (or BEGIN / COMMIT failed): every reader runs again on its own (reads are safe
  // to repeat) and gets its own outcome.
  if (!outcomes) return void readers.forEach(alone);
  readers.forEach((reader, i) => {
    const outcome = outcomes[i]!;
    if (outcome.status === "fulfilled") reader.resolve(outcome.value);
    else reader.reject(outcome.reason);
  });
}
