import "server-only";
import type pg from "pg";
import { appPool } from "./client";
import { preparedOn, preparedStatement, type Template } from "./prepared";
import { settingsSql, type DbScope } from "./scope";

/**
 * A scoped transaction spoken in whole messages: for the hot write paths whose cost is
 * their statements (an order's submission, lib/orders/submit.ts, and its allocation,
 * lib/orders/allocation.ts; docs/orders.md).
 *
 * - Each `send` is ONE simple-protocol message that may hold several statements — one
 *   round trip, and none of Prisma's per-statement work in this process. The first carries
 *   `BEGIN` and the scope's settings (with `lockKeys`' advisory locks, as `withScope`) in
 *   front of the caller's statements; `commit: true` sends `COMMIT` behind the last ones.
 * - `tx.sql(template)` turns a `Prisma.sql` template into `EXECUTE name(values…)` of a
 *   statement prepared on this connection (`PREPARE name AS <the template, $1…>`, sent
 *   in front of the first message that uses it): PostgreSQL parses and plans the services'
 *   statements once per connection instead of once per call, and the values are quoted
 *   literals (`valueLiteral`), typed by the parameters they fill as Prisma's would be.
 *
 * Nothing half-written: PostgreSQL runs a message's statements in order and stops at the
 * first error (the transaction is then aborted), so a COMMIT behind a failed statement
 * never runs; any error, or a caller's refusal, ends the transaction with ROLLBACK.
 * Row-level security applies exactly as in `withScope`: same role, same settings (the
 * policies read them when the plan runs, so a plan serves every scope).
 */
export type RawTx = {
  /** A statement for `send`: the template as an EXECUTE of its prepared statement. */
  sql(template: Template): string;
  /** The results of the statements of `text`, in order (the scope's and the preparations' left out). */
  send(text: string, options?: { commit?: boolean }): Promise<pg.QueryResult[]>;
};

const results = (answer: pg.QueryResult | pg.QueryResult[]) => (Array.isArray(answer) ? answer : [answer]);

export async function withRawScope<T>(scope: DbScope, fn: (tx: RawTx) => Promise<T>, options: { lockKeys?: readonly string[] } = {}): Promise<T> {
  const client = await appPool().connect();
  // a connection lost mid-transaction fails the pending query; the event must not go unheard
  const onError = () => undefined;
  client.on("error", onError);
  const prepared = preparedOn(client);
  const preparing = new Map<string, string>();
  // A message with PREPAREs that failed may have prepared some of them (a PREPARE is not
  // undone by ROLLBACK): such a connection is closed rather than trusted.
  let unsure = false;
  const release = (error?: Error) => {
    client.removeListener("error", onError);
    client.release(error ?? (unsure ? new Error("withRawScope: unsure what is prepared") : undefined));
  };
  // (a cast: assignments inside `tx` must not narrow it here)
  let state = "idle" as "idle" | "open" | "committed";

  const tx: RawTx = {
    sql(template) {
      const { name, prepare, execute } = preparedStatement(template, prepared);
      if (prepare) preparing.set(name, prepare);
      return execute;
    },
    async send(text, { commit = false } = {}) {
      if (state === "committed") throw new Error("withRawScope: the transaction has committed");
      const opening = state === "idle" ? [`BEGIN`, settingsSql(scope, { lockKeys: options.lockKeys })] : [];
      const preparations = [...preparing.values()];
      state = "open";
      let answer: pg.QueryResult[];
      try {
        answer = results(await client.query([...opening, ...preparations, text, ...(commit ? ["COMMIT"] : [])].join(";\n")));
      } catch (error) {
        if (preparations.length) unsure = true;
        throw error;
      }
      for (const name of preparing.keys()) prepared.add(name);
      preparing.clear();
      if (commit) {
        // an aborted transaction's COMMIT is answered ROLLBACK (never the case here: an error stops the message first)
        if (answer[answer.length - 1]?.command !== "COMMIT") throw new Error("withRawScope: the transaction did not commit");
        state = "committed";
      }
      return answer.slice(opening.length + preparations.length, commit ? -1 : undefined);
    },
  };

  try {
    const value = await fn(tx);
    if (state === "open") {
      const answer = await client.query("COMMIT");
      if (answer.command !== "COMMIT") throw new Error("withRawScope: the transaction did not commit");
      state = "committed";
    }
    release();
    return value;
  } catch (error) {
    if (state !== "open") {
      release();
    } else {
      // a connection that cannot even roll back is not given back to the pool
      await client.query("ROLLBACK").then(
        () => release(),
        (rollbackError: Error) => release(rollbackError),
      );
    }
    throw error;
  }
}
