import "server-only";
import { addDays, dateToDay, todayIn } from "@/lib/activities/dates";
import { authorize, scopeOf, type SystemCtx } from "@/lib/auth/context";
import { recordAudits } from "@/lib/audit/service";
import { withScope, type Tx } from "@/lib/db/scope";
import { Prisma } from "@/lib/generated/prisma/client";
import { percentOf, roundDiv } from "@/lib/money";
import { ensureFund } from "./funds";
import { appendEntry, lockFund } from "./ledger";

/**
 * Co-op accrual, run by the worker (./jobs.ts): each active co-op program earns its rate on
 * the partner's eligible net purchases — invoice lines (before tax) of the program's brand
 * or family, or all — when the invoice is issued (INVOICED) or, in proportion, when a
 * payment is applied to it (PAID). The entry is linked to its invoice or payment and keyed
 * by its source ("invoice:<id>", "allocation:<id>"), unique per fund: a replay, a retried
 * job or two workers at once add nothing. A program limited to a tier accrues only for
 * partners holding that tier. Rounding: half to even, once per source.
 */

/** How far back a run looks for sources that have not accrued yet. */
const LOOKBACK_DAYS = 400;
/** Sources per program and run (the next run continues). */
const BATCH = 500;

type Program = {
  id: string;
  name: string;
  currency: string;
  period: "QUARTER" | "YEAR";
  graceDays: number;
  accrualBasis: "INVOICED" | "PAID" | null;
  accrualRate: Prisma.Decimal | null;
  brandId: string | null;
  familyId: string | null;
  tierId: string | null;
};

type Source = { sourceKey: string; partnerId: string; invoiceId: string; paymentId: string | null; day: Date; shareNumerator: bigint; shareDenominator: bigint };

/** The invoice's net (before tax) of lines the program applies to. */
async function eligibleNet(tx: Tx, tenantId: string, program: Program, invoiceId: string): Promise<bigint> {
  const rows = await tx.$queryRaw<{ net: bigint | null }[]>(Prisma.sql`
    SELECT SUM(l."netMinor")::bigint AS "net"
      FROM "InvoiceLine" l
      JOIN "OrderLine" o ON o."tenantId" = l."tenantId" AND o."id" = l."orderLineId"
      JOIN "Product" p ON p."tenantId" = o."tenantId" AND p."id" = o."productId"
     WHERE l."tenantId" = ${tenantId} AND l."invoiceId" = ${invoiceId}
       ${program.brandId ? Prisma.sql`AND p."brandId" = ${program.brandId}` : Prisma.empty}
       ${program.familyId ? Prisma.sql`AND p."familyId" = ${program.familyId}` : Prisma.empty}`);
  return rows[0]?.net ? BigInt(rows[0].net) : 0n;
}

/** Invoices (INVOICED) or payment applications (PAID) of the program's currency with no accrual of this program yet. */
async function pendingSources(tx: Tx, tenantId: string, program: Program, since: string): Promise<Source[]> {
  const notYet = (key: Prisma.Sql) => Prisma.sql`NOT EXISTS (
    SELECT 1 FROM "CoopEntry" e JOIN "CoopFund" f ON f."tenantId" = e."tenantId" AND f."id" = e."fundId"
     WHERE e."tenantId" = ${tenantId} AND f."programId" = ${program.id} AND e."sourceKey" = ${key})`;
  const tier = program.tierId
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM "PartnerProgram" pp WHERE pp."tenantId" = ${tenantId} AND pp."partnerId" = i."partnerId" AND pp."tierId" = ${program.tierId})`
    : Prisma.empty;
  if (program.accrualBasis === "INVOICED") {
    const rows = await tx.$queryRaw<{ id: string; partnerId: string; issueDate: Date }[]>(Prisma.sql`
      SELECT i."id", i."partnerId", i."issueDate" FROM "Invoice" i
       WHERE i."tenantId" = ${tenantId} AND i."currency" = ${program.currency} AND i."issueDate" >= ${since}::date ${tier}
         AND ${notYet(Prisma.sql`'invoice:' || i."id"`)}
       ORDER BY i."issueDate", i."number" LIMIT ${BATCH}`);
    return rows.map((r) => ({ sourceKey: `invoice:${r.id}`, partnerId: r.partnerId, invoiceId: r.id, paymentId: null, day: r.issueDate, shareNumerator: 1n, shareDenominator: 1n }));
  }
  const rows = await tx.$queryRaw<{ id: string; partnerId: string; invoiceId: string; paymentId: string; receivedOn: Date; amountMinor: bigint; totalMinor: bigint }[]>(Prisma.sql`
    SELECT a."id", i."partnerId", i."id" AS "invoiceId", p."id" AS "paymentId", p."receivedOn", a."amountMinor", i."totalMinor"
      FROM "PaymentAllocation" a
      JOIN "Invoice" i ON i."tenantId" = a."tenantId" AND i."id" = a."invoiceId"
      JOIN "Payment" p ON p."tenantId" = a."tenantId" AND p."id" = a."paymentId"
     WHERE a."tenantId" = ${tenantId} AND i."currency" = ${program.currency} AND p."receivedOn" >= ${since}::date ${tier}
       AND ${notYet(Prisma.sql`'allocation:' || a."id"`)}
     ORDER BY p."receivedOn", a."createdAt", a."id" LIMIT ${BATCH}`);
  return rows.map((r) => ({
    sourceKey: `allocation:${r.id}`,
    partnerId: r.partnerId,
    invoiceId: r.invoiceId,
    paymentId: r.paymentId,
    day: r.receivedOn,
    shareNumerator: BigInt(r.amountMinor),
    shareDenominator: BigInt(r.totalMinor) > 0n ? BigInt(r.totalMinor) : 1n,
  }));
}

/** One tenant's accruals; returns how many entries were written and how much they add up to. */
export async function accrueTenant(ctx: SystemCtx, now = new Date()): Promise<{ entries: number; amountMinor: bigint }> {
  authorize(ctx, "coop.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: ctx.tenantId }, select: { timeZone: true } });
    const since = addDays(todayIn(tenant.timeZone, now), -LOOKBACK_DAYS);
    const programs: Program[] = await tx.coopProgram.findMany({
      where: { tenantId: ctx.tenantId, kind: "COOP", active: true },
      select: { id: true, name: true, currency: true, period: true, graceDays: true, accrualBasis: true, accrualRate: true, brandId: true, familyId: true, tierId: true },
      orderBy: { createdAt: "asc" },
    });
    let entries = 0;
    let total = 0n;
    const byFund = new Map<string, { entries: number; amountMinor: bigint }>();
    for (const program of programs) {
      if (!program.accrualBasis || !program.accrualRate) continue;
      const rate = program.accrualRate.toString();
      for (const source of await pendingSources(tx, ctx.tenantId, program, since)) {
        const net = await eligibleNet(tx, ctx.tenantId, program, source.invoiceId);
        const base = roundDiv(net * source.shareNumerator, source.shareDenominator, "halfEven");
        const amountMinor = percentOf(base, rate, "halfEven");
        if (amountMinor <= 0n) continue;
        const made = await ensureFund(tx, ctx.tenantId, program, source.partnerId, dateToDay(source.day));
        const fund = await lockFund(tx, ctx, made.id);
        // two runs at once: the second waits for the fund's lock, then finds the first's entry
        const done = await tx.coopEntry.findUnique({ where: { tenantId_fundId_sourceKey: { tenantId: ctx.tenantId, fundId: fund.id, sourceKey: source.sourceKey } }, select: { id: true } });
        if (done) continue;
        await appendEntry(tx, ctx, fund, {
          kind: "ACCRUAL",
          amountMinor,
          sourceKey: source.sourceKey,
          invoiceId: source.invoiceId,
          ...(source.paymentId ? { paymentId: source.paymentId } : {}),
          explanation: { basis: program.accrualBasis, rate, eligibleNetMinor: net.toString(), baseMinor: base.toString(), rounding: "half even" },
        });
        entries++;
        total += amountMinor;
        const sums = byFund.get(fund.id) ?? { entries: 0, amountMinor: 0n };
        byFund.set(fund.id, { entries: sums.entries + 1, amountMinor: sums.amountMinor + amountMinor });
      }
    }
    await recordAudits(
      tx,
      ctx,
      [...byFund].map(([fundId, sums]) => ({ action: "coopFund.accrued", entityType: "CoopFund", entityId: fundId, after: { entries: sums.entries, amountMinor: sums.amountMinor.toString() } })),
    );
    return { entries, amountMinor: total };
  });
}
