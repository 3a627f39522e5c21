import { withReadScope } from "@/lib/db/read";
import "server-only";
import { authorize, scopeOf, type PartnerCtx, type TenantCtx, type VendorCtx } from "@/lib/auth/context";
import { todayIn } from "@/lib/activities/dates";
import { recordAudit } from "@/lib/audit/service";
import { assertFresh } from "@/lib/db/concurrency";
import { withScope, type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import { unsafeDetect } from "./detection";
import { OPPORTUNITY_DETAIL, opportunityDetail } from "./opportunity-rows";
import { assertCloseDate, customerOf } from "./registrations";
import { dealAmountOf, type CheckCriterionInput, type DirectDealInput, type UpdateOpportunityInput } from "./schema";
import { visibleOpportunities } from "./scope";
import { loadStages } from "./stages";
import type { OpportunityDetail } from "./types";

/**
 * Opportunities: the vendor's direct deals and approved registrations (./review.ts makes
 * those). Their figures are edited at the version shown; exit criteria are ticked one at a
 * time; stage moves live in ./stage-moves.ts. A partner reaches only its own (NOT_FOUND
 * otherwise), never a direct deal.
 */

async function loadOpportunity(tx: Tx, ctx: TenantCtx, opportunityId: string): Promise<OpportunityDetail> {
  const row = await tx.opportunity.findFirst({ where: { ...visibleOpportunities(ctx), id: opportunityId }, select: OPPORTUNITY_DETAIL });
  if (!row) throw new AppError("NOT_FOUND");
  return opportunityDetail(ctx.audience, row);
}

export async function getOpportunity(ctx: VendorCtx, opportunityId: string): Promise<OpportunityDetail> {
  authorize(ctx, "deals.read");
  return withReadScope(scopeOf(ctx), (tx) => loadOpportunity(tx, ctx, opportunityId));
}

export async function getOwnOpportunity(ctx: PartnerCtx, opportunityId: string): Promise<OpportunityDetail> {
  authorize(ctx, "ownDeals.read");
  return withReadScope(scopeOf(ctx), (tx) => loadOpportunity(tx, ctx, opportunityId));
}

/**
 * A direct deal of the vendor: placed by the territory rules (its rep is that territory's)
 * and linked to the vendor's direct account of the customer when there is one; it starts
 * in the first open stage.
 */
export async function createDirectDeal(ctx: VendorCtx, input: DirectDealInput): Promise<{ id: string }> {
  authorize(ctx, "deals.manage");
  const today = todayIn(ctx.tenant.timeZone);
  assertCloseDate("closeOn", input.closeOn, today);
  const amountMinor = dealAmountOf(input.amount, input.currency);
  if (amountMinor === null) throw new AppError("VALIDATION_FAILED", { fields: { amount: ["deals.validation.amount"] } });
  return withScope(scopeOf(ctx), async (tx) => {
    const { keys, place } = customerOf(input);
    const detection = await unsafeDetect(tx, ctx, { partnerId: null, keys, place, today });
    const stage = (await loadStages(tx, ctx.tenantId)).find((s) => s.kind === "OPEN");
    if (!stage) throw new AppError("NOT_FOUND");
    const id = createId("opportunity");
    await tx.opportunity.create({
      data: {
        id,
        tenantId: ctx.tenantId,
        name: input.name,
        customerName: input.customerName,
        nameKey: keys.nameKey,
        domain: keys.domain,
        taxId: keys.taxId,
        country: input.country,
        accountId: detection.ownAccountId,
        stageId: stage.id,
        amountMinor,
        currency: input.currency,
        closeOn: new Date(`${input.closeOn}T00:00:00.000Z`),
        territoryId: detection.rule?.territoryId ?? null,
        repMembershipId: detection.reps[0]?.membershipId ?? null,
        createdByUserId: ctx.user.id,
      },
    });
    await recordAudit(tx, ctx, {
      action: "opportunity.created",
      entityType: "Opportunity",
      entityId: id,
      after: { name: input.name, customer: input.customerName, amountMinor: amountMinor.toString(), currency: input.currency, stage: stage.name },
    });
    return { id };
  });
}

async function updateOne(tx: Tx, ctx: TenantCtx, input: UpdateOpportunityInput): Promise<{ id: string }> {
  const before = await tx.opportunity.findFirst({
    where: { ...visibleOpportunities(ctx), id: input.opportunityId },
    select: { status: true, version: true, name: true, amountMinor: true, currency: true, closeOn: true },
  });
  if (!before) throw new AppError("NOT_FOUND");
  if (before.version !== input.version) throw new AppError("STALE_EDIT");
  if (before.status !== "OPEN") throw new AppError("INVALID_TRANSITION", { params: { from: before.status, to: "EDITED" } });
  assertCloseDate("closeOn", input.closeOn, todayIn(ctx.tenant.timeZone));
  const amountMinor = dealAmountOf(input.amount, input.currency);
  if (amountMinor === null) throw new AppError("VALIDATION_FAILED", { fields: { amount: ["deals.validation.amount"] } });
  assertFresh(
    await tx.opportunity.updateMany({
      where: { ...visibleOpportunities(ctx), id: input.opportunityId, version: input.version },
      data: {
        name: input.name,
        amountMinor,
        currency: input.currency,
        closeOn: new Date(`${input.closeOn}T00:00:00.000Z`),
        version: { increment: 1 },
      },
    }),
  );
  await recordAudit(tx, ctx, {
    action: "opportunity.updated",
    entityType: "Opportunity",
    entityId: input.opportunityId,
    before: { name: before.name, amountMinor: before.amountMinor.toString(), currency: before.currency, closeOn: before.closeOn.toISOString().slice(0, 10) },
    after: { name: input.name, amountMinor: amountMinor.toString(), currency: input.currency, closeOn: input.closeOn },
  });
  return { id: input.opportunityId };
}

/** Name, amount and close date of an open deal, at the version shown (STALE_EDIT otherwise). */
export async function updateOpportunity(ctx: VendorCtx, input: UpdateOpportunityInput): Promise<{ id: string }> {
  authorize(ctx, "deals.manage");
  return withScope(scopeOf(ctx), (tx) => updateOne(tx, ctx, input));
}

export async function updateOwnOpportunity(ctx: PartnerCtx, input: UpdateOpportunityInput): Promise<{ id: string }> {
  authorize(ctx, "ownDeals.manage");
  return withScope(scopeOf(ctx), (tx) => updateOne(tx, ctx, input));
}

async function checkOne(tx: Tx, ctx: TenantCtx, input: CheckCriterionInput): Promise<{ id: string }> {
  const before = await tx.opportunity.findFirst({
    where: { ...visibleOpportunities(ctx), id: input.opportunityId },
    select: { status: true, version: true, criteriaMet: true },
  });
  if (!before) throw new AppError("NOT_FOUND");
  if (before.version !== input.version) throw new AppError("STALE_EDIT");
  if (before.status !== "OPEN") throw new AppError("INVALID_TRANSITION", { params: { from: before.status, to: "EDITED" } });
  const criterion = (await loadStages(tx, ctx.tenantId)).flatMap((s) => s.criteria).find((c) => c.id === input.criterionId);
  if (!criterion) throw new AppError("NOT_FOUND");
  const met = new Set(before.criteriaMet);
  if (input.checked) met.add(criterion.id);
  else met.delete(criterion.id);
  assertFresh(
    await tx.opportunity.updateMany({
      where: { ...visibleOpportunities(ctx), id: input.opportunityId, version: input.version },
      data: { criteriaMet: [...met].sort(), version: { increment: 1 } },
    }),
  );
  await recordAudit(tx, ctx, {
    action: input.checked ? "opportunity.criterionChecked" : "opportunity.criterionCleared",
    entityType: "Opportunity",
    entityId: input.opportunityId,
    after: { criterion: criterion.label },
  });
  return { id: input.opportunityId };
}

/** Ticks or clears one exit criterion of an open deal, at the version shown. */
export async function checkCriterion(ctx: VendorCtx, input: CheckCriterionInput): Promise<{ id: string }> {
  authorize(ctx, "deals.manage");
  return withScope(scopeOf(ctx), (tx) => checkOne(tx, ctx, input));
}

export async function checkOwnCriterion(ctx: PartnerCtx, input: CheckCriterionInput): Promise<{ id: string }> {
  authorize(ctx, "ownDeals.manage");
  return withScope(scopeOf(ctx), (tx) => checkOne(tx, ctx, input));
}
