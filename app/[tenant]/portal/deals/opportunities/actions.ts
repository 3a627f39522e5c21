"use server";

import type { PartnerCtx } from "@/lib/auth/context";
import { partnerAction } from "@/lib/auth/wrappers";
import { checkOwnCriterion, updateOwnOpportunity } from "@/lib/deals/opportunities";
import { checkCriterionSchema, moveStageSchema, updateOpportunitySchema } from "@/lib/deals/schema";
import { moveOwnOpportunityStage } from "@/lib/deals/stage-moves";

const deals = (ctx: PartnerCtx) => `/${ctx.tenant.slug}/portal/deals`;
const deal = (ctx: PartnerCtx, result: { id: string }) => `${deals(ctx)}/opportunities/${result.id}`;

export const updateOwnOpportunityAction = partnerAction("ownDeals.manage", updateOpportunitySchema, (ctx, input) => updateOwnOpportunity(ctx, input), {
  success: "deals.opportunity.saved",
  revalidate: deal,
});

export const moveOwnOpportunityStageAction = partnerAction("ownDeals.manage", moveStageSchema, (ctx, input) => moveOwnOpportunityStage(ctx, input), {
  success: "deals.move.moved",
  revalidate: deals,
});

export const checkOwnCriterionAction = partnerAction("ownDeals.manage", checkCriterionSchema, (ctx, input) => checkOwnCriterion(ctx, input), {
  revalidate: deal,
});
