/**
 * `npm run db:migration -- <name> [--create-only]`: writes a new migration from the
 * changes in prisma/schema (with RLS for new tenant tables), then applies it to the dev
 * database unless --create-only (use that to hand-edit the SQL first).
 */
import path from "node:path";
import { createMigration } from "./engine";
import { runMain } from "./lifecycle";
import { REPO_ROOT } from "./pg-url";
import { prepareDatabase } from "./prepare";

runMain(async () => {
  const args = process.argv.slice(2);
  const createOnly = args.includes("--create-only");
  const name = args.find((a) => !a.startsWith("--"));
  if (!name) {
    console.error("usage: npm run db:migration -- <name> [--create-only]");
    return 2;
  }
  // Existing migrations are applied first, so the dev database matches the history.
  const db = await prepareDatabase({ mode: "dev" });
  const created = await createMigration(name, { ownerUrl: db.ownerUrl });
  if (!created) {
    console.log("no changes: prisma/schema matches the migrations");
  } else {
    console.log(`created ${path.relative(REPO_ROOT, created.file)}`);
    if (created.rlsTables.length > 0) console.log(`  with row-level security for: ${created.rlsTables.join(", ")}`);
    if (createOnly) console.log("  not applied (--create-only): review it, then run npm run db:migrate");
    else await db.migrate();
    console.log("  regenerate the client if you have not: npm run db:generate");
  }
  await db.stop();
});
