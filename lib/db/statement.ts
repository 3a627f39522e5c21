import "server-only";
import { appPool } from "./client";
import { preparedOn, preparedStatement, type Template } from "./prepared";
import { settingsSql, type DbScope } from "./scope";

/**
 * One read statement with the scope's row-level-security settings, in ONE round trip and
 * without BEGIN / COMMIT: the settings and the query travel as one simple-protocol message,
 * which PostgreSQL runs as one implicit transaction — the settings (local to it) apply to
 * the query and are gone after it. For the hottest single reads (the session lookup runs on
 * every signed-in request); page reads use `withReadScope`.
 *
 * The query is a `Prisma.sql` template, sent as `EXECUTE` of a statement prepared on the
 * connection (lib/db/prepared.ts; the `PREPARE` rides in the same message the first time):
 * the session lookup joins six tables whose policies PostgreSQL expands into the plan, and
 * planning it took 6-40 ms of PostgreSQL's CPU a request when the text was sent afresh
 * each time (pg_stat_statements, `npm run bench -- pages --show-sql`). Values are quoted
 * literals (`valueLiteral`). Rows come back as node-postgres parses them (json columns as
 * objects).
 */
export async function readStatement<Row>(scope: DbScope, query: Template): Promise<Row[]> {
  const client = await appPool().connect();
  // a connection lost mid-statement fails the query; the event must not go unheard
  const onError = () => undefined;
  client.on("error", onError);
  const prepared = preparedOn(client);
  const { name, prepare, execute } = preparedStatement(query, prepared);
  let failure: Error | undefined;
  try {
    const results = (await client.query(
      [settingsSql(scope, { readOnly: true }), ...(prepare ? [prepare] : []), execute].join(";\n"),
    )) as unknown as { rows: Row[] }[];
    if (prepare) prepared.add(name);
    return results[results.length - 1]!.rows;
  } catch (error) {
    // A failed message may or may not have prepared the statement (a PREPARE is not undone
    // by the implicit transaction's rollback): such a connection is closed, not trusted.
    if (prepare) failure = new Error("readStatement: unsure what is prepared");
    throw error;
  } finally {
    client.removeListener("error", onError);
    client.release(failure);
  }
}
