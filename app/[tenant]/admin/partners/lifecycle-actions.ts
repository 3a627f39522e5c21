"use server";

import { vendorAction } from "@/lib/auth/wrappers";
import { changePartnerStatus } from "@/lib/partners/lifecycle";
import { changePartnerStatusSchema } from "@/lib/partners/schema";

/** A lifecycle change from the partner page (allowed transitions only, reason required). */
export const changePartnerStatusAction = vendorAction("partners.manage", changePartnerStatusSchema, (ctx, input) => changePartnerStatus(ctx, input), {
  success: "lifecycle.change.saved",
  revalidate: (ctx, result) => `/${ctx.tenant.slug}/admin/partners/${result.partnerId}`,
});
