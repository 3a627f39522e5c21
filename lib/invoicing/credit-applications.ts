import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { lockKey, lockRow } from "@/lib/db/concurrency";
import { withScope, type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { createId } from "@/lib/ids";
import { lockInvoices, moveBalance, type LockedInvoice } from "./balance";
import { amountText } from "./notify";
import { amountsOf } from "./payments";
import { creditNoteNumberText, invoiceNumberText, type ApplyCreditInput } from "./schema";

/**
 * Credit on account (docs/invoicing.md, Credit on account): what a credit note has not
 * applied to invoices is money the partner may use against later ones. It is never stored:
 * `totalMinor − Σ CreditApplication.amountMinor`, read under the note's row lock whenever it
 * is spent. Applying credit settles an invoice (its `creditedMinor` mirror moves with its
 * balance) and posts nothing to the journal — the note posted contra revenue and tax
 * against receivables when it was issued.
 */

export type CreditApplied = { invoiceId: string; number: number; amountMinor: bigint };
export type CreditResult = { creditNoteId: string; appliedMinor: bigint; leftMinor: bigint; applied: CreditApplied[] };

/** Who applied the credit (a person, or the system for a note's own invoice). */
type Applier = { tenantId: string; userId: string | null; name: string };

export type LockedCreditNote = {
  id: string;
  tenantId: string;
  partnerId: string;
  number: number;
  currency: string;
  totalMinor: bigint;
  leftMinor: bigint;
};

/**
 * The unapplied part of every credit note of a tenant (optionally one partner), as a sub-query
 * with the columns "id", "partnerId", "currency", "number", "issueDate", "totalMinor",
 * "leftMinor" — one definition for the account, the balances, the aging and the statement.
 */
export function noteCreditSql(tenantId: string, partnerId: string | null): Prisma.Sql {
  const partner = partnerId ? Prisma.sql`AND c."partnerId" = ${partnerId}` : Prisma.empty;
  return Prisma.sql`(
    SELECT c."id", c."partnerId", c."currency", c."number", c."issueDate", c."totalMinor",
           c."totalMinor" - COALESCE((SELECT SUM(a."amountMinor") FROM "CreditApplication" a WHERE a."tenantId" = c."tenantId" AND a."creditNoteId" = c."id"), 0) AS "leftMinor"
      FROM "CreditNote" c WHERE c."tenantId" = ${tenantId} ${partner}
  )`;
}

/** Locks a credit note and reads what it has left (its applications after the lock). */
export async function lockCreditNote(tx: Tx, tenantId: string, id: string): Promise<LockedCreditNote> {
  await lockRow(tx, "CreditNote", { tenantId, id });
  const note = await tx.creditNote.findUniqueOrThrow({
    where: { tenantId_id: { tenantId, id } },
    select: {
      id: true,
      tenantId: true,
      partnerId: true,
      number: true,
      currency: true,
      totalMinor: true,
      applications: { select: { amountMinor: true } },
    },
  });
  const { applications, ...rest } = note;
  return { ...rest, leftMinor: note.totalMinor - applications.reduce((a, x) => a + x.amountMinor, 0n) };
}

/**
 * Writes one application of a locked note to a locked invoice of its partner and currency,
 * and moves the invoice's balance. The caller checked both amounts.
 */
export async function writeCreditApplication(
  tx: Tx,
  by: Applier,
  note: { id: string; partnerId: string },
  invoice: LockedInvoice,
  amountMinor: bigint,
  requestKey: string | null,
): Promise<LockedInvoice> {
  await tx.creditApplication.create({
    data: {
      id: createId("creditApplication"),
      tenantId: by.tenantId,
      partnerId: note.partnerId,
      creditNoteId: note.id,
      invoiceId: invoice.id,
      amountMinor,
      requestKey,
      createdByUserId: by.userId,
      createdByName: by.name,
    },
    select: { id: true },
  });
  return moveBalance(tx, invoice, { creditedMinor: amountMinor });
}

/** The applications one request (its key) wrote, as the first request answered. */
async function appliedWith(tx: Tx, tenantId: string, requestKey: string): Promise<CreditResult | null> {
  const rows = await tx.creditApplication.findMany({
    where: { tenantId, requestKey },
    orderBy: { createdAt: "asc" },
    select: { creditNoteId: true, invoiceId: true, amountMinor: true, invoice: { select: { number: true } } },
  });
  if (!rows.length) return null;
  const note = await lockCreditNote(tx, tenantId, rows[0]!.creditNoteId);
  const applied = rows.map((r) => ({ invoiceId: r.invoiceId, number: r.invoice.number, amountMinor: r.amountMinor }));
  return {
    creditNoteId: note.id,
    appliedMinor: applied.reduce((a, x) => a + x.amountMinor, 0n),
    leftMinor: note.leftMinor,
    applied,
  };
}

/**
 * Applies what a credit note has left to invoices of its partner (finance, `invoices.manage`
 * — the permission that applies payments). Under the note's row lock, then its invoices' in
 * id order (as payments): each application is checked after the locks against what the
 * invoice still owes and what the note has left (OVER_APPLICATION, nothing applied), the
 * currency (CURRENCY_MISMATCH) and the partner (another partner's or tenant's invoice or note:
 * NOT_FOUND). Two applications of the same credit racing each other never exceed it: the
 * second waits on the note's lock and reads the first's rows. Once per idempotency key.
 */
export async function applyCreditToInvoice(ctx: VendorCtx, input: ApplyCreditInput): Promise<CreditResult> {
  authorize(ctx, "invoices.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    await lockKey(tx, `credit-apply:${ctx.tenantId}:${input.idempotencyKey}`);
    const replay = await appliedWith(tx, ctx.tenantId, input.idempotencyKey);
    if (replay) return replay;
    const note = await lockCreditNote(tx, ctx.tenantId, input.creditNoteId);
    const amounts = amountsOf(input.applications, note.currency);
    if (!amounts.length)
      throw new AppError("VALIDATION_FAILED", { fields: { applications: ["invoicing.validation.amount"] } });
    const invoices = await lockInvoices(
      tx,
      ctx.tenantId,
      amounts.map((a) => a.invoiceId),
    );
    const by: Applier = { tenantId: ctx.tenantId, userId: ctx.user.id, name: ctx.user.name };
    let left = note.leftMinor;
    const applied: CreditApplied[] = [];
    for (const application of amounts) {
      const invoice = invoices.get(application.invoiceId);
      // another partner's invoice is as unknown as another tenant's
      if (!invoice || invoice.partnerId !== note.partnerId) throw new AppError("NOT_FOUND");
      if (invoice.currency !== note.currency)
        throw new AppError("CURRENCY_MISMATCH", { params: { left: note.currency, right: invoice.currency } });
      if (application.amountMinor > invoice.balanceMinor) {
        throw new AppError("OVER_APPLICATION", {
          params: {
            what: "invoice",
            invoice: invoiceNumberText(invoice.number),
            left: amountText(invoice.balanceMinor, invoice.currency),
          },
        });
      }
      if (application.amountMinor > left)
        throw new AppError("OVER_APPLICATION", {
          params: { what: "credit", invoice: "", left: amountText(left, note.currency) },
        });
      invoices.set(
        invoice.id,
        await writeCreditApplication(tx, by, note, invoice, application.amountMinor, input.idempotencyKey),
      );
      left -= application.amountMinor;
      applied.push({ invoiceId: invoice.id, number: invoice.number, amountMinor: application.amountMinor });
    }
    const appliedMinor = applied.reduce((a, x) => a + x.amountMinor, 0n);
    await recordAudit(tx, ctx, {
      action: "creditNote.applied",
      entityType: "CreditNote",
      entityId: note.id,
      before: { leftMinor: note.leftMinor.toString() },
      after: {
        creditNote: creditNoteNumberText(note.number),
        leftMinor: left.toString(),
        applied: applied.map((a) => ({
          invoice: invoiceNumberText(a.number),
          invoiceId: a.invoiceId,
          amountMinor: a.amountMinor.toString(),
        })),
      },
    });
    return { creditNoteId: note.id, appliedMinor, leftMinor: left, applied };
  });
}
