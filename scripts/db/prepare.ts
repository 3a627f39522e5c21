/**
 * One call that gives dev, tests and e2e a migrated database and both URLs:
 *
 * - env DATABASE_URL set: it is the OWNER url of an existing server. dev uses that
 *   database as is; test/e2e create a fresh database on that server (random name, or
 *   `databaseName`) and drop it on stop. DATABASE_APP_URL, if set, gives the app role's
 *   credentials (in test/e2e its database name is replaced by the fresh one).
 * - otherwise embedded PostgreSQL: dev → persistent <repo>/.data/postgres; test/e2e →
 *   a throwaway cluster. DATABASE_APP_URL is ignored there (it could only point
 *   elsewhere); the app role comes from DATABASE_APP_USER/DATABASE_APP_PASSWORD.
 *
 * Then: create the database if missing, apply migrations, install the job queue's schema
 * (pg-boss), ensure the app role and grants.
 */
import { randomBytes } from "node:crypto";
import path from "node:path";
import { withClient } from "./adapter";
import { type EmbeddedOptions, startEmbeddedPostgres } from "./embedded";
import { type EnginePaths, applyMigrations } from "./engine";
import { ensureJobSchema } from "./jobs-schema";
import { onShutdown } from "./lifecycle";
import { REPO_ROOT, pgFields, quoteIdent, redactUrl, withDatabase } from "./pg-url";
import { appUrlFor, ensureAppRole } from "./roles";

export type PrepareMode = "dev" | "test" | "e2e";

export type PrepareOptions = {
  mode: PrepareMode;
  /** Embedded server port (dev default: EMBEDDED_PG_PORT or 54329; test: a free port). */
  port?: number;
  /** Default: `canal` when embedded, a random `canal_test_*` on an external server in test/e2e. */
  databaseName?: string;
  quiet?: boolean;
  paths?: EnginePaths;
  /** Server flags and a log listener for a throwaway embedded cluster (the benches). */
  embedded?: Pick<EmbeddedOptions, "serverFlags" | "onLog">;
};

export type PreparedDatabase = {
  /** Owner (migrations, seeding, test set-up): RLS does not apply to it. */
  ownerUrl: string;
  /** The app role: what the app and isolation tests connect with. */
  appUrl: string;
  /** Applies pending migrations and refreshes the app role's grants; returns the names applied. */
  migrate(): Promise<string[]>;
  /** Drops the throwaway database / stops embedded PostgreSQL. Idempotent. */
  stop(): Promise<void>;
};

async function createDatabase(serverUrl: string, name: string, options: { recreate: boolean }): Promise<void> {
  const fields = pgFields(serverUrl);
  await withClient(fields, fields.database, async (c) => {
    if (options.recreate) await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    const exists = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount === 0) await c.query(`CREATE DATABASE ${quoteIdent(name)}`);
  });
}

async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const fields = pgFields(serverUrl);
  await withClient(fields, fields.database, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
}

export async function prepareDatabase(options: PrepareOptions): Promise<PreparedDatabase> {
  const log = (message: string) => {
    if (!options.quiet) console.log(`db: ${message}`);
  };
  const started = Date.now();
  const stops: (() => Promise<void>)[] = [];
  let stopping: Promise<void> | undefined;
  let unregister = () => {};
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      unregister();
      for (const fn of stops.reverse()) await fn();
    })());

  try {
    const external = process.env.DATABASE_URL || undefined;
    const envAppUrl = process.env.DATABASE_APP_URL || undefined;
    let ownerUrl: string;
    let appUrl: string | undefined;
    if (external && options.mode === "dev") {
      ownerUrl = external;
      appUrl = envAppUrl;
      log(`using DATABASE_URL ${redactUrl(ownerUrl)}`);
    } else if (external) {
      const name = options.databaseName ?? `canal_test_${randomBytes(5).toString("hex")}`;
      await createDatabase(external, name, { recreate: true });
      stops.push(() => dropDatabase(external, name));
      ownerUrl = withDatabase(external, name);
      appUrl = envAppUrl && withDatabase(envAppUrl, name);
      log(`fresh database ${name} on ${redactUrl(external)}`);
    } else {
      if (envAppUrl) log("ignoring DATABASE_APP_URL: it is only used together with DATABASE_URL");
      const persistent = options.mode === "dev";
      const server = await startEmbeddedPostgres({
        persistent,
        ...(options.port ? { port: options.port } : {}),
        ...(persistent ? {} : options.embedded),
      });
      stops.push(server.stop);
      const name = options.databaseName ?? "canal";
      await createDatabase(server.ownerUrl, name, { recreate: false });
      ownerUrl = withDatabase(server.ownerUrl, name);
      const where = persistent ? path.relative(REPO_ROOT, server.dataDir) : "throwaway";
      log(`embedded PostgreSQL on 127.0.0.1:${server.port}, database ${name} (${where})`);
    }
    unregister = onShutdown(stop);

    const owner = ownerUrl;
    const roleOptions = appUrl ? { appUrl } : {};
    const migrate = async (): Promise<string[]> => {
      const applied = await applyMigrations(owner, options.paths);
      log(
        applied.length > 0 ? `applied ${applied.length} migration(s): ${applied.join(", ")}` : "migrations up to date",
      );
      await ensureJobSchema(owner);
      // Grants cover existing tables only: refresh them after every migration.
      await ensureAppRole(owner, roleOptions);
      return applied;
    };
    await migrate();
    const finalAppUrl = appUrlFor(owner, roleOptions);
    log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return { ownerUrl, appUrl: finalAppUrl, migrate, stop };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}
