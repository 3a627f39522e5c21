/**
 * Tests run against real PostgreSQL: tests/setup/global-setup.ts prepares a throwaway,
 * migrated database once per run and provides its URLs; tests/setup/env-setup.ts puts
 * them in process.env before any app module is imported.
 */
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

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
    include: [
      "lib/**/*.test.ts",
      "tests/integration/**/*.test.ts",
      "tests/isolation/**/*.test.ts",
      "tests/unit/**/*.test.ts",
    ],
    globalSetup: ["tests/setup/global-setup.ts"],
    setupFiles: ["tests/setup/env-setup.ts"],
    testTimeout: 20_000,
    // Hooks may create tenants, users and fixtures through the real database.
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
  },
});
