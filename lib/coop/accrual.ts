import "server-only";
import { addDays, dateToDay, todayIn } from "@/lib/activities/dates";
import { authorize, scopeOf, type SystemCtx } from "@/lib/auth/context";
import { recordAudits } from "@/lib/audit/service";
import { withScope, type Tx } from "@/lib/db/scope";
import { Prisma } from "@/lib/generated/prisma/client";
import { percentOf, roundDiv } from "@/lib/money";
import { eligibleNet, hasEligibleLines, type AccruingProgram } from "./eligible";
import { ensureFund } from "./funds";
import { appendEntry, lockFund } from "./ledger";
import { reverseProgram } from "./reversal";

/**
 * Co-op accrual, run by the worker (./jobs.ts): each active co-op program earns its rate on
 * the partner's eligible net purchases — invoice lines (before tax) of the program's brand
 * or family, or all — when the invoice is issued (INVOICED) or, in proportion, when a
 * payment is applied to it (PAID) — or credit on account that was the partner's own money
 * (returned by a credit note on a paid invoice) is applied to it. The entry is linked to its
 * invoice and payment (or credit note) and keyed by its source ("invoice:<id>",
 * "allocation:<id>", "application:<id>"), unique per fund: a replay, a retried job or two
 * workers at once add nothing. A program limited to a tier accrues only for partners holding
 * that tier. Rounding: half to even, once per source. After each program's accruals, its
 * reversals (./reversal.ts): what credit notes took back from invoices that accrued.
 */

/** How far back a run looks for sources that have not accrued yet. */
const LOOKBACK_DAYS = 400;
/** Sources per program and run (the next run continues). */
const BATCH = 500;

type Source = {
  sourceKey: string;
  partnerId: string;
  invoiceId: string;
  paymentId: string | null;
  /** PAID: the credit note whose credit on account paid part of the invoice */
  creditNoteId: string | null;
  day: string;
  shareNumerator: bigint;
  shareDenominator: bigint;
};

/**
 * Invoices (INVOICED), or payment applications and applications of returned money (PAID), of
 * the program's currency with no accrual of this program yet.
 */
async function pendingSources(tx: Tx, tenantId: string, program: AccruingProgram, since: string, timeZone: string, batch: number): Promise<Source[]> {
  const notYet = (key: Prisma.Sql) => Prisma.sql`NOT EXISTS (
    SELECT 1 FROM "CoopEntry" e JOIN "CoopFund" f ON f."tenantId" = e."tenantId" AND f."id" = e."fundId"
     WHERE e."tenantId" = ${tenantId} AND f."programId" = ${program.id} AND e."sourceKey" = ${key})`;
  const tier = program.tierId
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM "PartnerProgram" pp WHERE pp."tenantId" = ${tenantId} AND pp."partnerId" = i."partnerId" AND pp."tierId" = ${program.tierId})`
    : Prisma.empty;
  const eligible = hasEligibleLines(tenantId, program, Prisma.sql`i."id"`);
  if (program.accrualBasis === "INVOICED") {
    const rows = await tx.$queryRaw<{ id: string; partnerId: string; issueDate: Date }[]>(Prisma.sql`
      SELECT i."id", i."partnerId", i."issueDate" FROM "Invoice" i
       WHERE i."tenantId" = ${tenantId} AND i."currency" = ${program.currency} AND i."issueDate" >= ${since}::date ${tier}
         AND ${eligible} AND ${notYet(Prisma.sql`'invoice:' || i."id"`)}
       ORDER BY i."issueDate", i."number" LIMIT ${batch}`);
    return rows.map((r) => ({ sourceKey: `invoice:${r.id}`, partnerId: r.partnerId, invoiceId: r.id, paymentId: null, creditNoteId: null, day: dateToDay(r.issueDate), shareNumerator: 1n, shareDenominator: 1n }));
  }
  const rows = await tx.$queryRaw<{ id: string; partnerId: string; invoiceId: string; paymentId: string; receivedOn: Date; amountMinor: bigint; totalMinor: bigint }[]>(Prisma.sql`
    SELECT a."id", i."partnerId", i."id" AS "invoiceId", p."id" AS "paymentId", p."receivedOn", a."amountMinor", i."totalMinor"
      FROM "PaymentAllocation" a
      JOIN "Invoice" i ON i."tenantId" = a."tenantId" AND i."id" = a."invoiceId"
      JOIN "Payment" p ON p."tenantId" = a."tenantId" AND p."id" = a."paymentId"
     WHERE a."tenantId" = ${tenantId} AND i."currency" = ${program.currency} AND p."receivedOn" >= ${since}::date ${tier}
       AND ${eligible} AND ${notYet(Prisma.sql`'allocation:' || a."id"`)}
     ORDER BY p."receivedOn", a."createdAt", a."id" LIMIT ${batch}`);
  // Money the partner had paid and got back as credit on account (a credit note on an invoice
  // its open balance could not take: ./reversal.ts took back what it had accrued) pays
  // another invoice when finance applies the credit: that is paid money too. Credit that was
  // never the partner's payment — a note with no invoice, co-op's own payment — earns nothing.
  const applied = await tx.$queryRaw<{ id: string; partnerId: string; invoiceId: string; creditNoteId: string; createdAt: Date; amountMinor: bigint; totalMinor: bigint }[]>(Prisma.sql`
    SELECT a."id", i."partnerId", i."id" AS "invoiceId", n."id" AS "creditNoteId", a."createdAt", a."amountMinor", i."totalMinor"
      FROM "CreditApplication" a
      JOIN "CreditNote" n ON n."tenantId" = a."tenantId" AND n."id" = a."creditNoteId"
      JOIN "Invoice" i ON i."tenantId" = a."tenantId" AND i."id" = a."invoiceId"
     WHERE a."tenantId" = ${tenantId} AND i."currency" = ${program.currency} AND a."createdAt" >= ${since}::date ${tier}
       AND n."invoiceId" IS NOT NULL AND n."invoiceId" <> a."invoiceId"
       AND NOT EXISTS (SELECT 1 FROM "CoopClaim" c WHERE c."tenantId" = n."tenantId" AND c."creditNoteId" = n."id")
       AND ${eligible} AND ${notYet(Prisma.sql`'application:' || a."id"`)}
     ORDER BY a."createdAt", a."id" LIMIT ${batch}`);
  const share = (amountMinor: bigint, totalMinor: bigint) => ({ shareNumerator: BigInt(amountMinor), shareDenominator: BigInt(totalMinor) > 0n ? BigInt(totalMinor) : 1n });
  return [
    ...rows.map((r) => ({ sourceKey: `allocation:${r.id}`, partnerId: r.partnerId, invoiceId: r.invoiceId, paymentId: r.paymentId, creditNoteId: null, day: dateToDay(r.receivedOn), ...share(r.amountMinor, r.totalMinor) })),
    ...applied.map((r) => ({ sourceKey: `application:${r.id}`, partnerId: r.partnerId, invoiceId: r.invoiceId, paymentId: null, creditNoteId: r.creditNoteId, day: todayIn(timeZone, r.createdAt), ...share(r.amountMinor, r.totalMinor) })),
  ];
}

export type AccrualRun = {
  /** accruals written and what they add up to */
  entries: number;
  amountMinor: bigint;
  /** reversals written for credit notes (./reversal.ts) and what they took back */
  reversals: number;
  reversedMinor: bigint;
};

/** One tenant's accruals, then the reversals of what credit notes took back; both once per source. */
/** `batch`: sources per program and run (tests make it small). */
export async function accrueTenant(ctx: SystemCtx, now = new Date(), { batch = BATCH }: { batch?: number } = {}): Promise<AccrualRun> {
  authorize(ctx, "coop.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: ctx.tenantId }, select: { timeZone: true } });
    const since = addDays(todayIn(tenant.timeZone, now), -LOOKBACK_DAYS);
    const programs: AccruingProgram[] = await tx.coopProgram.findMany({
      where: { tenantId: ctx.tenantId, kind: "COOP", active: true },
      select: { id: true, name: true, currency: true, period: true, graceDays: true, accrualBasis: true, accrualRate: true, brandId: true, familyId: true, tierId: true },
      orderBy: { createdAt: "asc" },
    });
    let entries = 0;
    let total = 0n;
    let reversals = 0;
    let reversedMinor = 0n;
    const byFund = new Map<string, { entries: number; amountMinor: bigint }>();
    for (const program of programs) {
      if (!program.accrualBasis || !program.accrualRate) continue;
      const rate = program.accrualRate.toString();
      for (const source of await pendingSources(tx, ctx.tenantId, program, since, tenant.timeZone, batch)) {
        const net = await eligibleNet(tx, ctx.tenantId, program, source.invoiceId);
        const base = roundDiv(net * source.shareNumerator, source.shareDenominator, "halfEven");
        const amountMinor = percentOf(base, rate, "halfEven");
        if (amountMinor <= 0n) continue;
        const made = await ensureFund(tx, ctx.tenantId, program, source.partnerId, source.day);
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
          ...(source.creditNoteId ? { creditNoteId: source.creditNoteId } : {}),
          explanation: {
            basis: program.accrualBasis,
            rate,
            eligibleNetMinor: net.toString(),
            baseMinor: base.toString(),
            rounding: "half even",
            ...(source.creditNoteId ? { paidBy: "credit on account", shareMinor: source.shareNumerator.toString(), invoiceTotalMinor: source.shareDenominator.toString() } : {}),
          },
        });
        entries++;
        total += amountMinor;
        const sums = byFund.get(fund.id) ?? { entries: 0, amountMinor: 0n };
        byFund.set(fund.id, { entries: sums.entries + 1, amountMinor: sums.amountMinor + amountMinor });
      }
      // after the program's accruals, so a note on an invoice accrued in this run is reversed in it too
      const reversed = await reverseProgram(tx, ctx, program, since);
      reversals += reversed.entries;
      reversedMinor += reversed.amountMinor;
    }
    await recordAudits(
      tx,
      ctx,
      [...byFund].map(([fundId, sums]) => ({ action: "coopFund.accrued", entityType: "CoopFund", entityId: fundId, after: { entries: sums.entries, amountMinor: sums.amountMinor.toString() } })),
    );
    return { entries, amountMinor: total, reversals, reversedMinor };
  });
}
