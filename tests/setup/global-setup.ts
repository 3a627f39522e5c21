/**
 * Once per test run (in vitest's main process): a throwaway migrated database (embedded
 * PostgreSQL on a free port, or a fresh database on DATABASE_URL's server) whose URLs the
 * test processes receive through `inject`.
 */
import type { TestProject } from "vitest/node";
import { prepareDatabase } from "../../scripts/db/prepare";
import { ensurePrismaClient } from "../../scripts/db/tasks";

declare module "vitest" {
  export interface ProvidedContext {
    /** Owner role: migrations and fixtures; row-level security does not apply to it. */
    ownerUrl: string;
    /** App role: what the app connects as; row-level security applies. */
    appUrl: string;
  }
}

type Db = Awaited<ReturnType<typeof prepareDatabase>>;
/**
 * vitest.config.ts has two projects (shared and isolated module graphs) and each runs its
 * global setup: they share one database, prepared by the first, stopped by the last.
 * (globalThis, not a module variable: each project may load this file on its own.)
 */
const shared = globalThis as { canalTestDb?: Promise<Db>; canalTestDbUsers?: number };

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  shared.canalTestDb ??= (async () => {
    // Tests import the generated client; a fresh clone has none yet.
    await ensurePrismaClient();
    return prepareDatabase({ mode: "test" });
  })();
  shared.canalTestDbUsers = (shared.canalTestDbUsers ?? 0) + 1;
  const db = await shared.canalTestDb;
  project.provide("ownerUrl", db.ownerUrl);
  project.provide("appUrl", db.appUrl);
  return async () => {
    shared.canalTestDbUsers = (shared.canalTestDbUsers ?? 1) - 1;
    if (shared.canalTestDbUsers > 0) return;
    shared.canalTestDb = undefined;
    await db.stop();
  };
}
