import "server-only";
import { dayToDate, todayIn } from "@/lib/activities/dates";
import { authorize, scopeOf, type PartnerCtx, type TenantCtx, type VendorCtx } from "@/lib/auth/context";
import { withReadScope } from "@/lib/db/read";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { AGING_BUCKETS, type AgingBucket } from "./tax";

/**
 * Receivables: the aging of open balances per partner (current, 1–30, 31–60, 61–90, 90+
 * days past due, on the tenant's today) and a partner's statement for a period: the opening
 * balance, every invoice, payment and credit note of the period, the closing balance. A
 * payment counts when received, whether or not it is applied yet (its unapplied rest is the
 * partner's credit, which lowers the balance).
 */

export type AgingRow = { partnerId: string; partnerName: string; currency: string; buckets: Record<AgingBucket, bigint>; totalMinor: bigint };
export type Aging = { today: string; rows: AgingRow[]; totals: { currency: string; buckets: Record<AgingBucket, bigint>; totalMinor: bigint }[] };

const emptyBuckets = (): Record<AgingBucket, bigint> => Object.fromEntries(AGING_BUCKETS.map((b) => [b, 0n])) as Record<AgingBucket, bigint>;

async function aging(ctx: TenantCtx, partnerId: string | null): Promise<Aging> {
  const today = todayIn(ctx.tenant.timeZone);
  const day = dayToDate(today);
  const rows = await withReadScope(scopeOf(ctx), (tx) =>
    tx.$queryRaw<({ partnerId: string; partnerName: string; currency: string } & Record<AgingBucket, bigint>)[]>`
      SELECT i."partnerId", p."name" AS "partnerName", i."currency",
        COALESCE(SUM(i."balanceMinor") FILTER (WHERE i."dueDate" >= ${day}::date), 0)::bigint AS "current",
        COALESCE(SUM(i."balanceMinor") FILTER (WHERE i."dueDate" < ${day}::date AND i."dueDate" >= ${day}::date - 30), 0)::bigint AS "d1_30",
        COALESCE(SUM(i."balanceMinor") FILTER (WHERE i."dueDate" < ${day}::date - 30 AND i."dueDate" >= ${day}::date - 60), 0)::bigint AS "d31_60",
        COALESCE(SUM(i."balanceMinor") FILTER (WHERE i."dueDate" < ${day}::date - 60 AND i."dueDate" >= ${day}::date - 90), 0)::bigint AS "d61_90",
        COALESCE(SUM(i."balanceMinor") FILTER (WHERE i."dueDate" < ${day}::date - 90), 0)::bigint AS "d90plus"
      FROM "Invoice" i JOIN "Partner" p ON p."tenantId" = i."tenantId" AND p."id" = i."partnerId"
      WHERE i."tenantId" = ${ctx.tenantId} AND i."balanceMinor" > 0 ${partnerId ? Prisma.sql`AND i."partnerId" = ${partnerId}` : Prisma.empty}
      GROUP BY i."partnerId", p."name", i."currency"
      ORDER BY p."name", i."currency"`,
  );
  const result: AgingRow[] = rows.map((r) => {
    const buckets = emptyBuckets();
    for (const b of AGING_BUCKETS) buckets[b] = BigInt(r[b]);
    return { partnerId: r.partnerId, partnerName: r.partnerName, currency: r.currency, buckets, totalMinor: AGING_BUCKETS.reduce((a, b) => a + buckets[b], 0n) };
  });
  const totals = new Map<string, { currency: string; buckets: Record<AgingBucket, bigint>; totalMinor: bigint }>();
  for (const row of result) {
    const total = totals.get(row.currency) ?? { currency: row.currency, buckets: emptyBuckets(), totalMinor: 0n };
    for (const b of AGING_BUCKETS) total.buckets[b] += row.buckets[b];
    total.totalMinor += row.totalMinor;
    totals.set(row.currency, total);
  }
  return { today, rows: result, totals: [...totals.values()] };
}

/** Every partner's open balances by age, and the totals per currency. */
export async function receivablesAging(ctx: VendorCtx): Promise<Aging> {
  authorize(ctx, "invoices.read");
  return aging(ctx, null);
}

/** One partner's open balances by age (the partner 360's receivables). */
export async function partnerAging(ctx: VendorCtx, partnerId: string): Promise<Aging> {
  authorize(ctx, "invoices.read");
  return aging(ctx, partnerId);
}

export type StatementEntry = { date: Date; kind: "INVOICE" | "PAYMENT" | "CREDIT_NOTE"; id: string; reference: string; amountMinor: bigint; balanceMinor: bigint };
export type Statement = { partnerId: string; partnerName: string; currency: string; from: string; to: string; openingMinor: bigint; entries: StatementEntry[]; closingMinor: bigint };

async function statement(ctx: TenantCtx, partnerId: string, currency: string, from: string, to: string): Promise<Statement> {
  return withReadScope(scopeOf(ctx), async (tx) => {
    const partner = await tx.partner.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: partnerId } }, select: { id: true, name: true } });
    if (!partner) throw new AppError("NOT_FOUND");
    const rows = await tx.$queryRaw<{ date: Date; kind: StatementEntry["kind"]; id: string; number: number | null; reference: string | null; amount: bigint }[]>`
      SELECT "issueDate" AS date, 'INVOICE' AS kind, id, number, NULL AS reference, "totalMinor" AS amount
        FROM "Invoice" WHERE "tenantId" = ${ctx.tenantId} AND "partnerId" = ${partnerId} AND currency = ${currency} AND "issueDate" <= ${dayToDate(to)}::date
      UNION ALL
      SELECT "receivedOn", 'PAYMENT', id, NULL, reference, -"amountMinor"
        FROM "Payment" WHERE "tenantId" = ${ctx.tenantId} AND "partnerId" = ${partnerId} AND currency = ${currency} AND "receivedOn" <= ${dayToDate(to)}::date
      UNION ALL
      SELECT "issueDate", 'CREDIT_NOTE', id, number, NULL, -"totalMinor"
        FROM "CreditNote" WHERE "tenantId" = ${ctx.tenantId} AND "partnerId" = ${partnerId} AND currency = ${currency} AND "issueDate" <= ${dayToDate(to)}::date
      ORDER BY 1, 2 DESC, 3`;
    const start = dayToDate(from).getTime();
    let openingMinor = 0n;
    let running = 0n;
    const entries: StatementEntry[] = [];
    for (const row of rows) {
      const amount = BigInt(row.amount);
      running += amount;
      if (row.date.getTime() < start) {
        openingMinor += amount;
        continue;
      }
      const reference = row.kind === "PAYMENT" ? (row.reference ?? "") : `${row.kind === "INVOICE" ? "INV" : "CN"}-${String(row.number).padStart(6, "0")}`;
      entries.push({ date: row.date, kind: row.kind, id: row.id, reference, amountMinor: amount, balanceMinor: running });
    }
    return { partnerId, partnerName: partner.name, currency, from, to, openingMinor, entries, closingMinor: running };
  });
}

/** A partner's statement for a period (days inclusive), in one currency. */
export async function partnerStatement(ctx: VendorCtx, input: { partnerId: string; currency: string; from: string; to: string }): Promise<Statement> {
  authorize(ctx, "invoices.read");
  return statement(ctx, input.partnerId, input.currency, input.from, input.to);
}

/** The partner's own statement. */
export async function ownStatement(ctx: PartnerCtx, input: { currency: string; from: string; to: string }): Promise<Statement> {
  authorize(ctx, "ownInvoices.read");
  return statement(ctx, ctx.partnerId, input.currency, input.from, input.to);
}
