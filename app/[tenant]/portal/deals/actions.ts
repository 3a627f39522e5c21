"use server";

import type { PartnerCtx } from "@/lib/auth/context";
import { partnerAction } from "@/lib/auth/wrappers";
import { requestExtension } from "@/lib/deals/extensions";
import { checkClaim, submitRegistration, withdrawOwnRegistration } from "@/lib/deals/registrations";
import { claimCheckSchema, registrationSchema, requestExtensionSchema, withdrawRegistrationSchema } from "@/lib/deals/schema";

const deals = (ctx: PartnerCtx) => `/${ctx.tenant.slug}/portal/deals`;
const registration = (ctx: PartnerCtx, result: { id: string }) => `${deals(ctx)}/registrations/${result.id}`;

/** "Is this customer already claimed?": yes, no or "by you" — never whose. */
export const checkClaimAction = partnerAction("ownDeals.manage", claimCheckSchema, (ctx, input) => checkClaim(ctx, input));

/** Registers a deal; a double submit lands on the registration the first one made. */
export const submitRegistrationAction = partnerAction("ownDeals.manage", registrationSchema, (ctx, input) => submitRegistration(ctx, input), {
  revalidate: deals,
  redirectTo: registration,
});

/** Takes back a registration that waits for review. */
export const withdrawRegistrationAction = partnerAction("ownDeals.manage", withdrawRegistrationSchema, (ctx, input) => withdrawOwnRegistration(ctx, input), {
  success: "deals.withdraw.done",
  revalidate: deals,
});

/** Asks for more protection on an approved registration. */
export const requestExtensionAction = partnerAction(
  "ownDeals.manage",
  requestExtensionSchema,
  async (ctx, input) => {
    await requestExtension(ctx, input);
    return { id: input.registrationId };
  },
  { success: "deals.extensions.requested", revalidate: registration },
);
