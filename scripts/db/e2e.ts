/**
 * The fixed coordinates of the e2e database, for scripts/e2e-db.ts and for
 * playwright.config.ts (whose app webServer needs the URLs before the database exists).
 * Cheap to import (nothing starts until a function is called): Playwright loads it with its config.
 */
import { EMBEDDED_OWNER_PASSWORD, EMBEDDED_OWNER_USER } from "./embedded";
import { withCredentials, withDatabase } from "./pg-url";
import { DEFAULT_APP_PASSWORD, DEFAULT_APP_USER } from "./roles";

export const E2E_DATABASE = "canal_e2e";

export type E2eConfig = { pgPort: number; readyPort: number; readyUrl: string; ownerUrl: string; appUrl: string };

export function e2eConfig(env: NodeJS.ProcessEnv = process.env): E2eConfig {
  const pgPort = Number(env.E2E_PG_PORT || 54339);
  const readyPort = Number(env.E2E_DB_READY_PORT || 54340);
  // With DATABASE_URL the e2e database lives on that server; otherwise on embedded PostgreSQL.
  const server =
    env.DATABASE_URL || `postgresql://${EMBEDDED_OWNER_USER}:${EMBEDDED_OWNER_PASSWORD}@127.0.0.1:${pgPort}/postgres`;
  const ownerUrl = withDatabase(server, E2E_DATABASE);
  const appUrl =
    env.DATABASE_URL && env.DATABASE_APP_URL
      ? withDatabase(env.DATABASE_APP_URL, E2E_DATABASE)
      : withCredentials(
          ownerUrl,
          env.DATABASE_APP_USER || DEFAULT_APP_USER,
          env.DATABASE_APP_PASSWORD || DEFAULT_APP_PASSWORD,
        );
  return { pgPort, readyPort, readyUrl: `http://127.0.0.1:${readyPort}/`, ownerUrl, appUrl };
}
