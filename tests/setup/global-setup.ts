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

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Tests import the generated client; a fresh clone has none yet.
  await ensurePrismaClient();
  const db = await prepareDatabase({ mode: "test" });
  project.provide("ownerUrl", db.ownerUrl);
  project.provide("appUrl", db.appUrl);
  return () => db.stop();
}
