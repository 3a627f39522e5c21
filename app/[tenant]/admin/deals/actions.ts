"use server";

import type { VendorCtx } from "@/lib/auth/context";
import { vendorAction } from "@/lib/auth/wrappers";
import { decideExtension } from "@/lib/deals/extensions";
import { approveRegistration, rejectRegistration } from "@/lib/deals/review";
import { approveRegistrationSchema, decideExtensionSchema, rejectRegistrationSchema } from "@/lib/deals/schema";

const deals = (ctx: VendorCtx) => `/${ctx.tenant.slug}/admin/deals`;

/** Approves with a protection period: the deal becomes an opportunity; the partner is told. */
export const approveRegistrationAction = vendorAction("deals.review", approveRegistrationSchema, (ctx, input) => approveRegistration(ctx, input), {
  success: "deals.review.approved",
  revalidate: deals,
});

/** Rejects with a reason the partner reads. */
export const rejectRegistrationAction = vendorAction("deals.review", rejectRegistrationSchema, (ctx, input) => rejectRegistration(ctx, input), {
  success: "deals.review.rejected",
  revalidate: deals,
});

/** Answers a partner's request for more protection. */
export const decideExtensionAction = vendorAction("deals.review", decideExtensionSchema, (ctx, input) => decideExtension(ctx, input), {
  success: "deals.extensions.decided",
  revalidate: deals,
});
