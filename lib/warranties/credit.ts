import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { withScope, type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { issueCreditNoteInTx } from "@/lib/invoicing/credit-notes";
import { toDecimalString, typedAmount } from "@/lib/money";
import { lockClaim, writeClaimStep } from "./claim-steps";
import { publishClaimEvent, unsafeFinanceOf } from "./notify";
import { claimNumberText, type CreditInput } from "./schema";
import type { ClaimSummary } from "./types";

/**
 * The credit outcome. The amount is typed by the handler, read in the currency the partner
 * paid for the unit and capped at that price (a tampered or mistyped amount is refused on
 * its field). The money goes back through receivables, the one way it does: a credit note
 * against the invoice of the shipment the unit came on (`issueCreditNoteInTx`, in this
 * step's transaction, so the step, the note and its journal posting — and so the accounting
 * export — commit together). The full price paid credits one unit of the invoice's line (its
 * tax with it); a smaller amount is credited as that amount, tax included. What the invoice's
 * open balance cannot take (paid already) becomes credit on the partner's account, which
 * finance applies to later invoices (lib/invoicing/credit-applications.ts).
 */

const MAX_MAJOR = BigInt("100000000000");

type Paid = { amountMinor: bigint; currency: string; shipmentId: string; orderLineId: string };

/** What the partner paid for the unit — or for the unit a replacement replaces — if it shipped through an order. */
async function paidPrice(tx: Tx, tenantId: string, unitId: string): Promise<Paid | null> {
  let id: string | null = unitId;
  for (let depth = 0; id && depth < 20; depth++) {
    const unit: {
      replacesUnitId: string | null;
      shippedSerial: { shipmentLine: { shipmentId: string; orderLine: { id: string; approvedUnitPriceMinor: bigint | null; listUnitPriceMinor: bigint; order: { currency: string } } } } | null;
    } | null = await tx.warrantyUnit.findUnique({
      where: { tenantId_id: { tenantId, id } },
      select: {
        replacesUnitId: true,
        shippedSerial: {
          select: { shipmentLine: { select: { shipmentId: true, orderLine: { select: { id: true, approvedUnitPriceMinor: true, listUnitPriceMinor: true, order: { select: { currency: true } } } } } } },
        },
      },
    });
    if (!unit) return null;
    const shipped = unit.shippedSerial?.shipmentLine;
    if (shipped) {
      const line = shipped.orderLine;
      return { amountMinor: line.approvedUnitPriceMinor ?? line.listUnitPriceMinor, currency: line.order.currency, shipmentId: shipped.shipmentId, orderLineId: line.id };
    }
    id = unit.replacesUnitId;
  }
  return null;
}

/**
 * The credit note for the claim, against the unit's shipment's invoice; what that invoice's
 * open balance cannot take (it is paid already) stays on the partner's account as credit.
 * A shipment with no invoice (shipped before invoicing existed) credits the account alone.
 */
async function creditNoteFor(tx: Tx, ctx: VendorCtx, partnerId: string, paid: Paid, amountMinor: bigint, reason: string): Promise<string> {
  const invoice = await tx.invoice.findUnique({
    where: { tenantId_shipmentId: { tenantId: ctx.tenantId, shipmentId: paid.shipmentId } },
    select: { id: true, lines: { where: { orderLineId: paid.orderLineId }, select: { id: true }, take: 1 } },
  });
  const line = invoice?.lines[0];
  const whole = amountMinor === paid.amountMinor && line;
  const note = await issueCreditNoteInTx(tx, ctx, {
    invoiceId: invoice?.id ?? null,
    partnerId,
    currency: paid.currency,
    reason,
    amount: whole ? null : toDecimalString(amountMinor, paid.currency),
    lines: whole ? [{ invoiceLineId: line.id, quantity: 1 }] : [],
    onAccount: true,
  });
  return note.creditNoteId;
}

export async function creditClaim(ctx: VendorCtx, input: CreditInput, now = new Date()): Promise<ClaimSummary & { amountMinor: bigint; currency: string }> {
  authorize(ctx, "warranties.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const claim = await lockClaim(tx, ctx, input.claimId, input.version);
    const paid = await paidPrice(tx, ctx.tenantId, claim.unitId);
    if (!paid) throw new AppError("WARRANTY_CREDIT_UNAVAILABLE");
    const amountMinor = typedAmount(input.amount, paid.currency, MAX_MAJOR);
    if (amountMinor === null || amountMinor <= BigInt(0) || amountMinor > paid.amountMinor) {
      throw new AppError("VALIDATION_FAILED", { fields: { amount: ["warranties.validation.creditAmount"] } });
    }
    const amount = `${toDecimalString(amountMinor, paid.currency)} ${paid.currency}`;
    const creditNoteId = await creditNoteFor(tx, ctx, claim.partnerId, paid, amountMinor, `${claimNumberText(claim.number)} · ${claim.serial}${input.reason ? ` · ${input.reason}` : ""}`);
    const step = await writeClaimStep(
      tx,
      ctx,
      claim,
      {
        to: "CREDITED",
        reason: input.reason,
        set: { creditAmountMinor: amountMinor, creditCurrency: paid.currency, creditNoteId },
        data: { amountMinor: amountMinor.toString(), currency: paid.currency, paidMinor: paid.amountMinor.toString(), creditNoteId },
      },
      now,
    );
    const partner = await tx.partner.findUniqueOrThrow({ where: { tenantId_id: { tenantId: ctx.tenantId, id: claim.partnerId } }, select: { name: true } });
    await publishClaimEvent(tx, {
      tenant: { id: ctx.tenantId, slug: ctx.tenant.slug, name: ctx.tenant.name },
      type: "warranty.credited",
      claimId: claim.id,
      vendorUserIds: await unsafeFinanceOf(tx, ctx.tenantId),
      partnerUserIds: [],
      exceptUserId: ctx.user.id,
      params: { claim: claimNumberText(claim.number), partner: partner.name, serial: claim.serial, amount, tenant: ctx.tenant.name },
    });
    return { ...step, amountMinor, currency: paid.currency };
  });
}
