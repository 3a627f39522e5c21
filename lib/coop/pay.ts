import "server-only";
import { dayToDate, todayIn } from "@/lib/activities/dates";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { withScope } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { issueCreditNoteInTx } from "@/lib/invoicing/credit-notes";
import { post } from "@/lib/invoicing/journal";
import { creditNoteNumberText, creditNoteSchema } from "@/lib/invoicing/schema";
import { settingsOf } from "@/lib/invoicing/settings";
import { toDecimalString } from "@/lib/money";
import { lockClaim, moveClaim } from "./claims";
import { appendEntry, lockFund, moneyText, outstandingReservation } from "./ledger";
import { claimMachine } from "./lifecycle";
import { publishCoopEvent, unsafeFollowersOf } from "./notify";
import type { PayClaimInput } from "./schema";
import type { PaidClaim } from "./types";

/**
 * Paying an approved claim, in one transaction: the claim's reservation is released and a
 * CLAIM_PAYMENT entry written (the fund's available balance does not move — the money was
 * set aside at submission), and the money reaches the partner through receivables:
 *
 * - CREDIT_NOTE: `issueCreditNoteInTx` on one of the partner's invoices in the fund's
 *   currency (the one named — what its open balance cannot take stays on the partner's
 *   account —, else the oldest that can take the whole amount), or, when none can, on the
 *   partner's account (credit finance applies to later invoices): the statement shows the
 *   note, and the journal posts it (contra revenue and tax payable against receivables) —
 *   exactly as any other credit note.
 * - PAYOUT: money sent to the partner, posted to the journal as the program's expense
 *   account against the bank account (a balanced posting, sourceType COOP_PAYOUT).
 */

export async function payClaim(ctx: VendorCtx, input: PayClaimInput): Promise<PaidClaim> {
  authorize(ctx, "coop.pay");
  return withScope(scopeOf(ctx), async (tx) => {
    const claim = await lockClaim(tx, ctx, input.claimId, input.version);
    claimMachine.assert(ctx, claim.status, "PAID");
    const fund = await lockFund(tx, ctx, claim.fundId);
    const amountMinor = claim.approvedMinor!;
    const partner = await tx.partner.findUniqueOrThrow({ where: { tenantId_id: { tenantId: ctx.tenantId, id: claim.partnerId } }, select: { name: true } });
    let creditNoteId: string | null = null;
    let reference: string;
    if (input.method === "CREDIT_NOTE") {
      let invoiceId = input.invoiceId ?? null;
      if (invoiceId) {
        const named = await tx.invoice.findFirst({ where: { tenantId: ctx.tenantId, id: invoiceId, partnerId: claim.partnerId, currency: fund.currency }, select: { id: true } });
        if (!named) throw new AppError("VALIDATION_FAILED", { fields: { invoiceId: ["coop.validation.invoice"] } });
      } else {
        const oldest = await tx.invoice.findFirst({
          where: { tenantId: ctx.tenantId, partnerId: claim.partnerId, currency: fund.currency, balanceMinor: { gte: amountMinor } },
          orderBy: [{ issueDate: "asc" }, { number: "asc" }],
          select: { id: true },
        });
        invoiceId = oldest?.id ?? null;
      }
      // no open invoice can take it: the whole note is credit on the partner's account
      const note = await issueCreditNoteInTx(
        tx,
        ctx,
        creditNoteSchema.parse({ invoiceId, partnerId: claim.partnerId, currency: fund.currency, reason: `Co-op: ${claim.title}`.slice(0, 1000), amount: toDecimalString(amountMinor, fund.currency), onAccount: true }),
      );
      creditNoteId = note.creditNoteId;
      reference = creditNoteNumberText(note.number);
    } else {
      reference = input.reference ?? `COOP-${claim.id.slice(-8).toUpperCase()}`;
      const settings = await settingsOf(tx, ctx.tenantId);
      await post(tx, {
        tenantId: ctx.tenantId,
        partnerId: claim.partnerId,
        partnerName: partner.name,
        postingId: claim.id,
        sourceType: "COOP_PAYOUT",
        entryDate: dayToDate(todayIn(ctx.tenant.timeZone)),
        currency: fund.currency,
        reference,
        lines: [
          { account: fund.program.expenseAccount, debitMinor: amountMinor },
          { account: settings.bankAccount, creditMinor: amountMinor },
        ],
      });
    }
    const held = await outstandingReservation(tx, ctx.tenantId, { claimId: claim.id });
    if (held > 0n) await appendEntry(tx, ctx, fund, { kind: "RELEASE", amountMinor: held, claimId: claim.id, reason: "paid" });
    await appendEntry(tx, ctx, fund, { kind: "CLAIM_PAYMENT", amountMinor, claimId: claim.id, reason: reference });
    const moved = await moveClaim(tx, ctx, claim, "PAID", null, { payMethod: input.method, creditNoteId, payoutReference: input.method === "PAYOUT" ? reference : null, paidAt: new Date() });
    await recordAudit(tx, ctx, { action: "coopFund.paid", entityType: "CoopFund", entityId: fund.id, after: { claimId: claim.id, amountMinor: amountMinor.toString(), method: input.method, reference } });
    await publishCoopEvent(tx, {
      tenant: { id: ctx.tenantId, slug: ctx.tenant.slug, name: ctx.tenant.name },
      type: "coop.updated",
      side: "partner",
      userIds: await unsafeFollowersOf(tx, ctx.tenantId, claim.partnerId),
      params: { subject: "claim", title: claim.title, status: "PAID", amount: moneyText(amountMinor, fund.currency), reason: reference },
    });
    return { ...moved, method: input.method, creditNoteId, reference };
  });
}
