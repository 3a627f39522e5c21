import "server-only";
import { appPool } from "./client";
import { settingsSql, type DbScope } from "./scope";

/**
 * One read statement with the scope's row-level-security settings, in ONE round trip and
 * without BEGIN / COMMIT: the settings and the query travel as one simple-protocol message,
 * which PostgreSQL runs as one implicit transaction — the settings (local to it) apply to
 * the query and are gone after it. For the hottest single reads (the session lookup runs on
 * every signed-in request); page reads use `withReadScope`.
 *
 * The query has no parameters (a message with two statements cannot): every value in it
 * goes through `sqlLiteral` (lib/db/literal.ts). Rows come back as node-postgres parses
 * them (json columns as objects).
 */
export async function readStatement<Row>(scope: DbScope, query: string): Promise<Row[]> {
  const results = (await appPool().query(`${settingsSql(scope, { readOnly: true })};\n${query}`)) as unknown as {
    rows: Row[];
  }[];
  return results[1]!.rows;
}
