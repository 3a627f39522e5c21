/**
 * `npm run bench [outbox|accounts|forecast|forecast-compare|pricing|deals|orders|warranties|coop|pages|lighthouse|client-js|main-thread] [-- options]`: the benchmarks,
 * each in its own process (each starts and stops its own database and servers).
 *   - outbox: alert throughput (scripts/bench/outbox.ts);
 *   - accounts: territory assignment by rules and the partner/account lists on generated
 *     data (scripts/bench/accounts.ts);
 *   - forecast: the forecast engine's speed and accuracy on generated series
 *     (scripts/bench/forecast.ts; exits 1 when the engine loses to a benchmark method);
 *   - forecast-compare: the forecast comparison screen's reads for a territory on years of
 *     history of thousands of partners, with real published runs (scripts/bench/forecast-compare.ts);
 *   - pricing: price resolutions per second, a partner's full effective list and the
 *     consistency scan over a generated catalog (scripts/bench/pricing.ts);
 *   - deals: the duplicate check against 100,000 registrations and the pipeline board
 *     with 50,000 open deals (scripts/bench/deals.ts);
 *   - orders: a partner's order list at 200,000 orders (service under row-level security
 *     beside the owner's SQL), the same list at 10 k and 1 M order lines, and submission
 *     and allocation throughput (scripts/bench/orders.ts);
 *   - warranties: the coverage lookup by serial with 1,000,000 units (scripts/bench/warranties.ts);
 *   - coop: a partner's balances with 1,000,000 ledger entries and claim throughput on one
 *     contended fund (scripts/bench/coop.ts);
 *   - pages: the cost of every signed-in page type on a production build, beside
 *     `/api/health` (scripts/bench/pages.ts);
 *   - lighthouse: Lighthouse mobile on every page people see (scripts/bench/lighthouse.ts);
 *   - client-js: the JavaScript each page loads, from the production build's manifests
 *     (scripts/bench/client-js.ts; load-independent);
 *   - main-thread: what a page's long tasks are made of, from a Chromium trace at 4× CPU
 *     slowdown, attributed through the build's source maps (scripts/bench/main-thread.ts).
 * Without a name all of them run, one after the other. Options after the name go to it
 * (`npm run bench -- pages --only dashboard`). Figures only: nothing here passes or fails
 * on timing, and the machine's load is printed beside every table.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { REPO_ROOT } from "../db/pg-url";
import { SERVER_ONLY_SHIM } from "../db/tasks";

const BENCHES = [
  "outbox",
  "accounts",
  "forecast",
  "forecast-compare",
  "pricing",
  "deals",
  "orders",
  "warranties",
  "coop",
  "pages",
  "lighthouse",
  "client-js",
  "main-thread",
] as const;
type Bench = (typeof BENCHES)[number];
/**
 * Benches that load server modules get the `server-only` shim; the forecast bench's worker
 * threads inherit the command line, and a `.ts` import there fails before tsx is loaded.
 */
const WITHOUT_SHIM: readonly Bench[] = ["forecast"];

function run(bench: Bench, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        ...(WITHOUT_SHIM.includes(bench) ? [] : SERVER_ONLY_SHIM),
        path.join("scripts", "bench", `${bench}.ts`),
        ...args,
      ],
      { cwd: REPO_ROOT, stdio: "inherit" },
    );
    child.once("error", reject);
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const [first, ...rest] = process.argv.slice(2);
const named = BENCHES.find((bench) => bench === first);
if (first && !named && !first.startsWith("-")) {
  console.error(`npm run bench: unknown benchmark "${first}" (choose ${BENCHES.join(", ")})`);
  process.exit(2);
}
const plan: Bench[] = named ? [named] : [...BENCHES];
const args = named ? rest : process.argv.slice(2);
let failed = 0;
for (const bench of plan) {
  console.log(`\n== npm run bench: ${bench} ==`);
  // Options given without a name are the outbox's (as before this runner existed).
  const code = await run(bench, named || bench === "outbox" ? args : []);
  if (code !== 0) failed = code;
}
process.exit(failed);
