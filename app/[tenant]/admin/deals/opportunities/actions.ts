"use server";

import type { VendorCtx } from "@/lib/auth/context";
import { vendorAction } from "@/lib/auth/wrappers";
import { checkCriterion, createDirectDeal, updateOpportunity } from "@/lib/deals/opportunities";
import { checkCriterionSchema, directDealSchema, moveStageSchema, updateOpportunitySchema } from "@/lib/deals/schema";
import { moveOpportunityStage } from "@/lib/deals/stage-moves";

const deals = (ctx: VendorCtx) => `/${ctx.tenant.slug}/admin/deals`;
const deal = (ctx: VendorCtx, result: { id: string }) => `${deals(ctx)}/opportunities/${result.id}`;

/** A direct deal of the vendor (no partner), opened in the first stage. */
export const createDirectDealAction = vendorAction("deals.manage", directDealSchema, (ctx, input) => createDirectDeal(ctx, input), {
  revalidate: deals,
  redirectTo: deal,
});

/** Name, amount and close date, at the version shown. */
export const updateOpportunityAction = vendorAction("deals.manage", updateOpportunitySchema, (ctx, input) => updateOpportunity(ctx, input), {
  success: "deals.opportunity.saved",
  revalidate: deal,
});

/** A stage move, checked against the exit criteria on the server. */
export const moveOpportunityStageAction = vendorAction("deals.manage", moveStageSchema, (ctx, input) => moveOpportunityStage(ctx, input), {
  success: "deals.move.moved",
  revalidate: deals,
});

/** Ticks or clears one exit criterion. */
export const checkCriterionAction = vendorAction("deals.manage", checkCriterionSchema, (ctx, input) => checkCriterion(ctx, input), {
  revalidate: deal,
});
