"use server";

import type { PartnerCtx } from "@/lib/auth/context";
import { partnerAction } from "@/lib/auth/wrappers";
import { answerClaim, submitClaim } from "@/lib/coop/claims";
import { cancelRequest, proposeRequest } from "@/lib/coop/requests";
import { answerClaimSchema, cancelRequestSchema, claimSchema, requestSchema } from "@/lib/coop/schema";

const base = (ctx: PartnerCtx) => `/${ctx.tenant.slug}/portal/coop`;

/** A proposed activity; the form's submission key makes a double submit answer with the first request. */
export const proposeCoopRequestAction = partnerAction(
  "ownCoop.manage",
  requestSchema,
  (ctx, input) => proposeRequest(ctx, input),
  {
    revalidate: (ctx) => base(ctx),
    redirectTo: (ctx, result) => `${base(ctx)}/requests/${result.id}`,
  },
);

/** Withdraws a request; an approved one gives its reservation back to the fund. */
export const cancelCoopRequestAction = partnerAction(
  "ownCoop.manage",
  cancelRequestSchema,
  (ctx, input) => cancelRequest(ctx, input),
  {
    success: "coopPortal.request.cancelled",
    revalidate: (ctx, result) => `${base(ctx)}/requests/${result.id}`,
  },
);

/** A claim with its proof (with or without a request, as the program allows); keyed like a request. */
export const submitCoopClaimAction = partnerAction(
  "ownCoop.manage",
  claimSchema,
  (ctx, input) => submitClaim(ctx, input),
  {
    revalidate: (ctx) => base(ctx),
    redirectTo: (ctx, result) => `${base(ctx)}/claims/${result.id}`,
  },
);

/** The answer to the vendor's question: a note and more proof, back to review. */
export const answerCoopClaimAction = partnerAction(
  "ownCoop.manage",
  answerClaimSchema,
  (ctx, input) => answerClaim(ctx, input),
  {
    success: "coopPortal.claim.answered",
    revalidate: (ctx, result) => `${base(ctx)}/claims/${result.id}`,
  },
);
