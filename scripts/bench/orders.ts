/**
 * `npm run bench -- orders` (optionally `--orders 200000 --small 2000 --partners 2000 --products 2000 --lines 4
 * --samples 100 --submitters 8 --submissions 250`): on a throwaway embedded PostgreSQL with a
 * generated order book (scripts/bench/order-data.ts), prints
 *   (a) a partner's order list, first page with filters, through the real service
 *       (`listOwnOrders`, the partner's scope: row-level security) at `--orders` orders —
 *       server time p50/p95 (goal p95 < 50 ms) — beside the same SQL run directly as the
 *       owner without row-level security, and the ratio;
 *   (b) the same list with ~10 k order lines in the tenant (`--small` orders) and with
 *       ~1 M (`--orders`): the ratio of their p95 (goal ≤ 1.3);
 *   (c) order submission throughput: `--submitters` partners submitting their carts at
 *       once through `submitOrder` (idempotency key, repricing of the lines, credit check,
 *       number, timeline, audit, outbox; one in ten double-clicked), then the vendor
 *       allocating them (`allocateOrder`: stock locked, ALLOCATION movements in the
 *       ledger) with as many workers (goal ≥ 200 orders/s). After the timed submissions, 5 more
 *       per partner are counted by PostgreSQL (statements and round trips per order;
 *       `--statements` lists the statements by PostgreSQL time); `--skip-allocation` stops there.
 *       Likewise, the allocation of the last 5 approved orders per partner is counted apart.
 * Figures only: nothing passes or fails here. Everything it starts it stops.
 */
import os from "node:os";
import { parseArgs } from "node:util";
import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { runMain } from "../db/lifecycle";
import { prepareDatabase } from "../db/prepare";
import { ensurePrismaClient } from "../db/tasks";
import { generatePartners } from "./channel-data";
import { generateDrafts, generateOrders } from "./order-data";
import { generatePriceWorld } from "./price-data";
import { cpuNow, cpuReport, cpuSince } from "./process-cpu";
import { STATEMENT_STATS_FLAGS, statementCounter } from "./statements";

const { values } = parseArgs({
  options: {
    orders: { type: "string", default: "200000" },
    small: { type: "string", default: "2000" },
    partners: { type: "string", default: "2000" },
    products: { type: "string", default: "2000" },
    lines: { type: "string", default: "4" },
    samples: { type: "string", default: "100" },
    submitters: { type: "string", default: "8" },
    submissions: { type: "string", default: "250" },
    /** print the plans of the list's statements (as the owner) */
    explain: { type: "boolean", default: false },
    /** run only part of it: "list" ((a) and (b)) or "submit" ((c), on a book of `--orders`) */
    only: { type: "string", default: "" },
    /** after the counted submissions, the app role's statements by PostgreSQL time (pg_stat_statements, with planning tracked: some overhead on every statement) */
    statements: { type: "boolean", default: false },
    /** (c) without the allocation of the submitted orders */
    "skip-allocation": { type: "boolean", default: false },
    /** keep the database after the figures (prints its URLs) until Ctrl-C: for EXPLAIN by hand */
    hold: { type: "boolean", default: false },
  },
});
const ORDERS = Number(values.orders);
const SMALL = Math.min(Number(values.small), ORDERS);
const PARTNERS = Number(values.partners);
const PRODUCTS = Number(values.products);
const LINES = Number(values.lines);
const SAMPLES = Number(values.samples);
const SUBMITTERS = Number(values.submitters);
const SUBMISSIONS = Number(values.submissions);
/** submissions per submitter counted by PostgreSQL (statements, round trips) after the timed run */
const COUNTED = 5;
const ONLY = values.only;
if (ONLY && ONLY !== "list" && ONLY !== "submit") throw new Error(`--only: "list" or "submit", not "${ONLY}"`);

/**
 * Statements sent by this process (the services' pool and the owner's client): every
 * statement, BEGIN and COMMIT included, goes through pg's Client#query. Counted around the
 * submissions only (the owner's client is idle then), it is the submission's round trips.
 */
let statements = 0;
const clientQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  statements++;
  return (clientQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const load = () => os.loadavg()[0]!.toFixed(1);
const n = (value: number) => value.toLocaleString("en");

async function latency(fn: (i: number) => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 5; i++) await fn(i);
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const start = performance.now();
    await fn(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

/** The portal's filters: what a partner asks its list for. */
const FILTERS = [
  { label: "no filter (newest first)", query: {} },
  { label: "status DELIVERED", query: { status: "DELIVERED" } },
  { label: "status ALLOCATED", query: { status: "ALLOCATED" } },
  { label: "status PENDING_APPROVAL by number", query: { status: "PENDING_APPROVAL", sort: { id: "number", desc: true } } },
  { label: "search by number", query: { q: "__NUMBER__" } },
] as const;

runMain(async () => {
  await ensurePrismaClient();
  // pg_stat_statements and the statement log: what a submission costs PostgreSQL, counted
  // by PostgreSQL (on a few submissions after the timed run: logging costs CPU too)
  const counter = statementCounter();
  const db = await prepareDatabase({ mode: "test", quiet: true, embedded: { serverFlags: [...STATEMENT_STATS_FLAGS, ...(values.statements ? ["pg_stat_statements.track_planning=on"] : [])], onLog: counter.onLog } });
  Object.assign(process.env, {
    DATABASE_APP_URL: db.appUrl,
    DATABASE_OWNER_URL: db.ownerUrl,
    DATABASE_POOL_MAX: String(Math.max(10, SUBMITTERS * 2 + 2)),
    AUTH_SECRET: randomBytes(48).toString("base64url"),
    LOG_LEVEL: "error",
  });
  const { prisma } = await import("@/lib/db/client");
  const { withScope } = await import("@/lib/db/scope");
  const { scopeOf } = await import("@/lib/auth/context");
  const { listOwnOrders } = await import("@/lib/orders/list");
  const { orderListQuery } = await import("@/lib/orders/schema");
  const { countTake } = await import("@/lib/lists/query");
  const { submitOrder } = await import("@/lib/orders/submit");
  const { allocateOrder } = await import("@/lib/orders/allocation");
  const { createPartnerWithUser, createTestTenant } = await import("../../tests/fixtures/factories");

  console.log(`Orders benchmark — Node ${process.version}, embedded PostgreSQL`);
  console.log(`machine: ${os.cpus().length} cores, load average ${load()} at start (other processes share the cores)`);

  const admin = await createTestTenant({ currency: "USD" });
  // the partner whose portal is measured: the largest distributor of the book
  const buyer = await createPartnerWithUser(admin, "PARTNER_ADMIN", { partnerType: "DISTRIBUTOR" });
  let started = performance.now();
  await generatePartners(db.ownerUrl, admin.tenantId, PARTNERS);
  await generatePriceWorld(db.ownerUrl, admin.tenantId, { products: PRODUCTS, typeLists: 0, partnerIds: [] });
  console.log(`generated ${n(PARTNERS)} partners and ${n(PRODUCTS)} products with a base price list in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  await counter.connect(db.ownerUrl, new URL(db.appUrl).username);
  const owner = new pg.Client({ connectionString: db.ownerUrl });
  await owner.connect();
  owner.on("error", () => undefined); // the database stops under it at shutdown
  const book = { from: 1, partners: PARTNERS, anchorPartnerId: buyer.partnerId, products: PRODUCTS, linesPerOrder: LINES, currency: "USD", userId: admin.user.id, userName: admin.user.name ?? "Bench" };

  /** The list as the service answers it, and the same SQL as the owner (no row-level security). */
  async function measureList(label: string) {
    const [{ number } = { number: 1 }] = (
      await owner.query<{ number: number }>(`SELECT number FROM "Order" WHERE "tenantId" = $1 AND "partnerId" = $2 AND number IS NOT NULL ORDER BY md5(id) LIMIT 1`, [admin.tenantId, buyer.partnerId])
    ).rows;
    const [{ orders, lines, mine }] = (
      await owner.query<{ orders: string; lines: string; mine: string }>(
        `SELECT (SELECT count(*) FROM "Order" WHERE "tenantId" = $1) AS orders, (SELECT count(*) FROM "OrderLine" WHERE "tenantId" = $1) AS lines,
                (SELECT count(*) FROM "Order" WHERE "tenantId" = $1 AND "partnerId" = $2) AS mine`,
        [admin.tenantId, buyer.partnerId],
      )
    ).rows as [{ orders: string; lines: string; mine: string }];
    console.log(`${label}: ${n(Number(orders))} orders, ${n(Number(lines))} order lines in the tenant; the partner measured has ${n(Number(mine))} orders — ${SAMPLES} samples each, load average ${load()}`);
    type Cpu = ReturnType<typeof cpuSince>;
    const results: { label: string; service: { p50: number; p95: number }; raw: { p50: number; p95: number }; serviceCpu: Cpu; rawCpu: Cpu }[] = [];
    for (const filter of FILTERS) {
      const input = "q" in filter.query ? { q: String(number) } : (filter.query as Record<string, unknown>);
      const query = { ...orderListQuery.parse({}), ...input } as ReturnType<typeof orderListQuery.parse>;
      const where = [`o."tenantId" = $1`, `o."partnerId" = $2`];
      const params: unknown[] = [admin.tenantId, buyer.partnerId];
      if (query.status) where.push(`o.status = $${params.push(query.status)}::"OrderStatus"`);
      if (query.q) where.push(`o.number = $${params.push(Number(query.q))}`);
      const sort = query.sort.id === "number" ? `o.number ${query.sort.desc ? "DESC" : "ASC"} NULLS LAST, o.id ASC` : `o."createdAt" ${query.sort.desc ? "DESC" : "ASC"}, o.id ASC`;
      const rowsSql = `SELECT o.id, o.number, o.status, o.version, o.currency, o."totalMinor", o."poNumber", o.priority, o."holdKind", o."submittedAt", o."createdAt", p.id AS "partnerId", p.name
                       FROM "Order" o JOIN "Partner" p ON p."tenantId" = o."tenantId" AND p.id = o."partnerId"
                       WHERE ${where.join(" AND ")} ORDER BY ${sort} LIMIT ${query.pageSize} OFFSET 0`;
      // the service's capped count, as lib/orders/list.ts sorts it (newest first: the filter's index)
      const countSql = `SELECT count(*) FROM (SELECT o.id FROM "Order" o WHERE ${where.join(" AND ")} ORDER BY o."createdAt" DESC LIMIT ${countTake(query)}) c`;
      if (values.explain) {
        for (const sql of [rowsSql, countSql]) {
          const plan = await owner.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
          console.log(`-- ${filter.label}, as the owner\n${plan.rows.map((r: Record<string, string>) => r["QUERY PLAN"]).join("\n")}`);
          const scoped = await withScope(scopeOf(buyer), (tx) => tx.$queryRawUnsafe<Record<string, string>[]>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, ...params));
          console.log(`-- ${filter.label}, in the partner's scope (row-level security)\n${scoped.map((r) => r["QUERY PLAN"]).join("\n")}`);
        }
      }
      let cpu = cpuNow();
      const service = await latency(() => listOwnOrders(buyer, input));
      const serviceCpu = cpuSince(cpu, SAMPLES + 5);
      cpu = cpuNow();
      const raw = await latency(() => Promise.all([owner.query(rowsSql, params), owner.query(countSql, params)]));
      results.push({ label: filter.label, service, raw, serviceCpu, rawCpu: cpuSince(cpu, SAMPLES + 5) });
    }
    console.log(`    ${"first page (25 rows and the capped count)".padEnd(42)} ${"service (RLS)".padStart(26)}   ${"owner, no RLS".padStart(26)}   p95 ratio   CPU per call: service (node + pg) | owner (pg)`);
    for (const r of results) {
      console.log(
        `    ${r.label.padEnd(42)} p50 ${ms(r.service.p50).padStart(9)} p95 ${ms(r.service.p95).padStart(9)}   p50 ${ms(r.raw.p50).padStart(9)} p95 ${ms(r.raw.p95).padStart(9)}   ${(r.service.p95 / r.raw.p95).toFixed(2).padStart(6)}` +
          `      ${r.serviceCpu.services.toFixed(1)} + ${r.serviceCpu.database.toFixed(1)} ms | ${r.rawCpu.database.toFixed(1)} ms`,
      );
    }
    return results;
  }

  const log = (line: string) => console.log(line);
  started = performance.now();
  const small = await generateOrders(db.ownerUrl, admin.tenantId, { ...book, count: SMALL, log });
  console.log(`generated ${n(small.orders)} orders, ${n(small.lines)} lines in ${((performance.now() - started) / 1000).toFixed(1)} s (load average ${load()})`);
  // A book in use has long been vacuumed: without this, the autovacuum of the rows just
  // written (and the hint bits the first readers set) would be measured as the list's cost.
  const settle = () => owner.query(`VACUUM (ANALYZE)`);
  await settle();
  const before = ONLY !== "submit" ? await measureList("(b) small book") : [];
  if (ORDERS > SMALL) {
    started = performance.now();
    const large = await generateOrders(db.ownerUrl, admin.tenantId, { ...book, from: SMALL + 1, count: ORDERS - SMALL, log });
    await settle();
    console.log(
      `generated ${n(large.orders)} more orders, ${n(large.lines)} lines, ${n(large.events)} timeline entries, ${n(large.shipments)} shipments, ${n(large.shipmentLines)} shipment lines and ${n(large.movements)} stock movements in ${((performance.now() - started) / 1000).toFixed(1)} s, vacuumed (load average ${load()})`,
    );
  }
  if (ONLY !== "submit") {
    const after = await measureList("(a) large book (goal: service p95 < 50 ms)");
    console.log(`(b) the same list, large book ÷ small book (goal p95 ratio ≤ 1.3):`);
    for (const [i, r] of after.entries()) console.log(`    ${r.label.padEnd(42)} p95 ${ms(before[i]!.service.p95).padStart(9)} → ${ms(r.service.p95).padStart(9)}   ${(r.service.p95 / before[i]!.service.p95).toFixed(2).padStart(6)}`);
  }
  if (values.hold) {
    console.log(`holding the database until Ctrl-C — owner: ${db.ownerUrl}  app: ${db.appUrl}\n  tenant ${admin.tenantId}, partner ${buyer.partnerId}, user ${buyer.user.id}`);
    await new Promise(() => undefined);
  }
  if (ONLY === "list") {
    await owner.end();
    await counter.close();
    await prisma().$disconnect();
    return;
  }

  // (c) submission and allocation throughput
  const submitters: Awaited<ReturnType<typeof createPartnerWithUser>>[] = [];
  for (let i = 0; i < SUBMITTERS; i++) submitters.push(await createPartnerWithUser(admin, "PARTNER_ADMIN", { partnerType: "RETAILER" }));
  const drafts = await generateDrafts(db.ownerUrl, admin.tenantId, {
    partnerIds: submitters.map((s) => s.partnerId),
    perPartner: SUBMISSIONS + COUNTED,
    lines: 3,
    products: PRODUCTS,
    currency: "USD",
    userId: admin.user.id,
  });
  const submitted: { id: string; version: number }[] = [];
  let replays = 0;
  let cpu = cpuNow();
  let sent = statements;
  let requests = 0;
  started = performance.now();
  await Promise.all(
    submitters.map(async (partner, i) => {
      for (const [j, orderId] of drafts[i]!.slice(0, SUBMISSIONS).entries()) {
        const input = { orderId, version: 0, idempotencyKey: randomUUID() };
        // one in ten double-clicked: two requests with one key, one order
        const answers = await Promise.all(j % 10 === 0 ? [submitOrder(partner, input), submitOrder(partner, input)] : [submitOrder(partner, input)]);
        requests += answers.length;
        if (answers.length === 2) replays++;
        if (answers[0]!.status === "APPROVED") submitted.push({ id: answers[0]!.id, version: answers[0]!.version });
      }
    }),
  );
  const submitSeconds = (performance.now() - started) / 1000;
  const total = SUBMITTERS * SUBMISSIONS;
  console.log(
    `(c) ${n(total)} submissions of 3 lines by ${SUBMITTERS} partners at once (${replays} of them double-clicked), on a book of ${n(ORDERS)} orders: ${(total / submitSeconds).toFixed(0)} orders/s (${submitSeconds.toFixed(1)} s; goal ≥ 200/s; load average ${load()})`,
  );
  console.log(`    ${cpuReport(cpu, total)}`);
  console.log(`    messages sent (round trips): ${((statements - sent) / total).toFixed(1)} per order, ${((statements - sent) / requests).toFixed(1)} per request (${n(requests)} requests)`);
  // counted apart: each submitter submits COUNTED more, one at a time (no double clicks)
  const counted = await counter.count(SUBMITTERS * COUNTED, async () => {
    await Promise.all(
      submitters.map(async (partner, i) => {
        for (const orderId of drafts[i]!.slice(SUBMISSIONS)) {
          const answer = await submitOrder(partner, { orderId, version: 0, idempotencyKey: randomUUID() });
          if (answer.status === "APPROVED") submitted.push({ id: answer.id, version: answer.version });
        }
      }),
    );
  });
  if (counted) {
    console.log(
      `    counted by PostgreSQL on ${SUBMITTERS * COUNTED} more submissions: ${counted.statements.toFixed(1)} statements per order (${counted.transactionControl.toFixed(1)} BEGIN/COMMIT, ${counted.settings.toFixed(1)} settings), ${counted.roundTrips.toFixed(1)} round trips`,
    );
    if (values.statements) {
      const top = await owner.query<{ calls: string; plan: string; exec: string; query: string }>(
        `SELECT s.calls::text AS calls, round((s.total_plan_time / s.calls)::numeric, 3)::text AS plan, round((s.total_exec_time / s.calls)::numeric, 3)::text AS exec,
                left(regexp_replace(s.query, '\\s+', ' ', 'g'), 110) AS query
           FROM pg_stat_statements s JOIN pg_roles r ON r.oid = s.userid WHERE r.rolname = $1 ORDER BY s.total_plan_time + s.total_exec_time DESC LIMIT 15`,
        [new URL(db.appUrl).username],
      );
      console.log(`      calls × plan + execute (ms, mean) — statement`);
      for (const row of top.rows) console.log(`      ${row.calls.padStart(5)} × ${row.plan.padStart(7)} + ${row.exec.padStart(7)}  ${row.query}`);
    }
  }
  if (!values["skip-allocation"]) {
    // the last SUBMITTERS × COUNTED approved orders are allocated apart, counted by PostgreSQL
    const later = submitted.splice(Math.max(0, submitted.length - SUBMITTERS * COUNTED));
    const allocateAll = (queue: { id: string; version: number }[]) =>
      Promise.all(
        Array.from({ length: SUBMITTERS }, async () => {
          for (let next = queue.shift(); next; next = queue.shift()) await allocateOrder(admin, { orderId: next.id, version: next.version });
        }),
      );
    const timed = submitted.length;
    cpu = cpuNow();
    sent = statements;
    started = performance.now();
    await allocateAll([...submitted]);
    const allocateSeconds = (performance.now() - started) / 1000;
    console.log(`    ${n(timed)} of them allocated by ${SUBMITTERS} workers (stock locked, ALLOCATION movements): ${(timed / allocateSeconds).toFixed(0)} orders/s (${allocateSeconds.toFixed(1)} s; goal ≥ 200/s; load average ${load()})`);
    console.log(`    ${cpuReport(cpu, timed)}`);
    console.log(`    messages sent (round trips): ${((statements - sent) / timed).toFixed(1)} per order`);
    const more = later.length;
    const countedAllocations = more ? await counter.count(more, () => allocateAll(later).then(() => undefined)) : null;
    if (countedAllocations) {
      console.log(
        `    counted by PostgreSQL on ${more} more allocations: ${countedAllocations.statements.toFixed(1)} statements per order (${countedAllocations.transactionControl.toFixed(1)} BEGIN/COMMIT, ${countedAllocations.settings.toFixed(1)} settings), ${countedAllocations.roundTrips.toFixed(1)} round trips`,
      );
    }
  }
  const [check] = (
    await owner.query<{ orders: string; numbers: string; keys: string }>(
      `SELECT count(*) AS orders, count(DISTINCT number) AS numbers, count(DISTINCT "idempotencyKey") AS keys FROM "Order" WHERE "tenantId" = $1 AND id LIKE 'ord_lgdraft%' AND status <> 'DRAFT'`,
      [admin.tenantId],
    )
  ).rows;
  console.log(`    check: ${check?.orders} orders submitted, ${check?.numbers} distinct numbers, ${check?.keys} distinct keys`);
  console.log(`machine: load average ${load()} at the end`);

  await owner.end();
  await counter.close();
  await prisma().$disconnect();
  // runMain's shutdown stops the throwaway database.
});
