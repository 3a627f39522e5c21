import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { claimAccounts, evaluate, keyed, type AccountDraft } from "@/lib/accounts/claims";
import type { Industry } from "@/lib/accounts/schema";
import { unsafeLoadClaimWorld } from "@/lib/accounts/world";
import { addDays, dateToDay, dayToDate, todayIn } from "@/lib/activities/dates";
import { recordAudit } from "@/lib/audit/service";
import { lockRow } from "@/lib/db/concurrency";
import { withScope, type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import { registrationMachine } from "./lifecycle";
import { dealLinks, partnerRecipients, publishDealEvent } from "./notify";
import type { ApproveRegistrationInput, RejectRegistrationInput } from "./schema";
import { loadStages } from "./stages";

/**
 * The vendor's decision on a registration. Approval grants protection for a number of
 * days (the tenant's default unless the reviewer chose another) and makes the deal an
 * opportunity in the first open stage; rejection needs a reason, which the partner reads.
 * Both lock the registration and check the version shown (a second reviewer or tab gets
 * STALE_EDIT, a decided one INVALID_TRANSITION, an expired one REGISTRATION_EXPIRED).
 */

const REGISTRATION = {
  id: true,
  partnerId: true,
  status: true,
  version: true,
  title: true,
  customerName: true,
  nameKey: true,
  domain: true,
  taxId: true,
  country: true,
  region: true,
  postalCode: true,
  industry: true,
  amountMinor: true,
  currency: true,
  expectedCloseOn: true,
  accountId: true,
  territoryId: true,
  repMembershipId: true,
} as const;

async function lockedRegistration(tx: Tx, ctx: VendorCtx, registrationId: string, version: number) {
  await lockRow(tx, "DealRegistration", { tenantId: ctx.tenantId, id: registrationId });
  const row = await tx.dealRegistration.findUniqueOrThrow({
    where: { tenantId_id: { tenantId: ctx.tenantId, id: registrationId } },
    select: REGISTRATION,
  });
  if (row.version !== version) throw new AppError("STALE_EDIT");
  return row;
}

type Locked = Awaited<ReturnType<typeof lockedRegistration>>;

/**
 * The partner's account of the customer: the one the registration already names, or one
 * made now — but only when it claims nothing another owner holds and lies in the
 * partner's territories. Otherwise no account is made here: that collision is the
 * conflict queue's to decide, when the partner adds the account itself.
 */
async function accountFor(tx: Tx, ctx: VendorCtx, reg: Locked): Promise<string | null> {
  if (reg.accountId) return reg.accountId;
  const own = await tx.account.findFirst({
    where: {
      tenantId: ctx.tenantId,
      partnerId: reg.partnerId,
      OR: [{ nameKey: reg.nameKey }, ...(reg.domain ? [{ domain: reg.domain }] : []), ...(reg.taxId ? [{ taxId: reg.taxId }] : [])],
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  if (own) return own.id;
  const draft: AccountDraft = {
    name: reg.customerName,
    website: reg.domain,
    taxId: reg.taxId,
    country: reg.country,
    region: reg.region,
    city: null,
    postalCode: reg.postalCode,
    industry: reg.industry as Industry | null,
    partnerId: reg.partnerId,
  };
  const world = await unsafeLoadClaimWorld(tx, ctx, [keyed(draft)], [reg.partnerId]);
  const verdict = evaluate(keyed(draft), world);
  if (verdict.problem || verdict.conflicts.length) return null;
  const [result] = await claimAccounts(tx, ctx, [draft]);
  if (!result?.ok) return null;
  await recordAudit(tx, ctx, {
    action: "account.created",
    entityType: "Account",
    entityId: result.id,
    after: { name: draft.name, partnerId: draft.partnerId, reviewStatus: result.reviewStatus, registrationId: reg.id },
  });
  return result.id;
}

/** Approves with `protectionDays` of protection and opens the deal in the first open stage. */
export async function approveRegistration(ctx: VendorCtx, input: ApproveRegistrationInput): Promise<{ id: string; opportunityId: string }> {
  authorize(ctx, "deals.review");
  const today = todayIn(ctx.tenant.timeZone);
  return withScope(scopeOf(ctx), async (tx) => {
    const reg = await lockedRegistration(tx, ctx, input.registrationId, input.version);
    if (reg.status === "EXPIRED" || (reg.status === "PENDING" && dateToDay(reg.expectedCloseOn) < today)) {
      throw new AppError("REGISTRATION_EXPIRED");
    }
    const { rule, reason } = registrationMachine.assert(ctx, reg.status, "APPROVED", input.reason);
    const protectedUntil = addDays(today, input.protectionDays);
    const accountId = await accountFor(tx, ctx, reg);
    const stage = (await loadStages(tx, ctx.tenantId)).find((s) => s.kind === "OPEN");
    if (!stage) throw new AppError("INVALID_TRANSITION", { params: { from: "PENDING", to: "APPROVED" } });
    const opportunityId = createId("opportunity");
    await tx.opportunity.create({
      data: {
        id: opportunityId,
        tenantId: ctx.tenantId,
        partnerId: reg.partnerId,
        registrationId: reg.id,
        accountId,
        name: reg.title,
        customerName: reg.customerName,
        nameKey: reg.nameKey,
        domain: reg.domain,
        taxId: reg.taxId,
        country: reg.country,
        stageId: stage.id,
        amountMinor: reg.amountMinor,
        currency: reg.currency,
        closeOn: reg.expectedCloseOn,
        territoryId: reg.territoryId,
        repMembershipId: reg.repMembershipId,
        createdByUserId: ctx.user.id,
      },
    });
    await tx.dealRegistration.update({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: reg.id } },
      data: {
        status: "APPROVED",
        accountId,
        protectedUntil: dayToDate(protectedUntil),
        decisionReason: reason,
        decidedByUserId: ctx.user.id,
        decidedByName: ctx.user.name,
        decidedAt: new Date(),
        version: { increment: 1 },
      },
    });
    await recordAudit(tx, ctx, {
      action: `registration.${rule.action}`,
      entityType: "DealRegistration",
      entityId: reg.id,
      before: { status: reg.status },
      after: { status: "APPROVED", protectedUntil, protectionDays: input.protectionDays, reason, opportunityId, accountId },
    });
    await publishDealEvent(tx, {
      tenantId: ctx.tenantId,
      type: "deal.approved",
      userIds: await partnerRecipients(tx, ctx.tenantId, reg.partnerId),
      link: dealLinks.opportunity(ctx.tenant, "partner", opportunityId),
      params: { tenant: ctx.tenant.name, deal: reg.title, customer: reg.customerName, until: protectedUntil, reason: reason ?? "" },
    });
    return { id: reg.id, opportunityId };
  });
}

/** Rejects with a reason the partner reads (write it without naming anyone else). */
export async function rejectRegistration(ctx: VendorCtx, input: RejectRegistrationInput): Promise<{ id: string }> {
  authorize(ctx, "deals.review");
  return withScope(scopeOf(ctx), async (tx) => {
    const reg = await lockedRegistration(tx, ctx, input.registrationId, input.version);
    const { rule, reason } = registrationMachine.assert(ctx, reg.status, "REJECTED", input.reason);
    await tx.dealRegistration.update({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: reg.id } },
      data: { status: "REJECTED", decisionReason: reason, decidedByUserId: ctx.user.id, decidedByName: ctx.user.name, decidedAt: new Date(), version: { increment: 1 } },
    });
    await recordAudit(tx, ctx, {
      action: `registration.${rule.action}`,
      entityType: "DealRegistration",
      entityId: reg.id,
      before: { status: reg.status },
      after: { status: "REJECTED", reason },
    });
    await publishDealEvent(tx, {
      tenantId: ctx.tenantId,
      type: "deal.rejected",
      userIds: await partnerRecipients(tx, ctx.tenantId, reg.partnerId),
      link: dealLinks.registration(ctx.tenant, "partner", reg.id),
      params: { tenant: ctx.tenant.name, deal: reg.title, customer: reg.customerName, reason: reason ?? "" },
    });
    return { id: reg.id };
  });
}
