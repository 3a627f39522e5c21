"use server";

import type { PartnerCtx } from "@/lib/auth/context";
import { partnerAction } from "@/lib/auth/wrappers";
import { acceptAgreement, saveBilling, submitCertification, submitDocument } from "@/lib/programs/onboarding";
import { acceptAgreementSchema, billingSchema, certificationSchema, documentSchema } from "@/lib/programs/schema";

// The portal's onboarding page; the partner is always the session's.
const onboardingPath = (ctx: PartnerCtx) => `/${ctx.tenant.slug}/portal/onboarding`;

export const acceptAgreementAction = partnerAction(
  "onboarding.complete",
  acceptAgreementSchema,
  (ctx, input) => acceptAgreement(ctx, input),
  { success: "programs.onboarding.accepted", revalidate: onboardingPath },
);

export const saveBillingAction = partnerAction("onboarding.complete", billingSchema, (ctx, input) => saveBilling(ctx, input), {
  success: "programs.onboarding.billingSaved",
  revalidate: onboardingPath,
});

export const submitCertificationAction = partnerAction(
  "onboarding.complete",
  certificationSchema,
  (ctx, input) => submitCertification(ctx, input),
  { success: "programs.onboarding.certificationSaved", revalidate: onboardingPath },
);

export const submitDocumentAction = partnerAction("onboarding.complete", documentSchema, (ctx, input) => submitDocument(ctx, input), {
  success: "programs.onboarding.documentSaved",
  revalidate: onboardingPath,
});
