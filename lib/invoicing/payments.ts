import "server-only";
import { dayToDate } from "@/lib/activities/dates";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { lockKey, lockRow } from "@/lib/db/concurrency";
import { withScope, type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import { post } from "./journal";
import { lockInvoices, moveBalance } from "./balance";
import { amountText, invoiceLink, publishInvoiceEvent, unsafeInvoiceReadersOf } from "./notify";
import { amountIn, invoiceNumberText, type ApplyPaymentInput, type RecordPaymentInput } from "./schema";
import { settingsOf } from "./settings";

/**
 * Payments recorded by finance, applied to one or more invoices. The payment row is locked,
 * then its invoices in id order; each application is checked against what the invoice still
 * owes and what the payment has left, after the locks, so two payments racing for one
 * invoice never take it below zero (the second sees the first's allocation). What is not
 * applied stays on the partner's account as credit, to apply later (`applyPayment`).
 * The journal posts the whole payment when received: bank / receivables.
 */

const fieldError = (field: string, key: string) => new AppError("VALIDATION_FAILED", { fields: { [field]: [key] } });

export type PaymentResult = { paymentId: string; appliedMinor: bigint; unappliedMinor: bigint; applied: { invoiceId: string; number: number; amountMinor: bigint }[] };

type LockedPayment = { id: string; tenantId: string; partnerId: string; currency: string; amountMinor: bigint; appliedMinor: bigint; reference: string };

async function lockPayment(tx: Tx, tenantId: string, id: string): Promise<LockedPayment> {
  await lockRow(tx, "Payment", { tenantId, id });
  return tx.payment.findUniqueOrThrow({
    where: { tenantId_id: { tenantId, id } },
    select: { id: true, tenantId: true, partnerId: true, currency: true, amountMinor: true, appliedMinor: true, reference: true },
  });
}

/**
 * Typed amounts of the applications as minor units of the payment's currency (field errors
 * otherwise). A row of exactly zero is skipped: the several-invoice form lists every open
 * invoice, and the ones left at 0 get nothing.
 */
export function amountsOf(applications: ApplyPaymentInput["applications"], currency: string): { invoiceId: string; amountMinor: bigint }[] {
  const amounts = applications.map((a, i) => {
    const amountMinor = amountIn(a.amount, currency);
    if (amountMinor === null || amountMinor < 0n) throw fieldError(`applications.${i}.amount`, "invoicing.validation.amount");
    return { invoiceId: a.invoiceId, amountMinor };
  });
  return amounts.filter((a) => a.amountMinor > 0n);
}

async function applyInTx(tx: Tx, payment: LockedPayment, applications: { invoiceId: string; amountMinor: bigint }[]): Promise<PaymentResult["applied"]> {
  const invoices = await lockInvoices(tx, payment.tenantId, applications.map((a) => a.invoiceId));
  let left = payment.amountMinor - payment.appliedMinor;
  const applied: PaymentResult["applied"] = [];
  for (const application of applications) {
    const invoice = invoices.get(application.invoiceId);
    // another partner's invoice is as unknown as another tenant's
    if (!invoice || invoice.partnerId !== payment.partnerId) throw new AppError("NOT_FOUND");
    if (invoice.currency !== payment.currency) throw new AppError("CURRENCY_MISMATCH", { params: { left: payment.currency, right: invoice.currency } });
    if (application.amountMinor > invoice.balanceMinor) {
      throw new AppError("OVER_APPLICATION", { params: { what: "invoice", invoice: invoiceNumberText(invoice.number), left: amountText(invoice.balanceMinor, invoice.currency) } });
    }
    if (application.amountMinor > left) throw new AppError("OVER_APPLICATION", { params: { what: "payment", invoice: "", left: amountText(left, payment.currency) } });
    await tx.paymentAllocation.create({
      data: { id: createId("paymentAllocation"), tenantId: payment.tenantId, partnerId: payment.partnerId, paymentId: payment.id, invoiceId: invoice.id, amountMinor: application.amountMinor },
      select: { id: true },
    });
    invoices.set(invoice.id, await moveBalance(tx, invoice, { paidMinor: application.amountMinor }));
    left -= application.amountMinor;
    applied.push({ invoiceId: invoice.id, number: invoice.number, amountMinor: application.amountMinor });
  }
  const total = applied.reduce((a, x) => a + x.amountMinor, 0n);
  if (total > 0n) {
    await tx.payment.update({ where: { tenantId_id: { tenantId: payment.tenantId, id: payment.id } }, data: { appliedMinor: payment.appliedMinor + total }, select: { id: true } });
  }
  return applied;
}

/** The payment a form view already recorded (its key), as the first request answered. */
async function recordedWith(tx: Tx, tenantId: string, idempotencyKey: string): Promise<PaymentResult | null> {
  const payment = await tx.payment.findUnique({
    where: { tenantId_idempotencyKey: { tenantId, idempotencyKey } },
    select: { id: true, amountMinor: true, allocations: { orderBy: { createdAt: "asc" }, select: { invoiceId: true, amountMinor: true, invoice: { select: { number: true } } } } },
  });
  if (!payment) return null;
  // what this request applied: the allocations written with it (later applications of its credit included)
  const applied = payment.allocations.map((a) => ({ invoiceId: a.invoiceId, number: a.invoice.number, amountMinor: a.amountMinor }));
  const appliedMinor = applied.reduce((a, x) => a + x.amountMinor, 0n);
  return { paymentId: payment.id, appliedMinor, unappliedMinor: payment.amountMinor - appliedMinor, applied };
}

/**
 * Records a payment once per idempotency key (one per form view): a replay after the first
 * committed costs one read; one that arrives while the first runs waits on the key's
 * advisory lock, reads again and answers with the first's payment — as `submitOrder` does.
 */
export async function recordPayment(ctx: VendorCtx, input: RecordPaymentInput): Promise<PaymentResult> {
  authorize(ctx, "invoices.manage");
  const amountMinor = amountIn(input.amount, input.currency);
  if (amountMinor === null || amountMinor <= 0n) throw fieldError("amount", "invoicing.validation.amount");
  const applications = amountsOf(input.applications, input.currency);
  const earlier = await withScope(scopeOf(ctx), (tx) => recordedWith(tx, ctx.tenantId, input.idempotencyKey));
  if (earlier) return earlier;
  return withScope(scopeOf(ctx), async (tx) => {
    await lockKey(tx, `payment-record:${ctx.tenantId}:${input.idempotencyKey}`);
    const replay = await recordedWith(tx, ctx.tenantId, input.idempotencyKey);
    if (replay) return replay;
    const partner = await tx.partner.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: input.partnerId } }, select: { id: true, name: true } });
    if (!partner) throw new AppError("NOT_FOUND");
    const settings = await settingsOf(tx, ctx.tenantId);
    const paymentId = createId("payment");
    await tx.payment.create({
      data: {
        id: paymentId,
        tenantId: ctx.tenantId,
        partnerId: partner.id,
        currency: input.currency,
        amountMinor,
        receivedOn: dayToDate(input.receivedOn),
        method: input.method,
        reference: input.reference,
        recordedByUserId: ctx.user.id,
        recordedByName: ctx.user.name,
        idempotencyKey: input.idempotencyKey,
      },
      select: { id: true },
    });
    const payment = await lockPayment(tx, ctx.tenantId, paymentId);
    const applied = await applyInTx(tx, payment, applications);
    await post(tx, {
      tenantId: ctx.tenantId,
      partnerId: partner.id,
      partnerName: partner.name,
      postingId: paymentId,
      sourceType: "PAYMENT",
      entryDate: dayToDate(input.receivedOn),
      currency: input.currency,
      reference: input.reference,
      lines: [
        { account: settings.bankAccount, debitMinor: amountMinor },
        { account: settings.receivablesAccount, creditMinor: amountMinor },
      ],
    });
    const appliedMinor = applied.reduce((a, x) => a + x.amountMinor, 0n);
    await recordAudit(tx, ctx, {
      action: "payment.recorded",
      entityType: "Payment",
      entityId: paymentId,
      after: { partnerId: partner.id, amountMinor: amountMinor.toString(), currency: input.currency, method: input.method, reference: input.reference, receivedOn: input.receivedOn, applied: applied.map((a) => ({ invoiceId: a.invoiceId, amountMinor: a.amountMinor.toString() })) },
    });
    await tellPaid(tx, ctx, partner.id, { amountMinor, currency: input.currency, reference: input.reference, applied, link: applied[0]?.invoiceId });
    return { paymentId, appliedMinor, unappliedMinor: amountMinor - appliedMinor, applied };
  });
}

/** Applies what a payment has left (the partner's credit) to invoices. */
export async function applyPayment(ctx: VendorCtx, input: ApplyPaymentInput): Promise<PaymentResult> {
  authorize(ctx, "invoices.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const payment = await lockPayment(tx, ctx.tenantId, input.paymentId);
    const amounts = amountsOf(input.applications, payment.currency);
    if (!amounts.length) throw fieldError("applications", "invoicing.validation.amount");
    const applied = await applyInTx(tx, payment, amounts);
    const appliedMinor = payment.appliedMinor + applied.reduce((a, x) => a + x.amountMinor, 0n);
    await recordAudit(tx, ctx, {
      action: "payment.applied",
      entityType: "Payment",
      entityId: payment.id,
      before: { appliedMinor: payment.appliedMinor.toString() },
      after: { appliedMinor: appliedMinor.toString(), applied: applied.map((a) => ({ invoiceId: a.invoiceId, amountMinor: a.amountMinor.toString() })) },
    });
    await tellPaid(tx, ctx, payment.partnerId, { amountMinor: payment.amountMinor, currency: payment.currency, reference: payment.reference, applied, link: applied[0]?.invoiceId });
    return { paymentId: payment.id, appliedMinor, unappliedMinor: payment.amountMinor - appliedMinor, applied };
  });
}

async function tellPaid(
  tx: Tx,
  ctx: VendorCtx,
  partnerId: string,
  payment: { amountMinor: bigint; currency: string; reference: string; applied: PaymentResult["applied"]; link?: string },
) {
  await publishInvoiceEvent(tx, {
    tenantId: ctx.tenantId,
    type: "payment.received",
    userIds: await unsafeInvoiceReadersOf(tx, ctx.tenantId, partnerId),
    link: payment.link ? invoiceLink(ctx.tenant, "partner", payment.link) : `/${ctx.tenant.slug}/portal/invoices`,
    params: {
      amount: amountText(payment.amountMinor, payment.currency),
      reference: payment.reference,
      applied: payment.applied.map((a) => `${invoiceNumberText(a.number)} ${amountText(a.amountMinor, payment.currency)}`).join(", ") || "—",
      tenant: ctx.tenant.name,
    },
  });
}
