import "server-only";
import { authorize, scopeOf, type PartnerCtx } from "@/lib/auth/context";
import { todayIn } from "@/lib/activities/dates";
import { recordAudit } from "@/lib/audit/service";
import { assertCloseDate, submitRegistrationInTx } from "@/lib/deals/registrations";
import { dealAmountOf } from "@/lib/deals/schema";
import type { ConvertLeadInput } from "./schema";
import { lockRow } from "@/lib/db/concurrency";
import { withScope } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { leadMachine } from "./lifecycle";

/**
 * An accepted lead becomes a deal registration: the partner submits the registration form,
 * pre-filled from the lead, and the registration goes through the deals module's own
 * submission — duplicate and conflict detection, evidence for the reviewer, alerts — in the
 * same transaction that marks the lead CONVERTED. Another partner's lead is NOT_FOUND.
 */
export async function convertLead(ctx: PartnerCtx, input: ConvertLeadInput): Promise<{ id: string; registrationId: string }> {
  authorize(ctx, "ownLeads.manage");
  authorize(ctx, "ownDeals.manage");
  const today = todayIn(ctx.tenant.timeZone);
  assertCloseDate("expectedCloseOn", input.expectedCloseOn, today);
  const amountMinor = dealAmountOf(input.amount, input.currency);
  if (amountMinor === null) throw new AppError("VALIDATION_FAILED", { fields: { amount: ["deals.validation.amount"] } });
  return withScope(scopeOf(ctx), async (tx) => {
    await lockRow(tx, "Lead", { tenantId: ctx.tenantId, id: input.leadId });
    const lead = await tx.lead.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: input.leadId } },
      select: { status: true, partnerId: true },
    });
    if (lead.partnerId !== ctx.partnerId) throw new AppError("NOT_FOUND");
    const { rule } = leadMachine.assert(ctx, lead.status, "CONVERTED");
    const registration = await submitRegistrationInTx(tx, ctx, input, amountMinor, today);
    await tx.lead.update({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: input.leadId } },
      data: { status: "CONVERTED", registrationId: registration.id, closedAt: new Date(), version: { increment: 1 } },
    });
    await recordAudit(tx, ctx, {
      action: `lead.${rule.action}`,
      entityType: "Lead",
      entityId: input.leadId,
      before: { status: lead.status },
      after: { status: "CONVERTED", registrationId: registration.id },
    });
    return { id: input.leadId, registrationId: registration.id };
  });
}
