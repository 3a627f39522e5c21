/**
 * `--explain` for benchmarks: print the plan of every statement the app sends while `fn`
 * runs — the very SQL Prisma generates, with its parameters, in the same transaction (so
 * as the app role, under the row-level-security settings the service made). Each SELECT
 * is run once more as EXPLAIN (ANALYZE, BUFFERS) just before itself.
 */
import pg from "pg";

type QueryConfig = { text: string; values?: unknown[] };

const SKIP = /^\s*(BEGIN|COMMIT|ROLLBACK|SET|SELECT\s+set_config)/i;

export async function explainStatements<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const original = pg.Client.prototype.query;
  const run = original as unknown as (this: pg.Client, ...args: unknown[]) => Promise<pg.QueryResult<Record<string, string>>>;
  const plans: string[] = [];
  // pg's query() is overloaded; the adapter always calls it with one config object.
  pg.Client.prototype.query = async function (this: pg.Client, config: QueryConfig, ...rest: unknown[]) {
    if (typeof config === "object" && config && typeof config.text === "string" && /^\s*(SELECT|WITH)/i.test(config.text) && !SKIP.test(config.text)) {
      const result = await run.call(this, { text: `EXPLAIN (ANALYZE, BUFFERS) ${config.text}`, values: config.values ?? [] });
      plans.push(`${config.text}\n  -- ${JSON.stringify(config.values ?? [])}\n${result.rows.map((row) => row["QUERY PLAN"]).join("\n")}`);
    }
    return run.call(this, config, ...rest);
  } as unknown as typeof original;
  try {
    return await fn();
  } finally {
    pg.Client.prototype.query = original;
    console.log(`\n== plans: ${label} (${plans.length} statements) ==\n${plans.join("\n\n")}`);
  }
}
