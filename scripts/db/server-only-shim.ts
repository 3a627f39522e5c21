/**
 * `--import` hook for scripts run with tsx outside Next (the demo seed, the job worker):
 * lib/ services start with `import "server-only"`, which throws unless resolved with
 * React's server condition — and that condition swaps `react` for its server build,
 * which breaks other imports (next-intl). So resolve only `server-only` to its empty
 * module, as vitest.config.ts does with an alias.
 * Usage: tsx --import ./scripts/db/server-only-shim.ts scripts/seed.ts
 */
import { register } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { REPO_ROOT } from "./pg-url";

const empty = pathToFileURL(path.join(REPO_ROOT, "node_modules", "server-only", "empty.js")).href;
const hooks = `export async function resolve(specifier, context, next) {
  return specifier === "server-only" ? { url: ${JSON.stringify(empty)}, shortCircuit: true } : next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
