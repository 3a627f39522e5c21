/**
 * The app's database role: the one the running app connects as, so that row-level
 * security applies to it. It must not be a superuser, must not bypass RLS and must own
 * nothing (an owner can switch RLS off on its table). Run after every migration: the
 * grants cover the tables that exist at that time.
 */
import pg from "pg";
import { JOB_SCHEMA } from "../../lib/jobs/contract";
import { pgFields, quoteIdent, quoteLiteral, redactUrl, withCredentials } from "./pg-url";

export const DEFAULT_APP_USER = "canal_app";
export const DEFAULT_APP_PASSWORD = "canal_app_dev_password";

const ROLE_ATTRIBUTES = "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT NOREPLICATION";

export type AppRoleOptions = {
  /** A complete app URL to use as is (its user and password define the role). */
  appUrl?: string;
  /** Default: env DATABASE_APP_USER, else canal_app. */
  user?: string;
  /** Default: env DATABASE_APP_PASSWORD, else canal_app_dev_password. */
  password?: string;
};

/** The URL the app connects with, without touching the database. */
export function appUrlFor(ownerUrl: string, options: AppRoleOptions = {}): string {
  if (options.appUrl) return options.appUrl;
  const user = options.user ?? (process.env.DATABASE_APP_USER || DEFAULT_APP_USER);
  const password = options.password ?? (process.env.DATABASE_APP_PASSWORD || DEFAULT_APP_PASSWORD);
  return withCredentials(ownerUrl, user, password);
}

async function canLogIn(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    return true;
  } catch (error) {
    // 28P01: wrong password. Anything else (server down, …) is a real problem.
    if ((error as { code?: string }).code === "28P01") return false;
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Creates or corrects the app role and grants it data access on the owner URL's
 * database (idempotent). Returns the app URL.
 */
export async function ensureAppRole(ownerUrl: string, options: AppRoleOptions = {}): Promise<string> {
  const appUrl = appUrlFor(ownerUrl, options);
  const { user: role, password } = pgFields(appUrl);
  const { user: owner, database } = pgFields(ownerUrl);
  if (!role) throw new Error(`The app URL has no user: ${redactUrl(appUrl)}`);
  if (role === owner) throw new Error(`The app role must not be the owner role (${owner}): RLS would not apply to it.`);
  const r = quoteIdent(role);

  const client = new pg.Client({ connectionString: ownerUrl, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const existing = await client.query<{ ok: boolean }>(
      `SELECT (rolcanlogin AND NOT rolsuper AND NOT rolcreatedb AND NOT rolcreaterole AND NOT rolbypassrls
               AND NOT rolinherit AND NOT rolreplication) AS ok FROM pg_roles WHERE rolname = $1`,
      [role],
    );
    if (existing.rowCount === 0) {
      try {
        await client.query(`CREATE ROLE ${r} ${ROLE_ATTRIBUTES} PASSWORD ${quoteLiteral(password)}`);
      } catch (error) {
        // Roles are cluster-wide: a parallel run (another test database) may have won the race.
        if ((error as { code?: string }).code !== "42710" && (error as { code?: string }).code !== "23505") throw error;
      }
    } else if (!existing.rows[0]!.ok) {
      await client.query(`ALTER ROLE ${r} ${ROLE_ATTRIBUTES}`);
    }

    const owned = await client.query<{ what: string }>(
      `SELECT c.relname AS what FROM pg_class c JOIN pg_roles o ON o.oid = c.relowner WHERE o.rolname = $1
       UNION ALL SELECT n.nspname FROM pg_namespace n JOIN pg_roles o ON o.oid = n.nspowner WHERE o.rolname = $1
       UNION ALL SELECT p.proname FROM pg_proc p JOIN pg_roles o ON o.oid = p.proowner WHERE o.rolname = $1 LIMIT 5`,
      [role],
    );
    if (owned.rowCount) {
      throw new Error(
        `The app role ${role} owns database objects (${owned.rows.map((o) => o.what).join(", ")}): an owner can disable RLS. ` +
          `Reassign them to ${owner} (ALTER … OWNER TO).`,
      );
    }

    await client.query(`
      GRANT CONNECT ON DATABASE ${quoteIdent(database)} TO ${r};
      GRANT USAGE ON SCHEMA public TO ${r};
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r};
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r};
      GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO ${r};
    `);
    // The job queue (scripts/db/jobs-schema.ts): data access only, including the
    // partitions the owner creates later for new queues.
    const jobs = await client.query(`SELECT to_regnamespace('${JOB_SCHEMA}') IS NOT NULL AS present`);
    if ((jobs.rows[0] as { present: boolean }).present) {
      await client.query(`
        GRANT USAGE ON SCHEMA ${JOB_SCHEMA} TO ${r};
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${JOB_SCHEMA} TO ${r};
        GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${JOB_SCHEMA} TO ${r};
        ALTER DEFAULT PRIVILEGES IN SCHEMA ${JOB_SCHEMA} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${r};
      `);
    }
    // The audit log is append-only for the app: it may add and read entries, never change them.
    const audit = await client.query(`SELECT to_regclass('public."AuditLog"') IS NOT NULL AS present`);
    if ((audit.rows[0] as { present: boolean }).present) {
      await client.query(`REVOKE UPDATE, DELETE, TRUNCATE ON TABLE public."AuditLog" FROM ${r}`);
    }
    // Migration history is the owner's business; the app must not read or rewrite it.
    const history = await client.query(`SELECT to_regclass('public."_prisma_migrations"') IS NOT NULL AS present`);
    if ((history.rows[0] as { present: boolean }).present) {
      await client.query(`REVOKE ALL ON TABLE public."_prisma_migrations" FROM ${r}`);
    }
    // Only reset the password when the configured one does not work (managed setups may
    // not let the owner change passwords, and then need not). Checked after the CONNECT grant.
    if (existing.rowCount !== 0 && !(await canLogIn(appUrl))) {
      await client.query(`ALTER ROLE ${r} PASSWORD ${quoteLiteral(password)}`);
    }
  } finally {
    await client.end();
  }
  return appUrl;
}
