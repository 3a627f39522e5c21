/**
 * What a request costs the database, counted by PostgreSQL itself (so load on the machine
 * cannot change the figure): statements and round trips of the app role per request.
 *
 * - Statements: `pg_stat_statements` (loaded by the bench's throwaway cluster, utility
 *   statements tracked), split into transaction control (BEGIN / COMMIT / ROLLBACK), the
 *   row-level-security settings (`set_config`) and the reads and writes themselves.
 * - Round trips: the server's statement log (`log_statement = all`, switched on only while
 *   counting). node-postgres never pipelines, and PostgreSQL logs a simple-protocol message
 *   once (however many statements it holds) and an extended-protocol query once (at its
 *   Execute), so one logged entry is one round trip.
 */
import pg from "pg";

/** Server flags for `prepareDatabase({ embedded: { serverFlags } })`. */
export const STATEMENT_STATS_FLAGS = [
  "shared_preload_libraries=pg_stat_statements",
  "pg_stat_statements.track_utility=on",
  "pg_stat_statements.max=10000",
  // Planning time beside execution time, per statement (`--show-sql` prints both).
  "pg_stat_statements.track_planning=on",
  // The role first: the log counter keeps only the app role's entries.
  "log_line_prefix=%u|",
];

export type StatementCounts = {
  /** Per request, averaged over the requests counted. */
  statements: number;
  transactionControl: number;
  settings: number;
  roundTrips: number;
  /** The first line of every message of the counted requests, with how often it came (`--show-sql`). */
  messages: Map<string, number>;
  /** Per statement text: calls per request and PostgreSQL's mean planning and execution time (ms). */
  timings: { query: string; calls: number; planMs: number; execMs: number }[];
};

export type StatementCounter = {
  /** Collects `onLog` output of the embedded server. */
  onLog(chunk: string): void;
  /** Counts what `run` (which makes `requests` requests) costs the app role. */
  count(requests: number, run: () => Promise<void>): Promise<StatementCounts | null>;
  close(): Promise<void>;
};

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function statementCounter(): StatementCounter & { connect(ownerUrl: string, appUser: string): Promise<void> } {
  let client: pg.Client | null = null;
  let appUser = "";
  let counting = false;
  let roundTrips = 0;
  let messages = new Map<string, number>();
  let partial = "";

  const onLog = (chunk: string) => {
    const lines = (partial + chunk).split("\n");
    partial = lines.pop() ?? "";
    if (!counting) return;
    for (const line of lines) {
      // "canal_app|LOG:  statement: BEGIN" (simple protocol), "…|LOG:  execute <unnamed>: SELECT …"
      const entry = /^[^|]+\|LOG: {2}(?:statement|execute [^:]*): (.*)$/.exec(line);
      if (!entry || !line.startsWith(`${appUser}|`)) continue;
      roundTrips += 1;
      const text = entry[1]!.slice(0, 160);
      messages.set(text, (messages.get(text) ?? 0) + 1);
    }
  };

  const connect = async (ownerUrl: string, user: string) => {
    appUser = user;
    const candidate = new pg.Client({ connectionString: ownerUrl });
    await candidate.connect();
    try {
      await candidate.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
      client = candidate;
    } catch {
      // Not the bench's own cluster (DATABASE_URL): no counts, the other figures still hold.
      await candidate.end();
    }
  };

  const setLogging = async (on: boolean) => {
    await client!.query(on ? "ALTER SYSTEM SET log_statement = 'all'" : "ALTER SYSTEM RESET log_statement");
    await client!.query("SELECT pg_reload_conf()");
    // Backends read the new setting before their next statement; give the signal time.
    await pause(300);
  };

  const count = async (requests: number, run: () => Promise<void>): Promise<StatementCounts | null> => {
    if (!client) return null;
    await setLogging(true);
    await client.query("SELECT pg_stat_statements_reset()");
    roundTrips = 0;
    messages = new Map();
    counting = true;
    try {
      await run();
      await pause(300); // the last log lines are still on their way through the pipe
    } finally {
      counting = false;
      await setLogging(false);
    }
    const { rows } = await client.query<{ kind: string; calls: string }>(
      `SELECT CASE
                WHEN query ~* '^\\s*(BEGIN|COMMIT|ROLLBACK|START TRANSACTION)' THEN 'transactionControl'
                WHEN query ~* 'set_config\\(' THEN 'settings'
                ELSE 'other'
              END AS kind,
              sum(calls)::text AS calls
         FROM pg_stat_statements s JOIN pg_roles r ON r.oid = s.userid
        WHERE r.rolname = $1
        GROUP BY 1`,
      [appUser],
    );
    const timed = await client.query<{ query: string; calls: string; plan: number; exec: number }>(
      `SELECT left(regexp_replace(query, '\\s+', ' ', 'g'), 110) AS query, calls::text AS calls,
              total_plan_time / calls AS plan, total_exec_time / calls AS exec
         FROM pg_stat_statements s JOIN pg_roles r ON r.oid = s.userid
        WHERE r.rolname = $1 AND calls > 0
        ORDER BY total_plan_time + total_exec_time DESC`,
      [appUser],
    );
    const timings = timed.rows.map((row) => ({
      query: row.query,
      calls: Number(row.calls) / requests,
      planMs: Number(row.plan),
      execMs: Number(row.exec),
    }));
    const calls = (kind: string) => Number(rows.find((row) => row.kind === kind)?.calls ?? 0) / requests;
    return {
      statements: calls("transactionControl") + calls("settings") + calls("other"),
      transactionControl: calls("transactionControl"),
      settings: calls("settings"),
      roundTrips: roundTrips / requests,
      messages,
      timings,
    };
  };

  return { onLog, connect, count, close: async () => void (await client?.end()) };
}
