/**
 * The partner's order list for `npm run bench -- orders` ((a) and (b) of scripts/bench/orders.ts):
 * the first page with the portal's filters through the real service (`listOwnOrders`, the
 * partner's scope: row-level security), beside the same SQL run as the owner, and the same
 * list on a small book beside a large one.
 *
 * Why the two books are two tenants of one database, measured in turns: the list takes 2-6 ms,
 * and at that size a p95 measured minutes apart — before and after generating the large book —
 * measures the machine's load at the two moments more than the list (the same build gave
 * ratios of 0.69 and 1.92 for one filter in two runs). Alternating one call on each book,
 * every sample of both sees the same machine, so the ratio is the books' difference alone.
 */
import type pg from "pg";
import type { PartnerCtx } from "@/lib/auth/context";
import { count as n, loadAverage as load, ms } from "./format";
import { cpuNow, cpuSince } from "./process-cpu";

/** One partner's portal on a generated book. */
export type ListBook = { label: string; tenantId: string; buyer: PartnerCtx };

type Latency = { p50: number; p95: number };

/** The portal's filters: what a partner asks its list for. */
const FILTERS = [
  { label: "no filter (newest first)", query: {} },
  { label: "status DELIVERED", query: { status: "DELIVERED" } },
  { label: "status ALLOCATED", query: { status: "ALLOCATED" } },
  { label: "status PENDING_APPROVAL by number", query: { status: "PENDING_APPROVAL", sort: { id: "number", desc: true } } },
  { label: "status DELIVERED by number", query: { status: "DELIVERED", sort: { id: "number", desc: true } } },
  { label: "search by number", query: { q: "__NUMBER__" } },
] as const;

const WARM_UP = 5;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const summary = (times: number[]): Latency => {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
};

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

async function latency(samples: number, fn: () => Promise<unknown>): Promise<Latency> {
  for (let i = 0; i < WARM_UP; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < samples; i++) times.push(await timed(fn));
  return summary(times);
}

export function orderListBench(owner: pg.Client, options: { samples: number; explain: boolean }) {
  const { samples } = options;

  /** Each filter's service input, the search taking a real order number of the book's partner. */
  async function inputsOf(book: ListBook) {
    const [{ number } = { number: 1 }] = (
      await owner.query<{ number: number }>(`SELECT number FROM "Order" WHERE "tenantId" = $1 AND "partnerId" = $2 AND number IS NOT NULL ORDER BY md5(id) LIMIT 1`, [
        book.tenantId,
        book.buyer.partnerId,
      ])
    ).rows;
    return FILTERS.map((filter) => ({ label: filter.label, input: "q" in filter.query ? { q: String(number) } : (filter.query as Record<string, unknown>) }));
  }

  async function describe(book: ListBook): Promise<string> {
    const [row] = (
      await owner.query<{ orders: string; lines: string; mine: string }>(
        `SELECT (SELECT count(*) FROM "Order" WHERE "tenantId" = $1) AS orders, (SELECT count(*) FROM "OrderLine" WHERE "tenantId" = $1) AS lines,
                (SELECT count(*) FROM "Order" WHERE "tenantId" = $1 AND "partnerId" = $2) AS mine`,
        [book.tenantId, book.buyer.partnerId],
      )
    ).rows;
    return `${n(Number(row!.orders))} orders, ${n(Number(row!.lines))} order lines in the tenant; the partner measured has ${n(Number(row!.mine))} orders`;
  }

  /** (a) the list through the service beside the same SQL as the owner (no row-level security). */
  async function againstOwner(book: ListBook): Promise<void> {
    const { listOwnOrders } = await import("@/lib/orders/list");
    const { orderListQuery } = await import("@/lib/orders/schema");
    const { countTake } = await import("@/lib/lists/query");
    const { withScope } = await import("@/lib/db/scope");
    const { scopeOf } = await import("@/lib/auth/context");
    console.log(`${book.label}: ${await describe(book)} — ${samples} samples each, load average ${load()}`);
    console.log(`    ${"first page (25 rows and the capped count)".padEnd(42)} ${"service (RLS)".padStart(26)}   ${"owner, no RLS".padStart(26)}   p95 ratio   CPU per call: service (node + pg) | owner (pg)`);
    for (const { label, input } of await inputsOf(book)) {
      const query = { ...orderListQuery.parse({}), ...input } as ReturnType<typeof orderListQuery.parse>;
      const where = [`o."tenantId" = $1`, `o."partnerId" = $2`];
      const params: unknown[] = [book.tenantId, book.buyer.partnerId];
      if (query.status) where.push(`o.status = $${params.push(query.status)}::"OrderStatus"`);
      if (query.q) where.push(`o.number = $${params.push(Number(query.q))}`);
      const sort = query.sort.id === "number" ? `o.number ${query.sort.desc ? "DESC" : "ASC"}, o.id ASC` : `o."createdAt" ${query.sort.desc ? "DESC" : "ASC"}, o.id ASC`;
      const rowsSql = `SELECT o.id, o.number, o.status, o.version, o.currency, o."totalMinor", o."poNumber", o.priority, o."holdKind", o."submittedAt", o."createdAt", p.id AS "partnerId", p.name
                       FROM "Order" o JOIN "Partner" p ON p."tenantId" = o."tenantId" AND p.id = o."partnerId"
                       WHERE ${where.join(" AND ")} ORDER BY ${sort} LIMIT ${query.pageSize} OFFSET 0`;
      // the service's capped count, as lib/orders/list.ts sorts it (newest first: the filter's index)
      const countSql = `SELECT count(*) FROM (SELECT o.id FROM "Order" o WHERE ${where.join(" AND ")} ORDER BY o."createdAt" DESC LIMIT ${countTake(query)}) c`;
      if (options.explain) {
        for (const sql of [rowsSql, countSql]) {
          const plan = await owner.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
          console.log(`-- ${label}, as the owner\n${plan.rows.map((r: Record<string, string>) => r["QUERY PLAN"]).join("\n")}`);
          const scoped = await withScope(scopeOf(book.buyer), (tx) => tx.$queryRawUnsafe<Record<string, string>[]>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, ...params));
          console.log(`-- ${label}, in the partner's scope (row-level security)\n${scoped.map((r) => r["QUERY PLAN"]).join("\n")}`);
        }
      }
      let cpu = cpuNow();
      const service = await latency(samples, () => listOwnOrders(book.buyer, input));
      const serviceCpu = cpuSince(cpu, samples + WARM_UP);
      cpu = cpuNow();
      const raw = await latency(samples, () => Promise.all([owner.query(rowsSql, params), owner.query(countSql, params)]));
      const rawCpu = cpuSince(cpu, samples + WARM_UP);
      console.log(
        `    ${label.padEnd(42)} p50 ${ms(service.p50).padStart(9)} p95 ${ms(service.p95).padStart(9)}   p50 ${ms(raw.p50).padStart(9)} p95 ${ms(raw.p95).padStart(9)}   ${(service.p95 / raw.p95).toFixed(2).padStart(6)}` +
          `      ${serviceCpu.services.toFixed(1)} + ${serviceCpu.database.toFixed(1)} ms | ${rawCpu.database.toFixed(1)} ms`,
      );
    }
  }

  /** (b) the same list on both books, one call on each in turn (the first alternating), so both see the same machine. */
  async function smallAgainstLarge(small: ListBook, large: ListBook): Promise<void> {
    const { listOwnOrders } = await import("@/lib/orders/list");
    console.log(`(b) the same list on two books of one database, one call on each in turn — ${samples} samples each, load average ${load()}:`);
    console.log(`    small: ${await describe(small)}`);
    console.log(`    large: ${await describe(large)}`);
    console.log(
      `    ${"first page (25 rows and the capped count)".padEnd(42)} ${"small book".padStart(26)}   ${"large book".padStart(26)}   ratio p50   p95 (goal p95 ≤ 1.3)   rows on the page, small | large`,
    );
    const [smallInputs, largeInputs] = [await inputsOf(small), await inputsOf(large)];
    for (const [i, { label, input }] of smallInputs.entries()) {
      const calls = [() => listOwnOrders(small.buyer, input), () => listOwnOrders(large.buyer, largeInputs[i]!.input)] as const;
      // the same work on both books, or the ratio measures the page: printed beside it
      const rowsOnPage = (await Promise.all(calls.map((call) => call()))).map((result) => result.rows.length);
      for (let k = 0; k < WARM_UP; k++) for (const call of calls) await call();
      const times: [number[], number[]] = [[], []];
      for (let k = 0; k < samples; k++) {
        const first = k % 2;
        times[first]!.push(await timed(calls[first]!));
        times[1 - first]!.push(await timed(calls[1 - first]!));
      }
      const [s, l] = [summary(times[0]), summary(times[1])];
      console.log(
        `    ${label.padEnd(42)} p50 ${ms(s.p50).padStart(9)} p95 ${ms(s.p95).padStart(9)}   p50 ${ms(l.p50).padStart(9)} p95 ${ms(l.p95).padStart(9)}   ${(l.p50 / s.p50).toFixed(2).padStart(9)}   ${(l.p95 / s.p95).toFixed(2).padStart(4)}` +
          `                  ${rowsOnPage[0]} | ${rowsOnPage[1]}`,
      );
    }
  }

  return { againstOwner, smallAgainstLarge };
}
