import "server-only";
import { dayToDate, todayIn } from "@/lib/activities/dates";
import { authorize, scopeOf, type PartnerCtx, type TenantCtx, type VendorCtx } from "@/lib/auth/context";
import { withReadScope } from "@/lib/db/read";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { noteCreditSql } from "./credit-applications";
import { AGING_BUCKETS, type AgingBucket } from "./tax";

/**
 * Receivables: the aging of open balances per partner (current, 1–30, 31–60, 61–90, 90+
 * days past due, on the tenant's today) and a partner's statement for a period: the opening
 * balance, every invoice, payment and credit note of the period, the closing balance. A
 * payment counts when received and a credit note when issued, whether or not they are applied
 * yet (their unapplied rest is the partner's credit, which lowers the balance — below zero
 * when the partner has more credit than it owes). Applying credit moves nothing here.
 */

/**
 * `totalMinor`: the open balances (the buckets' sum); `creditMinor`: unapplied credit on the
 * account (payments and credit notes not applied yet); `netMinor` = total − credit, negative
 * when the partner has more credit than it owes.
 */
export type AgingFigures = { buckets: Record<AgingBucket, bigint>; totalMinor: bigint; creditMinor: bigint; netMinor: bigint };
export type AgingRow = { partnerId: string; partnerName: string; currency: string } & AgingFigures;
export type Aging = { today: string; rows: AgingRow[]; totals: ({ currency: string } & AgingFigures)[] };

const emptyBuckets = (): Record<AgingBucket, bigint> => Object.fromEntries(AGING_BUCKETS.map((b) => [b, 0n])) as Record<AgingBucket, bigint>;

async function aging(ctx: TenantCtx, partnerId: string | null): Promise<Aging> {
  const today = todayIn(ctx.tenant.timeZone);
  const day = dayToDate(today);
  const onePartner = (column: Prisma.Sql) => (partnerId ? Prisma.sql`AND ${column} = ${partnerId}` : Prisma.empty);
  const rows = await withReadScope(scopeOf(ctx), (tx) =>
    tx.$queryRaw<({ partnerId: string; partnerName: string; currency: string; credit: bigint } & Record<AgingBucket, bigint>)[]>`
      WITH open AS (
        SELECT i."partnerId", i."currency",
          COALESCE(SUM(i."balanceMinor") FILTER (WHERE i."dueDate" >= ${day}::date), 0)::bigint AS "current",
          COALESCE(SUM(i."balanceMinor") FILTER (WHERE i."dueDate" < ${day}::date AND i."dueDate" >= ${day}::date - 30), 0)::bigint AS "d1_30",
          COALESCE(SUM(i."balanceMinor") FILTER (WHERE i."dueDate" < ${day}::date - 30 AND i."dueDate" >= ${day}::date - 60), 0)::bigint AS "d31_60",
          COALESCE(SUM(i."balanceMinor") FILTER (WHERE i."dueDate" < ${day}::date - 60 AND i."dueDate" >= ${day}::date - 90), 0)::bigint AS "d61_90",
          COALESCE(SUM(i."balanceMinor") FILTER (WHERE i."dueDate" < ${day}::date - 90), 0)::bigint AS "d90plus"
        FROM "Invoice" i
        WHERE i."tenantId" = ${ctx.tenantId} AND i."balanceMinor" > 0 ${onePartner(Prisma.sql`i."partnerId"`)}
        GROUP BY i."partnerId", i."currency"
      ), credit AS (
        SELECT "partnerId", "currency", SUM("left")::bigint AS "credit" FROM (
          SELECT "partnerId", "currency", "amountMinor" - "appliedMinor" AS "left" FROM "Payment"
            WHERE "tenantId" = ${ctx.tenantId} AND "amountMinor" > "appliedMinor" ${onePartner(Prisma.sql`"partnerId"`)}
          UNION ALL
          SELECT "partnerId", "currency", "leftMinor" FROM ${noteCreditSql(ctx.tenantId, partnerId)} n WHERE "leftMinor" > 0
        ) c GROUP BY "partnerId", "currency"
      )
      SELECT COALESCE(o."partnerId", c."partnerId") AS "partnerId", p."name" AS "partnerName", COALESCE(o."currency", c."currency") AS "currency",
        COALESCE(o."current", 0)::bigint AS "current", COALESCE(o."d1_30", 0)::bigint AS "d1_30", COALESCE(o."d31_60", 0)::bigint AS "d31_60",
        COALESCE(o."d61_90", 0)::bigint AS "d61_90", COALESCE(o."d90plus", 0)::bigint AS "d90plus", COALESCE(c."credit", 0)::bigint AS "credit"
      FROM open o FULL JOIN credit c ON c."partnerId" = o."partnerId" AND c."currency" = o."currency"
      JOIN "Partner" p ON p."tenantId" = ${ctx.tenantId} AND p."id" = COALESCE(o."partnerId", c."partnerId")
      ORDER BY p."name", 1, 3`,
  );
  const result: AgingRow[] = rows.map((r) => {
    const buckets = emptyBuckets();
    for (const b of AGING_BUCKETS) buckets[b] = BigInt(r[b]);
    const totalMinor = AGING_BUCKETS.reduce((a, b) => a + buckets[b], 0n);
    const creditMinor = BigInt(r.credit);
    return { partnerId: r.partnerId, partnerName: r.partnerName, currency: r.currency, buckets, totalMinor, creditMinor, netMinor: totalMinor - creditMinor };
  });
  const totals = new Map<string, { currency: string } & AgingFigures>();
  for (const row of result) {
    const total = totals.get(row.currency) ?? { currency: row.currency, buckets: emptyBuckets(), totalMinor: 0n, creditMinor: 0n, netMinor: 0n };
    for (const b of AGING_BUCKETS) total.buckets[b] += row.buckets[b];
    total.totalMinor += row.totalMinor;
    total.creditMinor += row.creditMinor;
    total.netMinor += row.netMinor;
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
/**
 * `creditMinor`: the credit on the partner's account today in this currency (payments and
 * credit notes not applied to invoices yet), whatever the period — what the partner can
 * still use against invoices; `openMinor`: what its invoices still owe today.
 */
export type Statement = { partnerId: string; partnerName: string; currency: string; from: string; to: string; openingMinor: bigint; entries: StatementEntry[]; closingMinor: bigint; openMinor: bigint; creditMinor: bigint };

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
    const [now] = await tx.$queryRaw<{ open: bigint; credit: bigint }[]>`
      SELECT
        (SELECT COALESCE(SUM("balanceMinor"), 0) FROM "Invoice" WHERE "tenantId" = ${ctx.tenantId} AND "partnerId" = ${partnerId} AND currency = ${currency})::bigint AS open,
        ((SELECT COALESCE(SUM("amountMinor" - "appliedMinor"), 0) FROM "Payment" WHERE "tenantId" = ${ctx.tenantId} AND "partnerId" = ${partnerId} AND currency = ${currency})
          + (SELECT COALESCE(SUM("leftMinor"), 0) FROM ${noteCreditSql(ctx.tenantId, partnerId)} n WHERE currency = ${currency}))::bigint AS credit`;
    return { partnerId, partnerName: partner.name, currency, from, to, openingMinor, entries, closingMinor: running, openMinor: BigInt(now!.open), creditMinor: BigInt(now!.credit) };
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
