/**
 * Prisma 7 reads its settings here (the schema's datasource has no url).
 * DATABASE_URL is optional: `prisma generate` needs no database, and development gets
 * its database from scripts/db (embedded PostgreSQL). Where a native schema engine
 * exists, `prisma migrate deploy` with DATABASE_URL (the owner URL) applies the same
 * migrations that scripts/db/engine.ts writes.
 */
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations" },
  ...(process.env.DATABASE_URL ? { datasource: { url: process.env.DATABASE_URL } } : {}),
});
