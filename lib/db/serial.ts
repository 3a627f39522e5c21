import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";

/**
 * The driver adapter with every transaction's statements sent one at a time, in call order.
 *
 * Why: a transaction is one connection, and services read several things at once inside one
 * (`Promise.all` in a `withScope`, and every reader of a page sharing one `withReadScope`
 * transaction). node-postgres queues such calls itself, but calling `client.query()` while
 * the client is busy is deprecated (pg 8 prints a warning; pg 9 will refuse). Queuing here
 * sends exactly what pg sent before — one statement after the other on the same
 * connection, in the same transaction — without asking pg to queue. A failed statement
 * does not stop the ones behind it: each gets its own answer from PostgreSQL, as before
 * (in an aborted transaction, its refusal).
 */
export function serialTransactions(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => serialAdapter(await factory.connect()),
  };
}

function serialAdapter(adapter: SqlDriverAdapter): SqlDriverAdapter {
  // The adapter's own methods, with `this` still the adapter (its fields are read through it).
  const wrapped: SqlDriverAdapter = Object.create(adapter);
  wrapped.startTransaction = async (isolationLevel) => inTurn(await adapter.startTransaction(isolationLevel));
  return wrapped;
}

function inTurn(tx: Transaction): Transaction {
  let last: Promise<unknown> = Promise.resolve();
  const queue = <T>(run: () => Promise<T>): Promise<T> => {
    const turn = last.then(run, run);
    last = turn.catch(() => undefined);
    return turn;
  };
  const wrapped: Transaction = Object.create(tx);
  wrapped.queryRaw = (query: SqlQuery) => queue(() => tx.queryRaw(query));
  wrapped.executeRaw = (query: SqlQuery) => queue(() => tx.executeRaw(query));
  return wrapped;
}
