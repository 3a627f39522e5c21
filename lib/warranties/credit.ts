import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { withScope, type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { toDecimalString, typedAmount } from "@/lib/money";
import { lockClaim, writeClaimStep } from "./claim-steps";
import { publishClaimEvent, unsafeFinanceOf } from "./notify";
import { claimNumberText, type CreditInput } from "./schema";
import type { ClaimSummary } from "./types";

/**
 * The credit outcome. The amount is typed by the handler, read in the currency the partner
 * paid for the unit and capped at that price (a tampered or mistyped amount is refused on
 * its field); it is stored on the claim and announced with `warranty.credited` to finance.
 *
 * Integration point with receivables (being built on its own branch): the credit note is
 * issued there, from the claims `unsafeCreditsAwaitingNote` lists (CREDITED or later, an
 * amount, no `creditNoteId`), and receivables writes its note's id back into
 * `WarrantyClaim.creditNoteId`. Until receivables lands, no credit note exists — the claim
 * says so, and nothing here pretends otherwise.
 */

const MAX_MAJOR = BigInt("100000000000");

/** What the partner paid for the unit — or for the unit a replacement replaces — if it shipped through an order. */
async function paidPrice(tx: Tx, tenantId: string, unitId: string): Promise<{ amountMinor: bigint; currency: string } | null> {
  let id: string | null = unitId;
  for (let depth = 0; id && depth < 20; depth++) {
    const unit: { replacesUnitId: string | null; shippedSerial: { shipmentLine: { orderLine: { approvedUnitPriceMinor: bigint | null; listUnitPriceMinor: bigint; order: { currency: string } } } } | null } | null =
      await tx.warrantyUnit.findUnique({
        where: { tenantId_id: { tenantId, id } },
        select: {
          replacesUnitId: true,
          shippedSerial: { select: { shipmentLine: { select: { orderLine: { select: { approvedUnitPriceMinor: true, listUnitPriceMinor: true, order: { select: { currency: true } } } } } } } },
        },
      });
    if (!unit) return null;
    const line = unit.shippedSerial?.shipmentLine.orderLine;
    if (line) return { amountMinor: line.approvedUnitPriceMinor ?? line.listUnitPriceMinor, currency: line.order.currency };
    id = unit.replacesUnitId;
  }
  return null;
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
    const step = await writeClaimStep(
      tx,
      ctx,
      claim,
      {
        to: "CREDITED",
        reason: input.reason,
        set: { creditAmountMinor: amountMinor, creditCurrency: paid.currency },
        data: { amountMinor: amountMinor.toString(), currency: paid.currency, paidMinor: paid.amountMinor.toString() },
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

/** Credited claims whose credit note receivables has not issued yet (for receivables' job). */
export function unsafeCreditsAwaitingNote(tx: Tx, tenantId: string) {
  return tx.warrantyClaim.findMany({
    where: { tenantId, creditNoteId: null, creditAmountMinor: { not: null }, status: { in: ["CREDITED", "CLOSED"] } },
    select: { id: true, number: true, partnerId: true, creditAmountMinor: true, creditCurrency: true, unitId: true },
    orderBy: { number: "asc" },
  });
}
