"use server";

import type { PartnerCtx } from "@/lib/auth/context";
import { partnerAction } from "@/lib/auth/wrappers";
import { answerClaim, fileClaim } from "@/lib/warranties/claims";
import { claimReasonSchema, fileClaimSchema, registerSaleSchema } from "@/lib/warranties/schema";
import { registerSale } from "@/lib/warranties/units";

const base = (ctx: PartnerCtx) => `/${ctx.tenant.slug}/portal/warranties`;

/** The sale to an end customer; the certificate is e-mailed to them when an address is given. */
export const registerSaleAction = partnerAction("ownWarranties.manage", registerSaleSchema, (ctx, input) => registerSale(ctx, input), {
  success: "warranties.register.done",
  revalidate: (ctx, result) => `${base(ctx)}/units/${result.unitId}`,
});

/** A claim on one of the partner's units: eligibility is checked at once, then the claim's page. */
export const fileClaimAction = partnerAction("ownWarranties.manage", fileClaimSchema, (ctx, input) => fileClaim(ctx, input), {
  revalidate: (ctx) => `${base(ctx)}/claims`,
  redirectTo: (ctx, result) => `${base(ctx)}/claims/${result.id}`,
});

export const answerClaimAction = partnerAction("ownWarranties.manage", claimReasonSchema, (ctx, input) => answerClaim(ctx, input), {
  success: "warranties.steps.answer.done",
  revalidate: (ctx, result) => `${base(ctx)}/claims/${result.id}`,
});
