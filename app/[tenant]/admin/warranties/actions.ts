"use server";

import type { VendorCtx } from "@/lib/auth/context";
import { vendorAction } from "@/lib/auth/wrappers";
import { advanceClaim, decideClaim, issueRma, replaceUnit } from "@/lib/warranties/claims";
import { creditClaim } from "@/lib/warranties/credit";
import { createPolicy, setPolicyActive, updatePolicy } from "@/lib/warranties/policies";
import { claimReasonSchema, claimStepSchema, creditSchema, issueRmaSchema, policyActiveSchema, policySchema, replaceSchema, updatePolicySchema } from "@/lib/warranties/schema";

// Every step is checked by the service against the claim's transition table (lib/warranties/lifecycle.ts).
const base = (ctx: VendorCtx) => `/${ctx.tenant.slug}/admin/warranties`;
const claim = (ctx: VendorCtx, result: { id: string }) => `${base(ctx)}/claims/${result.id}`;
const policy = (ctx: VendorCtx, result: { id: string }) => `${base(ctx)}/policies/${result.id}`;

export const createPolicyAction = vendorAction("warranties.configure", policySchema, (ctx, input) => createPolicy(ctx, input), {
  revalidate: (ctx) => `${base(ctx)}/policies`,
  redirectTo: policy,
});

export const updatePolicyAction = vendorAction("warranties.configure", updatePolicySchema, (ctx, input) => updatePolicy(ctx, input), {
  success: "warranties.policy.saved",
  revalidate: policy,
});

export const setPolicyActiveAction = vendorAction("warranties.configure", policyActiveSchema, (ctx, input) => setPolicyActive(ctx, input), { revalidate: policy });

export const approveClaimAction = vendorAction("warranties.manage", claimStepSchema, (ctx, input) => decideClaim(ctx, { ...input, to: "APPROVED" }), {
  success: "warranties.steps.approve.done",
  revalidate: claim,
});

export const rejectClaimAction = vendorAction("warranties.manage", claimReasonSchema, (ctx, input) => decideClaim(ctx, { ...input, to: "REJECTED" }), {
  success: "warranties.steps.reject.done",
  revalidate: claim,
});

export const askInfoClaimAction = vendorAction("warranties.manage", claimReasonSchema, (ctx, input) => decideClaim(ctx, { ...input, to: "INFO_REQUESTED" }), {
  success: "warranties.steps.askInfo.done",
  revalidate: claim,
});

export const issueRmaAction = vendorAction("warranties.manage", issueRmaSchema, (ctx, input) => issueRma(ctx, input), {
  success: "warranties.steps.issueRma.done",
  revalidate: claim,
});

export const receiveClaimAction = vendorAction("warranties.manage", claimStepSchema, (ctx, input) => advanceClaim(ctx, { ...input, to: "RECEIVED" }), {
  success: "warranties.steps.receive.done",
  revalidate: claim,
});

export const repairClaimAction = vendorAction("warranties.manage", claimStepSchema, (ctx, input) => advanceClaim(ctx, { ...input, to: "REPAIRED" }), {
  success: "warranties.steps.repair.done",
  revalidate: claim,
});

export const closeClaimAction = vendorAction("warranties.manage", claimStepSchema, (ctx, input) => advanceClaim(ctx, { ...input, to: "CLOSED" }), {
  success: "warranties.steps.close.done",
  revalidate: claim,
});

/** A replacement unit (same product and partner) whose coverage continues the original's. */
export const replaceClaimAction = vendorAction("warranties.manage", replaceSchema, (ctx, input) => replaceUnit(ctx, input), {
  success: "warranties.steps.replace.done",
  revalidate: claim,
});

/** The credit, issued as a credit note through receivables in the same transaction. */
export const creditClaimAction = vendorAction("warranties.manage", creditSchema, (ctx, input) => creditClaim(ctx, input), {
  success: "warranties.steps.credit.done",
  revalidate: claim,
});
