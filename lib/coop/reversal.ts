import "server-only";
import { dateToDay } from "@/lib/activities/dates";
import type { SystemCtx } from "@/lib/auth/context";
import { recordAudits, type AuditEntry } from "@/lib/audit/service";
import { lockKey } from "@/lib/db/concurrency";
import type { Tx } from "@/lib/db/scope";
import { Prisma } from "@/lib/generated/prisma/client";
import { creditNoteNumberText } from "@/lib/invoicing/schema";
import { percentOf, roundDiv } from "@/lib/money";
import { eligibleCreditedNet, eligibleNet, type AccruingProgram } from "./eligible";
import { ensureFund } from "./funds";
import { appendEntry, lockFund } from "./ledger";

/**
 * Negative accruals: a credit note that reduces an invoice which accrued co-op (a return, a
 * price correction, a warranty credit) takes back what the program earned on the money
 * credited — an ACCRUAL_REVERSAL entry linked to the note and its invoice, keyed
 * "credit-note:<id>" (unique per fund: replays and two workers at once add nothing). Run by
 * the accrual job after each program's accruals (./accrual.ts), under the fund's row lock.
 *
 * - The base is the eligible net credited: the credited units' net on the program's brand or
 *   family (a line-level note), or the note's net × the invoice's eligible share (an amount
 *   note: eligible net ÷ invoice net). The rate and rounding are the accrual's (half even).
 * - PAID: what the note applies to the invoice's open balance is money the partner will not
 *   pay, which never accrues — nothing to take back. Only the part that went to the partner's
 *   account (the invoice was paid already) returns paid money: base × on account ÷ note total.
 *   That credit, applied later to another invoice, accrues there like a payment.
 * - Never more than the invoice still holds for the program (its accruals − its reversals),
 *   checked under a lock on the (program, invoice) pair.
 * - Notes without an invoice (credit on account) and co-op's own payments by credit note
 *   reverse nothing.
 * - The entry lands in the partner's fund of the note's period, as an accrual lands in its
 *   source's period: it may take "available" below zero (docs/coop.md: owed back).
 */

/** Notes examined per query; the run pages on until none is left. */
const PAGE = 500;

type Note = {
  id: string;
  number: number;
  partnerId: string;
  invoiceId: string;
  issueDate: Date;
  subtotalMinor: bigint;
  totalMinor: bigint;
  onAccountMinor: bigint;
  lineCount: number;
  invoiceNetMinor: bigint;
};

/** Credit notes on invoices that accrued for the program, not reversed for it yet, after note `after`. */
async function pendingNotes(tx: Tx, tenantId: string, program: AccruingProgram, since: string, after: number): Promise<Note[]> {
  const key = Prisma.sql`'credit-note:' || n."id"`;
  return tx.$queryRaw<Note[]>(Prisma.sql`
    SELECT n."id", n."number", n."partnerId", n."invoiceId", n."issueDate", n."subtotalMinor", n."totalMinor",
           COALESCE((n."explanation"->>'onAccountMinor')::bigint, 0)::bigint AS "onAccountMinor",
           jsonb_array_length(n."lines")::int AS "lineCount", i."subtotalMinor" AS "invoiceNetMinor"
      FROM "CreditNote" n
      JOIN "Invoice" i ON i."tenantId" = n."tenantId" AND i."id" = n."invoiceId"
     WHERE n."tenantId" = ${tenantId} AND n."currency" = ${program.currency} AND n."issueDate" >= ${since}::date AND n."number" > ${after}
       ${program.accrualBasis === "PAID" ? Prisma.sql`AND COALESCE((n."explanation"->>'onAccountMinor')::bigint, 0) > 0` : Prisma.empty}
       AND NOT EXISTS (SELECT 1 FROM "CoopClaim" c WHERE c."tenantId" = n."tenantId" AND c."creditNoteId" = n."id")
       AND EXISTS (SELECT 1 FROM "CoopEntry" e JOIN "CoopFund" f ON f."tenantId" = e."tenantId" AND f."id" = e."fundId"
                    WHERE e."tenantId" = ${tenantId} AND e."invoiceId" = n."invoiceId" AND e."kind" = 'ACCRUAL' AND f."programId" = ${program.id})
       AND NOT EXISTS (SELECT 1 FROM "CoopEntry" e JOIN "CoopFund" f ON f."tenantId" = e."tenantId" AND f."id" = e."fundId"
                        WHERE e."tenantId" = ${tenantId} AND f."programId" = ${program.id} AND e."sourceKey" = ${key})
     ORDER BY n."number" LIMIT ${PAGE}`);
}

/** What the invoice still holds for the program: its accruals less what was reversed. */
async function accruedLeft(tx: Tx, tenantId: string, programId: string, invoiceId: string): Promise<bigint> {
  const rows = await tx.$queryRaw<{ left: bigint | null }[]>(Prisma.sql`
    SELECT SUM(CASE WHEN e."kind" = 'ACCRUAL' THEN e."amountMinor" ELSE -e."amountMinor" END)::bigint AS "left"
      FROM "CoopEntry" e JOIN "CoopFund" f ON f."tenantId" = e."tenantId" AND f."id" = e."fundId"
     WHERE e."tenantId" = ${tenantId} AND e."invoiceId" = ${invoiceId} AND f."programId" = ${programId}
       AND e."kind" IN ('ACCRUAL', 'ACCRUAL_REVERSAL')`);
  return rows[0]?.left ? BigInt(rows[0].left) : 0n;
}

/** The eligible net credited (before the PAID share), and how it was found. */
async function creditedBase(tx: Tx, tenantId: string, program: AccruingProgram, note: Note): Promise<{ numerator: bigint; denominator: bigint; explanation: Record<string, string> }> {
  if (note.lineCount > 0) {
    const net = await eligibleCreditedNet(tx, tenantId, program, note.id);
    return { numerator: net, denominator: 1n, explanation: { mode: "lines", eligibleCreditedNetMinor: net.toString() } };
  }
  const eligible = await eligibleNet(tx, tenantId, program, note.invoiceId);
  const invoiceNet = BigInt(note.invoiceNetMinor);
  if (invoiceNet <= 0n) return { numerator: 0n, denominator: 1n, explanation: { mode: "amount" } };
  return {
    numerator: BigInt(note.subtotalMinor) * eligible,
    denominator: invoiceNet,
    explanation: { mode: "amount", creditedNetMinor: note.subtotalMinor.toString(), invoiceEligibleNetMinor: eligible.toString(), invoiceNetMinor: invoiceNet.toString() },
  };
}

/** One program's reversals; returns how many entries were written and what they took back. */
export async function reverseProgram(tx: Tx, ctx: SystemCtx, program: AccruingProgram, since: string): Promise<{ entries: number; amountMinor: bigint }> {
  if (!program.accrualBasis || !program.accrualRate) return { entries: 0, amountMinor: 0n };
  const rate = program.accrualRate.toString();
  let entries = 0;
  let total = 0n;
  const audits: AuditEntry[] = [];
  let after = 0;
  for (;;) {
    const notes = await pendingNotes(tx, ctx.tenantId, program, since, after);
    for (const note of notes) {
      after = note.number;
      const credited = await creditedBase(tx, ctx.tenantId, program, note);
      const paidShare = program.accrualBasis === "PAID" ? { numerator: BigInt(note.onAccountMinor), denominator: BigInt(note.totalMinor) } : { numerator: 1n, denominator: 1n };
      if (paidShare.denominator <= 0n) continue;
      const base = roundDiv(credited.numerator * paidShare.numerator, credited.denominator * paidShare.denominator, "halfEven");
      const computed = percentOf(base, rate, "halfEven");
      if (computed <= 0n) continue;
      // two notes on one invoice (or two workers) queue here, so the cap sees the reversal before it
      await lockKey(tx, `coop-reversal:${ctx.tenantId}:${program.id}:${note.invoiceId}`);
      const made = await ensureFund(tx, ctx.tenantId, program, note.partnerId, dateToDay(note.issueDate));
      const fund = await lockFund(tx, ctx, made.id);
      const sourceKey = `credit-note:${note.id}`;
      const done = await tx.coopEntry.findUnique({ where: { tenantId_fundId_sourceKey: { tenantId: ctx.tenantId, fundId: fund.id, sourceKey } }, select: { id: true } });
      if (done) continue;
      const left = await accruedLeft(tx, ctx.tenantId, program.id, note.invoiceId);
      const amountMinor = computed < left ? computed : left;
      if (amountMinor <= 0n) continue;
      const number = creditNoteNumberText(note.number);
      await appendEntry(tx, ctx, fund, {
        kind: "ACCRUAL_REVERSAL",
        amountMinor,
        sourceKey,
        invoiceId: note.invoiceId,
        creditNoteId: note.id,
        reason: number,
        explanation: {
          basis: program.accrualBasis,
          rate,
          ...credited.explanation,
          ...(program.accrualBasis === "PAID" ? { onAccountMinor: note.onAccountMinor.toString(), creditNoteTotalMinor: note.totalMinor.toString() } : {}),
          baseMinor: base.toString(),
          computedMinor: computed.toString(),
          accruedLeftMinor: left.toString(),
          capped: amountMinor < computed,
          rounding: "half even",
        },
      });
      entries++;
      total += amountMinor;
      audits.push({ action: "coopFund.accrualReversed", entityType: "CoopFund", entityId: fund.id, after: { creditNote: number, invoiceId: note.invoiceId, amountMinor: amountMinor.toString(), baseMinor: base.toString(), capped: amountMinor < computed } });
    }
    if (notes.length < PAGE) break;
  }
  await recordAudits(tx, ctx, audits);
  return { entries, amountMinor: total };
}
