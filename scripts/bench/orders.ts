/**
 * `npm run bench -- orders` (optionally `--orders 200000 --small 1700 --partners 2000 --products 2000 --lines 4
 * --samples 100 --submitters 8 --submissions 250`): on a throwaway embedded PostgreSQL with a
 * generated order book (scripts/bench/order-data.ts), prints
 *   (a) a partner's order list, first page with filters, through the real service
 *       (`listOwnOrders`, the partner's scope: row-level security) at `--orders` orders —
 *       server time p50/p95 (goal p95 < 50 ms) — beside the same SQL run directly as the
 *       owner without row-level security, and the ratio;
 *   (b) the same list with ~10 k order lines in the tenant (`--small` orders) and with
 *       ~1 M (`--orders`), two tenants of one database measured in turns (scripts/bench/order-list.ts),
 *       each filter's first page full on both: the ratio of their p95 (goal ≤ 1.3);
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
import { type ListBook, orderListBench } from "./order-list";
import { count as n, loadAverage as load } from "./format";
import { cpuNow, cpuReport } from "./process-cpu";
import { STATEMENT_STATS_FLAGS, statementCounter } from "./statements";

const { values } = parseArgs({
  options: {
    orders: { type: "string", default: "200000" },
    small: { type: "string", default: "1700" },
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

  const log = (line: string) => console.log(line);
  const list = orderListBench(owner, { samples: SAMPLES, explain: values.explain });
  // A book in use has long been vacuumed: without this, the autovacuum of the rows just
  // written (and the hint bits the first readers set) would be measured as the list's cost.
  const settle = () => owner.query(`VACUUM (ANALYZE)`);
  let small: ListBook | null = null;
  if (ONLY !== "submit") {
    // the small book: a tenant of its own in the same database (ids tagged "small"), so that (b) can measure both in turns;
    // its measured partner has half its orders, of the last two months, so that every filter's first page is as full as
    // on the large book — a page of 3 rows beside one of 25 would measure the page, not the book
    started = performance.now();
    const smallAdmin = await createTestTenant({ currency: "USD" });
    const smallBuyer = await createPartnerWithUser(smallAdmin, "PARTNER_ADMIN", { partnerType: "DISTRIBUTOR" });
    await generatePartners(db.ownerUrl, smallAdmin.tenantId, PARTNERS, "small");
    await generatePriceWorld(db.ownerUrl, smallAdmin.tenantId, { products: PRODUCTS, typeLists: 0, partnerIds: [], tag: "small" });
    const counts = await generateOrders(db.ownerUrl, smallAdmin.tenantId, {
      ...book,
      tag: "small",
      anchorPartnerId: smallBuyer.partnerId,
      anchorShare: 0.5,
      months: 2,
      userId: smallAdmin.user.id,
      count: SMALL,
      log: () => undefined,
    });
    small = { label: "small book", tenantId: smallAdmin.tenantId, buyer: smallBuyer };
    console.log(`generated the small book in a tenant of its own: ${n(counts.orders)} orders, ${n(counts.lines)} lines in ${((performance.now() - started) / 1000).toFixed(1)} s (load average ${load()})`);
  }
  started = performance.now();
  const large = await generateOrders(db.ownerUrl, admin.tenantId, { ...book, count: ORDERS, log });
  await settle();
  console.log(
    `generated ${n(large.orders)} orders, ${n(large.lines)} lines, ${n(large.events)} timeline entries, ${n(large.shipments)} shipments, ${n(large.shipmentLines)} shipment lines and ${n(large.movements)} stock movements in ${((performance.now() - started) / 1000).toFixed(1)} s, vacuumed (load average ${load()})`,
  );
  if (small) {
    const largeBook: ListBook = { label: "(a) large book (goal: service p95 < 50 ms)", tenantId: admin.tenantId, buyer };
    await list.againstOwner(largeBook);
    await list.smallAgainstLarge(small, largeBook);
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
