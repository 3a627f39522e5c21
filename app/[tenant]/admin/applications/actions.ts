"use server";

import type { VendorCtx } from "@/lib/auth/context";
import { vendorAction } from "@/lib/auth/wrappers";
import { approveApplicationSchema, rejectApplicationSchema } from "@/lib/applications/schema";
import { approveApplication, rejectApplication } from "@/lib/applications/service";

const applicationPath = (ctx: VendorCtx, id: string) => `/${ctx.tenant.slug}/admin/applications/${id}`;

/** Approves: the partner is created and its first admin invited; the applicant is e-mailed. */
export const approveApplicationAction = vendorAction("applications.decide", approveApplicationSchema, (ctx, input) => approveApplication(ctx, input), {
  success: "applications.decide.approved",
  revalidate: (ctx, result) => applicationPath(ctx, result.id),
});

/** Rejects with a reason, which the applicant is e-mailed. */
export const rejectApplicationAction = vendorAction("applications.decide", rejectApplicationSchema, (ctx, input) => rejectApplication(ctx, input), {
  success: "applications.decide.rejected",
  revalidate: (ctx, result) => applicationPath(ctx, result.id),
});
