"use server";

import { applicationRulesSchema } from "@/lib/applications/schema";
import { updateApplicationRules } from "@/lib/applications/service";
import { vendorAction } from "@/lib/auth/wrappers";
import { brandSchema } from "@/lib/branding/schema";
import { updateBrand } from "@/lib/branding/service";
import { partnerTeamRulesSchema, tenantSettingsSchema } from "@/lib/tenancy/schema";
import { updatePartnerTeamRules, updateTenantSettings } from "@/lib/tenancy/service";

export const updateSettingsAction = vendorAction(
  "tenant.manage",
  tenantSettingsSchema,
  async (ctx, input) => {
    await updateTenantSettings(ctx, input);
    return null;
  },
  // The tenant's name shows in every back-office page's shell, so the whole area refreshes.
  { revalidate: (ctx) => `/${ctx.tenant.slug}/admin` },
);

/** The brand card: colour and logo (a new upload is claimed, the replaced logo deleted). */
export const updateBrandAction = vendorAction(
  "tenant.manage",
  brandSchema,
  async (ctx, input) => {
    await updateBrand(ctx, input);
    return null;
  },
  // The logo and colour show in every back-office page's shell.
  { revalidate: (ctx) => `/${ctx.tenant.slug}/admin` },
);

/** Whether companies may apply to become partners on the public page. */
export const updateApplicationRulesAction = vendorAction("tenant.manage", applicationRulesSchema, (ctx, input) => updateApplicationRules(ctx, input), {
  revalidate: (ctx) => `/${ctx.tenant.slug}/admin/settings`,
});

/** Whether partner admins manage their own team in the portal. */
export const updatePartnerRulesAction = vendorAction(
  "tenant.manage",
  partnerTeamRulesSchema,
  async (ctx, input) => {
    const rules = await updatePartnerTeamRules(ctx, input);
    return { partnerTeamSelfService: rules.partnerTeamSelfService };
  },
  { revalidate: (ctx) => `/${ctx.tenant.slug}/admin/settings` },
);
