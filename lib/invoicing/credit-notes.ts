import "server-only";
import { dayToDate, todayIn } from "@/lib/activities/dates";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { withScope, type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import { lockInvoices, moveBalance } from "./balance";
import { post } from "./journal";
import { amountText, invoiceLink, publishInvoiceEvent, unsafeInvoiceReadersOf } from "./notify";
import { amountIn, creditNoteNumberText, invoiceNumberText, type CreditNoteInput } from "./schema";
import { nextNumber } from "./sequence";
import { settingsOf } from "./settings";
import { splitGross, totalsOf, type Totals } from "./tax";

/**
 * A credit note against one invoice, for an amount (tax included, split across the invoice's
 * rates) or for units of its lines (each line's unit price, tax per rate as on an invoice,
 * never more units than were invoiced and not yet credited). It may take at most the
 * invoice's open balance (CREDIT_OVER_BALANCE), checked under the invoice's row lock. The
 * journal posts credit notes (contra revenue) and tax payable against receivables.
 */

const fieldError = (field: string, key: string) => new AppError("VALIDATION_FAILED", { fields: { [field]: [key] } });

type CreditedLine = { invoiceLineId: string; sku: string; name: string; quantity: number; unitPriceMinor: string; netMinor: string };

export type IssuedCreditNote = { creditNoteId: string; number: number; totalMinor: bigint; balanceMinor: bigint };

export async function issueCreditNote(ctx: VendorCtx, input: CreditNoteInput): Promise<IssuedCreditNote> {
  authorize(ctx, "invoices.manage");
  return withScope(scopeOf(ctx), (tx) => issueCreditNoteInTx(tx, ctx, input));
}

/**
 * The same inside the caller's transaction, for a module whose own step pays money back through
 * receivables (a co-op claim, lib/coop/pay.ts; a credited warranty claim, lib/warranties/credit.ts):
 * the caller has authorised that step, and the note, its journal posting and the step commit
 * together or not at all.
 */
export async function issueCreditNoteInTx(tx: Tx, ctx: VendorCtx, input: CreditNoteInput): Promise<IssuedCreditNote> {
  const invoice = (await lockInvoices(tx, ctx.tenantId, [input.invoiceId])).get(input.invoiceId);
  if (!invoice) throw new AppError("NOT_FOUND");
  const invoiceLines = await tx.invoiceLine.findMany({
    where: { tenantId: ctx.tenantId, invoiceId: invoice.id },
    select: { id: true, sku: true, name: true, quantity: true, unitPriceMinor: true, netMinor: true, taxRateBp: true },
    orderBy: { position: "asc" },
  });
  let totals: Totals;
  const credited: CreditedLine[] = [];
  if (input.amount) {
    const gross = amountIn(input.amount, invoice.currency);
    if (gross === null || gross <= 0n) throw fieldError("amount", "invoicing.validation.amount");
    totals = splitGross(gross, totalsOf(invoiceLines).groups);
  } else {
    const earlier = await tx.creditNote.findMany({ where: { tenantId: ctx.tenantId, invoiceId: invoice.id }, select: { lines: true } });
    const already = new Map<string, number>();
    for (const note of earlier) for (const line of note.lines as CreditedLine[]) already.set(line.invoiceLineId, (already.get(line.invoiceLineId) ?? 0) + line.quantity);
    const chosen: { netMinor: bigint; taxRateBp: number }[] = [];
    input.lines.forEach((wanted, i) => {
      if (wanted.quantity === 0) return;
      const line = invoiceLines.find((l) => l.id === wanted.invoiceLineId);
      if (!line) throw new AppError("NOT_FOUND");
      if (wanted.quantity > line.quantity - (already.get(line.id) ?? 0)) throw fieldError(`lines.${i}.quantity`, "invoicing.validation.overCredit");
      already.set(line.id, (already.get(line.id) ?? 0) + wanted.quantity);
      const netMinor = line.unitPriceMinor * BigInt(wanted.quantity);
      chosen.push({ netMinor, taxRateBp: line.taxRateBp });
      credited.push({ invoiceLineId: line.id, sku: line.sku, name: line.name, quantity: wanted.quantity, unitPriceMinor: line.unitPriceMinor.toString(), netMinor: netMinor.toString() });
    });
    totals = totalsOf(chosen);
  }
  if (totals.totalMinor > invoice.balanceMinor) throw new AppError("CREDIT_OVER_BALANCE", { params: { left: amountText(invoice.balanceMinor, invoice.currency) } });
  const settings = await settingsOf(tx, ctx.tenantId);
  const day = todayIn(ctx.tenant.timeZone);
  const explanation = {
    mode: input.amount ? "amount" : "lines",
    tax: totals.groups.map((g) => ({ rateBp: g.rateBp, baseMinor: g.baseMinor.toString(), taxMinor: g.taxMinor.toString() })),
    rule: input.amount ? "net = gross × 10000 / (10000 + rate), half away from zero; tax = gross − net" : "tax per rate on the credited nets, half away from zero",
    balanceBeforeMinor: invoice.balanceMinor.toString(),
  };
  const creditNoteId = createId("creditNote");
  const number = await nextNumber(tx, ctx.tenantId, "CREDIT_NOTE");
  await tx.creditNote.create({
    data: {
      id: creditNoteId,
      tenantId: ctx.tenantId,
      partnerId: invoice.partnerId,
      invoiceId: invoice.id,
      number,
      issueDate: dayToDate(day),
      currency: invoice.currency,
      subtotalMinor: totals.subtotalMinor,
      taxMinor: totals.taxMinor,
      totalMinor: totals.totalMinor,
      reason: input.reason,
      lines: credited,
      explanation,
      createdByUserId: ctx.user.id,
      createdByName: ctx.user.name,
    },
    select: { id: true },
  });
  const after = await moveBalance(tx, invoice, { creditedMinor: totals.totalMinor });
  await post(tx, {
    tenantId: ctx.tenantId,
    partnerId: invoice.partnerId,
    partnerName: (await tx.partner.findUniqueOrThrow({ where: { tenantId_id: { tenantId: ctx.tenantId, id: invoice.partnerId } }, select: { name: true } })).name,
    postingId: creditNoteId,
    sourceType: "CREDIT_NOTE",
    entryDate: dayToDate(day),
    currency: invoice.currency,
    reference: creditNoteNumberText(number),
    lines: [
      { account: settings.creditNotesAccount, debitMinor: totals.subtotalMinor },
      { account: settings.taxPayableAccount, debitMinor: totals.taxMinor },
      { account: settings.receivablesAccount, creditMinor: totals.totalMinor },
    ],
  });
  await recordAudit(tx, ctx, {
    action: "creditNote.issued",
    entityType: "Invoice",
    entityId: invoice.id,
    before: { balanceMinor: invoice.balanceMinor.toString() },
    after: { creditNote: creditNoteNumberText(number), totalMinor: totals.totalMinor.toString(), reason: input.reason, balanceMinor: after.balanceMinor.toString() },
  });
  await publishInvoiceEvent(tx, {
    tenantId: ctx.tenantId,
    type: "creditNote.issued",
    userIds: await unsafeInvoiceReadersOf(tx, ctx.tenantId, invoice.partnerId),
    link: invoiceLink(ctx.tenant, "partner", invoice.id),
    params: { creditNote: creditNoteNumberText(number), invoice: invoiceNumberText(invoice.number), total: amountText(totals.totalMinor, invoice.currency), reason: input.reason, tenant: ctx.tenant.name },
  });
  return { creditNoteId, number, totalMinor: totals.totalMinor, balanceMinor: after.balanceMinor };
}
