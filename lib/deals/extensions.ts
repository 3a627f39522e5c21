import "server-only";
import { authorize, scopeOf, type PartnerCtx, type VendorCtx } from "@/lib/auth/context";
import { unsafeAcrossPartners } from "@/lib/accounts/world";
import { addDays, dateToDay, dayToDate, todayIn } from "@/lib/activities/dates";
import { recordAudit } from "@/lib/audit/service";
import { lockRow } from "@/lib/db/concurrency";
import { withScope } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import { extensionMachine } from "./lifecycle";
import { dealLinks, partnerRecipients, publishDealEvent, unsafeReviewersOf } from "./notify";
import type { DecideExtensionInput, RequestExtensionInput } from "./schema";
import { loadDealSettings } from "./stages";

/**
 * Extensions of an approved registration's protection: the partner asks for a number of
 * days with a reason (one request waiting at a time, up to the tenant's maximum), the
 * vendor approves — protection moves that many days past its current end and the expiry
 * reminder is due again — or rejects with a reason. A registration whose protection has
 * ended can no longer be extended (REGISTRATION_EXPIRED): the partner registers again.
 */

export async function requestExtension(ctx: PartnerCtx, input: RequestExtensionInput): Promise<{ id: string }> {
  authorize(ctx, "ownDeals.manage");
  const today = todayIn(ctx.tenant.timeZone);
  return withScope(scopeOf(ctx), async (tx) => {
    await lockRow(tx, "DealRegistration", { tenantId: ctx.tenantId, id: input.registrationId });
    const reg = await tx.dealRegistration.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: input.registrationId } },
      select: { status: true, protectedUntil: true, title: true, customerName: true },
    });
    if (reg.status === "EXPIRED" || (reg.status === "APPROVED" && reg.protectedUntil && dateToDay(reg.protectedUntil) < today)) {
      throw new AppError("REGISTRATION_EXPIRED");
    }
    if (reg.status !== "APPROVED") throw new AppError("INVALID_TRANSITION", { params: { from: reg.status, to: "EXTENDED" } });
    const settings = await loadDealSettings(tx, ctx.tenantId);
    if (input.days > settings.maxExtensionDays) {
      throw new AppError("VALIDATION_FAILED", { fields: { days: ["deals.validation.extensionTooLong"] }, params: { max: settings.maxExtensionDays } });
    }
    const waiting = await tx.dealExtension.count({ where: { tenantId: ctx.tenantId, registrationId: input.registrationId, status: "PENDING" } });
    if (waiting) throw new AppError("EXTENSION_PENDING");
    const id = createId("dealExtension");
    await tx.dealExtension.create({
      data: {
        id,
        tenantId: ctx.tenantId,
        partnerId: ctx.partnerId,
        registrationId: input.registrationId,
        days: input.days,
        reason: input.reason,
        requestedByUserId: ctx.user.id,
        requestedByName: ctx.user.name,
      },
    });
    await recordAudit(tx, ctx, {
      action: "registration.extensionRequested",
      entityType: "DealRegistration",
      entityId: input.registrationId,
      after: { extensionId: id, days: input.days, reason: input.reason },
    });
    await unsafeAcrossPartners(tx, ctx, async () =>
      publishDealEvent(tx, {
        tenantId: ctx.tenantId,
        type: "deal.extensionRequested",
        userIds: await unsafeReviewersOf(tx, ctx.tenantId, ctx.partnerId),
        link: dealLinks.registration(ctx.tenant, "vendor", input.registrationId),
        params: { tenant: ctx.tenant.name, deal: reg.title, customer: reg.customerName, partner: ctx.partner.name, days: String(input.days) },
      }),
    );
    return { id };
  });
}

export async function decideExtension(ctx: VendorCtx, input: DecideExtensionInput): Promise<{ id: string; protectedUntil: string }> {
  authorize(ctx, "deals.review");
  const today = todayIn(ctx.tenant.timeZone);
  return withScope(scopeOf(ctx), async (tx) => {
    const found = await tx.dealExtension.findUnique({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: input.extensionId } },
      select: { registrationId: true },
    });
    if (!found) throw new AppError("NOT_FOUND");
    // The registration first, then its request: the order every writer of both takes.
    await lockRow(tx, "DealRegistration", { tenantId: ctx.tenantId, id: found.registrationId });
    await lockRow(tx, "DealExtension", { tenantId: ctx.tenantId, id: input.extensionId });
    const ext = await tx.dealExtension.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: input.extensionId } },
      select: {
        status: true,
        days: true,
        registration: { select: { id: true, partnerId: true, status: true, protectedUntil: true, title: true, customerName: true } },
      },
    });
    const { rule, reason } = extensionMachine.assert(ctx, ext.status, input.decision, input.reason);
    const reg = ext.registration;
    const until = reg.protectedUntil ? dateToDay(reg.protectedUntil) : null;
    if (input.decision === "APPROVED" && (reg.status !== "APPROVED" || !until || until < today)) throw new AppError("REGISTRATION_EXPIRED");
    const protectedUntil = input.decision === "APPROVED" ? addDays(until!, ext.days) : (until ?? today);
    await tx.dealExtension.update({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: input.extensionId } },
      data: { status: input.decision, decisionReason: reason, decidedByUserId: ctx.user.id, decidedByName: ctx.user.name, decidedAt: new Date() },
    });
    if (input.decision === "APPROVED") {
      await tx.dealRegistration.update({
        where: { tenantId_id: { tenantId: ctx.tenantId, id: reg.id } },
        data: { protectedUntil: dayToDate(protectedUntil), reminderSentAt: null, version: { increment: 1 } },
      });
    }
    await recordAudit(tx, ctx, {
      action: `registration.extension${rule.action === "approve" ? "Approved" : "Rejected"}`,
      entityType: "DealRegistration",
      entityId: reg.id,
      before: { protectedUntil: until },
      after: { extensionId: input.extensionId, decision: input.decision, days: ext.days, protectedUntil, reason },
    });
    await publishDealEvent(tx, {
      tenantId: ctx.tenantId,
      type: "deal.extensionDecided",
      userIds: await partnerRecipients(tx, ctx.tenantId, reg.partnerId),
      link: dealLinks.registration(ctx.tenant, "partner", reg.id),
      params: {
        tenant: ctx.tenant.name,
        deal: reg.title,
        customer: reg.customerName,
        decision: input.decision,
        until: protectedUntil,
        reason: reason ?? "",
      },
    });
    return { id: input.extensionId, protectedUntil };
  });
}
