/**
 * `npm run bench -- accounts` (optionally `--assign 100000 --partners 10000 --accounts 200000 --samples 100`):
 * on a throwaway embedded PostgreSQL with a generated channel (scripts/bench/channel-data.ts),
 * prints
 *   (a) rule-based territory assignment: every account of a tenant placed by a tree of about
 *       a hundred territories and rules, through the service (reassignByRules: its one
 *       statement, history rows and audit, in a scoped transaction) and the same SQL run
 *       directly on a connection of the app role with the same row-level-security
 *       settings — accounts per second;
 *   (b) the first page of the partner list (10,000 partners) and of the account list
 *       (200,000 accounts), as the services answer it (server time, p50/p95; goal p95 <
 *       50 ms) beside the same queries run directly.
 * Figures only: nothing passes or fails here. Everything it starts it stops.
 */
import os from "node:os";
import { parseArgs } from "node:util";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { runMain } from "../db/lifecycle";
import { prepareDatabase } from "../db/prepare";
import { countTake } from "@/lib/lists/query";
import { ensurePrismaClient } from "../db/tasks";
import { benchTree, generateAccounts, generatePartners } from "./channel-data";

/** The `take` of the first page's count (25 rows). */
const FIRST_PAGE_COUNT = countTake({ page: 1, pageSize: 25 });

const { values } = parseArgs({
  options: {
    assign: { type: "string", default: "100000" },
    partners: { type: "string", default: "10000" },
    accounts: { type: "string", default: "200000" },
    samples: { type: "string", default: "100" },
    runs: { type: "string", default: "3" },
    /** print the query plans of the account list's statements (as the app role) */
    explain: { type: "boolean", default: false },
  },
});
const ASSIGN = Number(values.assign);
const PARTNERS = Number(values.partners);
const ACCOUNTS = Math.max(Number(values.accounts), ASSIGN);
const SAMPLES = Number(values.samples);
const RUNS = Number(values.runs);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** p50/p95 of `fn` over SAMPLES calls after a few warm-up calls. */
async function latency(fn: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 5; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i++) times.push(await timed(fn));
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

runMain(async () => {
  await ensurePrismaClient();
  const db = await prepareDatabase({ mode: "test", quiet: true });
  Object.assign(process.env, {
    DATABASE_APP_URL: db.appUrl,
    DATABASE_OWNER_URL: db.ownerUrl,
    AUTH_SECRET: randomBytes(48).toString("base64url"),
    LOG_LEVEL: "error",
  });
  const { prisma } = await import("@/lib/db/client");
  const { reassignByRules, reassignSql } = await import("@/lib/territories/assign");
  const { addRule, createTerritory } = await import("@/lib/territories/service");
  const { ruleSchema } = await import("@/lib/territories/schema");
  const { listAccounts } = await import("@/lib/accounts/list");
  const { listPartners } = await import("@/lib/partners/list");
  const { createTestTenant } = await import("../../tests/fixtures/factories");

  console.log(`Accounts benchmark — Node ${process.version}, embedded PostgreSQL`);
  console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)} at start (other processes share the cores)`);

  const admin = await createTestTenant();
  const owner = new pg.Client({ connectionString: db.ownerUrl });
  const app = new pg.Client({ connectionString: db.appUrl });
  await Promise.all([owner.connect(), app.connect()]);
  // The database is stopped at exit even after a failure: a dropped connection is expected then.
  for (const client of [owner, app]) client.on("error", () => undefined);
  /** A transaction of the app role with the settings withScope makes for this vendor. */
  const asVendor = async <T>(fn: () => Promise<T>): Promise<T> => {
    await app.query("BEGIN");
    try {
      await app.query(
        `SELECT set_config('app.audience', 'vendor', true), set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true)`,
        [admin.tenantId, admin.user.id],
      );
      return await fn();
    } finally {
      await app.query("COMMIT");
    }
  };

  // The channel: a territory tree through the services, partners and accounts in bulk.
  let started = performance.now();
  let territories = 0;
  let rules = 0;
  type Node = { name: string; rules: Record<string, unknown>[]; children?: Node[] };
  const plant = async (node: Node, parentId: string | null): Promise<void> => {
    const { id } = await createTerritory(admin, { name: node.name, description: null, parentId });
    territories++;
    for (const rule of node.rules) {
      await addRule(admin, ruleSchema.parse({ territoryId: id, ...rule }));
      rules++;
    }
    for (const child of node.children ?? []) await plant(child, id);
  };
  for (const region of benchTree()) await plant(region, null);
  await generatePartners(db.ownerUrl, admin.tenantId, PARTNERS);
  await generateAccounts(db.ownerUrl, admin.tenantId, { from: 1, count: ASSIGN, partners: PARTNERS });
  console.log(
    `generated ${territories} territories with ${rules} rules, ${PARTNERS.toLocaleString("en")} partners and ${ASSIGN.toLocaleString("en")} accounts in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  // (a) assignment: from "no territory" to placed, RUNS times each way.
  const reset = async () => {
    await owner.query(
      `UPDATE "Account" SET "territoryId" = NULL, "territoryRuleId" = NULL, "territorySource" = 'NONE' WHERE "tenantId" = $1`,
      [admin.tenantId],
    );
    await owner.query(`DELETE FROM "AccountTerritoryChange" WHERE "tenantId" = $1`, [admin.tenantId]);
    await owner.query(`VACUUM ANALYZE "Account"`);
  };
  const direct = reassignSql(admin.tenantId, admin.user.id);
  const rates = { service: [] as number[], direct: [] as number[] };
  let placed = 0;
  for (let run = 0; run < RUNS; run++) {
    await reset();
    let moved = 0;
    const serviceMs = await timed(async () => ({ moved } = await reassignByRules(admin)));
    placed = moved;
    rates.service.push(ASSIGN / (serviceMs / 1000));
    await reset();
    const directMs = await timed(() => asVendor(() => app.query(direct.text, direct.values)));
    rates.direct.push(ASSIGN / (directMs / 1000));
  }
  const best = (list: number[]) => Math.max(...list);
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
  console.log(`(a) territory assignment of ${ASSIGN.toLocaleString("en")} accounts by ${rules} rules (${placed.toLocaleString("en")} placed, the rest match no rule), ${RUNS} runs:`);
  console.log(`    service (reassignByRules):  median ${median(rates.service).toFixed(0)} accounts/s, best ${best(rates.service).toFixed(0)}`);
  console.log(`    same SQL directly:          median ${median(rates.direct).toFixed(0)} accounts/s, best ${best(rates.direct).toFixed(0)}`);

  // (b) first pages with the whole channel.
  started = performance.now();
  await generateAccounts(db.ownerUrl, admin.tenantId, { from: ASSIGN + 1, count: ACCOUNTS - ASSIGN, partners: PARTNERS });
  await owner.query(`VACUUM ANALYZE "Account"`);
  await owner.query(`VACUUM ANALYZE "Partner"`);
  console.log(`generated ${(ACCOUNTS - ASSIGN).toLocaleString("en")} more accounts (${ACCOUNTS.toLocaleString("en")} in all) in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const partnerSql = async () =>
    asVendor(async () => {
      const page = await app.query<{ id: string }>(
        `SELECT id, name, type, status, country, tier, "createdAt" FROM "Partner" WHERE "tenantId" = $1 ORDER BY name ASC, id ASC LIMIT 25`,
        [admin.tenantId],
      );
      await app.query(`SELECT count(*) FROM "Partner" WHERE "tenantId" = $1`, [admin.tenantId]);
      await app.query(
        `SELECT "partnerId", status, count(*) FROM "PartnerUser" WHERE "tenantId" = $1 AND "partnerId" = ANY($2) GROUP BY 1, 2`,
        [admin.tenantId, page.rows.map((r) => r.id)],
      );
    });
  const accountSql = async () =>
    asVendor(async () => {
      await app.query(
        `SELECT a.id, a.name, a.domain, a.country, a.region, a.industry, a."reviewStatus", a."createdAt", p.id, p.name, t.id, t.path
           FROM "Account" a
           LEFT JOIN "Partner" p ON p."tenantId" = a."tenantId" AND p.id = a."partnerId"
           LEFT JOIN "Territory" t ON t."tenantId" = a."tenantId" AND t.id = a."territoryId"
          WHERE a."tenantId" = $1 ORDER BY a.name ASC, a.id ASC LIMIT 25`,
        [admin.tenantId],
      );
      // the list's first page counts only as far as countLimit (lib/lists/query.ts)
      await app.query(`SELECT count(*) FROM (SELECT 1 FROM "Account" WHERE "tenantId" = $1 LIMIT ${FIRST_PAGE_COUNT}) matching`, [admin.tenantId]);
    });
  if (values.explain) {
    for (const statement of [
      `SELECT a.id, a.name FROM "Account" a LEFT JOIN "Partner" p ON p."tenantId" = a."tenantId" AND p.id = a."partnerId" WHERE a."tenantId" = $1 ORDER BY a.name ASC, a.id ASC LIMIT 25`,
      `SELECT count(*) FROM (SELECT 1 FROM "Account" WHERE "tenantId" = $1 LIMIT ${FIRST_PAGE_COUNT}) matching`,
      `SELECT id FROM "Account" WHERE "tenantId" = $1 AND name ILIKE '%0004242%' ORDER BY name, id LIMIT 25`,
    ]) {
      const plan = await asVendor(() => app.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement}`, [admin.tenantId]));
      console.log(plan.rows.map((r: Record<string, string>) => r["QUERY PLAN"]).join("\n"));
    }
  }
  const rows = [
    ["partner list, first page (service)", await latency(() => listPartners(admin, {}))],
    ["partner list, same SQL directly", await latency(partnerSql)],
    ["account list, first page (service)", await latency(() => listAccounts(admin, {}))],
    ["account list, same SQL directly", await latency(accountSql)],
    ["account list filtered by a partner (service)", await latency(() => listAccounts(admin, { owner: "ptn_bench00000042" }))],
    ["account list searched by name (service)", await latency(() => listAccounts(admin, { q: "0004242" }))],
  ] as const;
  console.log(`(b) ${PARTNERS.toLocaleString("en")} partners, ${ACCOUNTS.toLocaleString("en")} accounts, ${SAMPLES} samples each (server time; goal p95 < 50 ms):`);
  for (const [label, { p50, p95 }] of rows) console.log(`    ${label.padEnd(46)} p50 ${ms(p50).padStart(9)}   p95 ${ms(p95).padStart(9)}`);

  await Promise.all([owner.end(), app.end()]);
  await prisma().$disconnect();
  // runMain's shutdown stops the throwaway database.
});
