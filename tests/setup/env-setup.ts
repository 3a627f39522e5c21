/**
 * Runs in every test process before the test file's imports, so lib/env.ts and the Prisma
 * client see the throwaway database's URLs.
 */
import { randomBytes } from "node:crypto";
import { inject } from "vitest";

process.env.DATABASE_APP_URL = inject("appUrl");
process.env.DATABASE_OWNER_URL = inject("ownerUrl");
// No built-in secret exists: every test run signs with its own. Once per worker process:
// with isolation off this file runs again before each test file, while lib/env.ts keeps
// the secret it read first, and tests that sign tokens read process.env.
const worker = globalThis as { canalTestSecret?: string };
worker.canalTestSecret ??= randomBytes(48).toString("base64url");
process.env.AUTH_SECRET = worker.canalTestSecret;
// Every captured e-mail logs an info line; keep test output readable unless asked for.
process.env.LOG_LEVEL ||= "warn";
