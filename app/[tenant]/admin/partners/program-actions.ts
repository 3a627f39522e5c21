"use server";

import type { VendorCtx } from "@/lib/auth/context";
import { vendorAction } from "@/lib/auth/wrappers";
import {
  activatePartner,
  clearOverride,
  enrolPartner,
  evaluatePartnerNow,
  overrideTier,
  recordMetric,
} from "@/lib/programs/enrolment";
import {
  clearOverrideSchema,
  enrolSchema,
  overrideSchema,
  partnerIdSchema,
  recordMetricSchema,
} from "@/lib/programs/schema";

// The Partner 360 "Program and tier" and "Onboarding" tabs (components/partners/360/program-tab.tsx, onboarding-tab.tsx).
const partnerPath = (ctx: VendorCtx, partnerId: string) => `/${ctx.tenant.slug}/admin/partners/${partnerId}`;
const revalidatePartner = { revalidate: (ctx: VendorCtx, result: { partnerId: string }) => partnerPath(ctx, result.partnerId) };

export const enrolPartnerAction = vendorAction(
  "partnerPrograms.manage",
  enrolSchema,
  async (ctx, input) => {
    await enrolPartner(ctx, input);
    return { partnerId: input.partnerId };
  },
  revalidatePartner,
);

export const evaluatePartnerAction = vendorAction(
  "partnerPrograms.manage",
  partnerIdSchema,
  async (ctx, input) => {
    await evaluatePartnerNow(ctx, input);
    return { partnerId: input.partnerId };
  },
  { success: "programs.partner.evaluated", ...revalidatePartner },
);

export const overrideTierAction = vendorAction(
  "partnerPrograms.manage",
  overrideSchema,
  async (ctx, input) => {
    await overrideTier(ctx, input);
    return { partnerId: input.partnerId };
  },
  revalidatePartner,
);

export const clearOverrideAction = vendorAction(
  "partnerPrograms.manage",
  clearOverrideSchema,
  async (ctx, input) => {
    await clearOverride(ctx, input);
    return { partnerId: input.partnerId };
  },
  revalidatePartner,
);

export const recordMetricAction = vendorAction(
  "metrics.record",
  recordMetricSchema,
  (ctx, input) => recordMetric(ctx, input),
  { success: "programs.metrics.savedValue", ...revalidatePartner },
);

export const activatePartnerAction = vendorAction(
  "partnerPrograms.manage",
  partnerIdSchema,
  (ctx, input) => activatePartner(ctx, input),
  revalidatePartner,
);
