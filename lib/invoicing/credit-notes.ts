import "server-only";
import { dayToDate, todayIn } from "@/lib/activities/dates";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { withScope, type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import { lockInvoices, type LockedInvoice } from "./balance";
import { writeCreditApplication } from "./credit-applications";
import { post } from "./journal";
import { amountText, invoiceLink, publishInvoiceEvent, unsafeInvoiceReadersOf } from "./notify";
import { amountIn, creditNoteNumberText, invoiceNumberText, type CreditNoteInput } from "./schema";
import { nextNumber } from "./sequence";
import { settingsOf } from "./settings";
import { splitGross, totalsOf, type Totals } from "./tax";

/**
 * A credit note against one invoice, for an amount (tax included, split across the invoice's
 * rates) or for units of its lines (each line's unit price, tax per rate as on an invoice,
 * never more units than were invoiced and not yet credited) — or, with no invoice, an amount
 * on the partner's account (no tax to split: the whole amount is net). What the invoice's
 * open balance can take is applied to it at once (a `CreditApplication`, under the invoice's
 * row lock); the rest stays on the partner's account as credit when the caller allows it
 * (`onAccount`), else the note is refused (CREDIT_OVER_BALANCE). Notes against one invoice
 * never credit more than its total (CREDIT_OVER_INVOICE). The journal posts credit notes
 * (contra revenue) and tax payable against receivables, on account or not.
 */

const fieldError = (field: string, key: string) => new AppError("VALIDATION_FAILED", { fields: { [field]: [key] } });

type CreditedLine = { invoiceLineId: string; sku: string; name: string; quantity: number; unitPriceMinor: string; netMinor: string };

/** `balanceMinor`: the invoice's after the note (null on account); `onAccountMinor`: what stays as the partner's credit. */
export type IssuedCreditNote = { creditNoteId: string; number: number; totalMinor: bigint; balanceMinor: bigint | null; appliedMinor: bigint; onAccountMinor: bigint };

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
  const target = input.invoiceId ? await againstInvoice(tx, ctx, input, input.invoiceId) : await onAccount(tx, ctx, input);
  const { invoice, totals, credited, partner, currency, uncreditedMinor } = target;
  const appliedMinor = invoice ? (totals.totalMinor < invoice.balanceMinor ? totals.totalMinor : invoice.balanceMinor) : 0n;
  const onAccountMinor = totals.totalMinor - appliedMinor;
  if (invoice && onAccountMinor > 0n && !input.onAccount) throw new AppError("CREDIT_OVER_BALANCE", { params: { left: amountText(invoice.balanceMinor, currency) } });
  if (invoice && uncreditedMinor !== null && totals.totalMinor > uncreditedMinor) {
    throw new AppError("CREDIT_OVER_INVOICE", { params: { invoice: invoiceNumberText(invoice.number), left: amountText(uncreditedMinor > 0n ? uncreditedMinor : 0n, currency) } });
  }
  const settings = await settingsOf(tx, ctx.tenantId);
  const day = todayIn(ctx.tenant.timeZone);
  const explanation = {
    mode: input.amount ? "amount" : "lines",
    tax: totals.groups.map((g) => ({ rateBp: g.rateBp, baseMinor: g.baseMinor.toString(), taxMinor: g.taxMinor.toString() })),
    rule: !invoice ? "on account: no invoice, no tax to split (net = gross)" : input.amount ? "net = gross × 10000 / (10000 + rate), half away from zero; tax = gross − net" : "tax per rate on the credited nets, half away from zero",
    ...(invoice ? { balanceBeforeMinor: invoice.balanceMinor.toString() } : {}),
    appliedMinor: appliedMinor.toString(),
    onAccountMinor: onAccountMinor.toString(),
  };
  const creditNoteId = createId("creditNote");
  const number = await nextNumber(tx, ctx.tenantId, "CREDIT_NOTE");
  await tx.creditNote.create({
    data: {
      id: creditNoteId,
      tenantId: ctx.tenantId,
      partnerId: partner.id,
      invoiceId: invoice?.id ?? null,
      number,
      issueDate: dayToDate(day),
      currency,
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
  const by = { tenantId: ctx.tenantId, userId: ctx.user.id, name: ctx.user.name };
  const after = invoice && appliedMinor > 0n ? await writeCreditApplication(tx, by, { id: creditNoteId, partnerId: partner.id }, invoice, appliedMinor, null) : invoice;
  await post(tx, {
    tenantId: ctx.tenantId,
    partnerId: partner.id,
    partnerName: partner.name,
    postingId: creditNoteId,
    sourceType: "CREDIT_NOTE",
    entryDate: dayToDate(day),
    currency,
    reference: creditNoteNumberText(number),
    lines: [
      { account: settings.creditNotesAccount, debitMinor: totals.subtotalMinor },
      { account: settings.taxPayableAccount, debitMinor: totals.taxMinor },
      { account: settings.receivablesAccount, creditMinor: totals.totalMinor },
    ],
  });
  const note = { creditNote: creditNoteNumberText(number), totalMinor: totals.totalMinor.toString(), reason: input.reason, appliedMinor: appliedMinor.toString(), onAccountMinor: onAccountMinor.toString() };
  await recordAudit(
    tx,
    ctx,
    invoice && after
      ? { action: "creditNote.issued", entityType: "Invoice", entityId: invoice.id, before: { balanceMinor: invoice.balanceMinor.toString() }, after: { ...note, balanceMinor: after.balanceMinor.toString() } }
      : { action: "creditNote.issued", entityType: "CreditNote", entityId: creditNoteId, after: { ...note, partnerId: partner.id, currency } },
  );
  await publishInvoiceEvent(tx, {
    tenantId: ctx.tenantId,
    type: "creditNote.issued",
    userIds: await unsafeInvoiceReadersOf(tx, ctx.tenantId, partner.id),
    link: invoice ? invoiceLink(ctx.tenant, "partner", invoice.id) : `/${ctx.tenant.slug}/portal/invoices`,
    params: {
      creditNote: creditNoteNumberText(number),
      invoice: invoice ? invoiceNumberText(invoice.number) : "onAccount",
      total: amountText(totals.totalMinor, currency),
      onAccount: amountText(onAccountMinor, currency),
      reason: input.reason,
      tenant: ctx.tenant.name,
    },
  });
  return { creditNoteId, number, totalMinor: totals.totalMinor, balanceMinor: after?.balanceMinor ?? null, appliedMinor, onAccountMinor };
}

/** `uncreditedMinor`: what the invoice's earlier notes left of its total (null on account). */
type Target = { invoice: LockedInvoice | null; totals: Totals; credited: CreditedLine[]; partner: { id: string; name: string }; currency: string; uncreditedMinor: bigint | null };

/** A note against an invoice: its lines or an amount split across its rates. */
async function againstInvoice(tx: Tx, ctx: VendorCtx, input: CreditNoteInput, invoiceId: string): Promise<Target> {
  const invoice = (await lockInvoices(tx, ctx.tenantId, [invoiceId])).get(invoiceId);
  if (!invoice) throw new AppError("NOT_FOUND");
  const [invoiceLines, earlier, partner] = await Promise.all([
    tx.invoiceLine.findMany({
      where: { tenantId: ctx.tenantId, invoiceId: invoice.id },
      select: { id: true, sku: true, name: true, quantity: true, unitPriceMinor: true, netMinor: true, taxRateBp: true },
      orderBy: { position: "asc" },
    }),
    tx.creditNote.findMany({ where: { tenantId: ctx.tenantId, invoiceId: invoice.id }, select: { lines: true, totalMinor: true } }),
    tx.partner.findUniqueOrThrow({ where: { tenantId_id: { tenantId: ctx.tenantId, id: invoice.partnerId } }, select: { id: true, name: true } }),
  ]);
  let totals: Totals;
  const credited: CreditedLine[] = [];
  if (input.amount) {
    const gross = amountIn(input.amount, invoice.currency);
    if (gross === null || gross <= 0n) throw fieldError("amount", "invoicing.validation.amount");
    totals = splitGross(gross, totalsOf(invoiceLines).groups);
  } else {
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
  return { invoice, totals, credited, partner, currency: invoice.currency, uncreditedMinor: invoice.totalMinor - earlier.reduce((a, n) => a + n.totalMinor, 0n) };
}

/** A note on the partner's account: an amount in a currency, no invoice, no tax to split. */
async function onAccount(tx: Tx, ctx: VendorCtx, input: CreditNoteInput): Promise<Target> {
  const partner = input.partnerId ? await tx.partner.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: input.partnerId } }, select: { id: true, name: true } }) : null;
  if (!partner || !input.currency) throw new AppError("NOT_FOUND");
  const gross = input.amount ? amountIn(input.amount, input.currency) : null;
  if (gross === null || gross <= 0n) throw fieldError("amount", "invoicing.validation.amount");
  return { invoice: null, totals: { subtotalMinor: gross, taxMinor: 0n, totalMinor: gross, groups: [] }, credited: [], partner, currency: input.currency, uncreditedMinor: null };
}
