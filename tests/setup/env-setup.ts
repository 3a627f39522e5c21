/**
 * Runs in every test process before the test file's imports, so lib/env.ts and the Prisma
 * client see the throwaway database's URLs.
 */
import { randomBytes } from "node:crypto";
import { inject } from "vitest";

process.env.DATABASE_APP_URL = inject("appUrl");
process.env.DATABASE_OWNER_URL = inject("ownerUrl");
// No built-in secret exists: every test run signs with its own.
process.env.AUTH_SECRET = randomBytes(48).toString("base64url");
// Every captured e-mail logs an info line; keep test output readable unless asked for.
process.env.LOG_LEVEL ||= "warn";
