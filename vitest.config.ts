/**
 * Tests run against real PostgreSQL: tests/setup/global-setup.ts prepares a throwaway,
 * migrated database once per run and provides its URLs; tests/setup/env-setup.ts puts
 * them in process.env before any app module is imported.
 *
 * Most of a file's time used to be importing the app (Prisma's client, zod schemas,
 * next-intl…) again in a fresh module graph. The "shared" project turns isolation off, so
 * each worker imports the app once and runs file after file in it; its files must leave
 * nothing behind (random tenants, e-mails and IPs; spies restored; no process.env edits).
 * The few files that need a module graph of their own stay in the "isolated" project:
 * they replace a module (vi.mock of next/headers), change the environment that lib/env.ts
 * caches on first use (FILE_STORAGE=s3, PUBLIC_SIGNUP_ENABLED=false with vi.resetModules).
 * A new file that does any of that goes in ISOLATED below.
 */
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

const INCLUDE = [
  "lib/**/*.test.ts",
  "tests/integration/**/*.test.ts",
  "tests/isolation/**/*.test.ts",
  "tests/unit/**/*.test.ts",
];

/** Files that need their own module graph (see above). */
const ISOLATED = [
  "tests/integration/session.test.ts", // vi.mock("next/headers")
  "tests/integration/preview.test.ts", // vi.mock("next/headers")
  "tests/integration/files-s3.test.ts", // FILE_STORAGE=s3 in process.env before lib/env.ts reads it
  "tests/integration/forms.test.ts", // vi.stubEnv + vi.resetModules
  "tests/integration/tenancy.test.ts", // vi.stubEnv + vi.resetModules
];

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // `server-only` throws outside React Server Components; tests import server modules directly.
      "server-only": path.join(root, "node_modules", "server-only", "empty.js"),
    },
  },
  test: {
    pool: "forks",
    // Test files are independent (random tenants, e-mails and IPs): use both cores.
    maxWorkers: 2,
    // One database for both projects (the setup memoizes it in the main process).
    globalSetup: ["tests/setup/global-setup.ts"],
    setupFiles: ["tests/setup/env-setup.ts"],
    testTimeout: 20_000,
    // Hooks may create tenants, users and fixtures through the real database.
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    projects: [
      { extends: true, test: { name: "shared", include: INCLUDE, exclude: ISOLATED, isolate: false } },
      { extends: true, test: { name: "isolated", include: ISOLATED, isolate: true } },
    ],
  },
});
