/**
 * `npm run endpoints` writes docs/endpoints.json: every page, route handler and server
 * action with its audience, permission and the roles it admits (scripts/endpoints/collect.ts).
 * `npm run endpoints -- --check` only compares, and exits 1 when the file is stale.
 */
import fs from "node:fs";
import path from "node:path";
import { REPO_ROOT, SNAPSHOT_FILE, collectEndpoints, renderSnapshot } from "./endpoints/collect";

const next = renderSnapshot(collectEndpoints());
const current = fs.existsSync(SNAPSHOT_FILE) ? fs.readFileSync(SNAPSHOT_FILE, "utf8") : "";
const where = path.relative(REPO_ROOT, SNAPSHOT_FILE);

if (process.argv.includes("--check")) {
  if (current !== next) {
    console.error(`${where} is stale: run \`npm run endpoints\` and review the change.`);
    process.exit(1);
  }
  console.log(`${where} is up to date.`);
} else if (current === next) {
  console.log(`${where} is up to date.`);
} else {
  fs.writeFileSync(SNAPSHOT_FILE, next);
  console.log(`${where} written.`);
}
