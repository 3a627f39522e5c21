"use server";

import { vendorAction } from "@/lib/auth/wrappers";
import { partnerTeamRulesSchema, tenantBrandSchema, tenantSettingsSchema } from "@/lib/tenancy/schema";
import { updatePartnerTeamRules, updateTenantBrand, updateTenantSettings } from "@/lib/tenancy/service";

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

/** The workspace's brand colour: the shell and every e-mail of the workspace show it. */
export const updateBrandAction = vendorAction(
  "tenant.manage",
  tenantBrandSchema,
  async (ctx, input) => {
    const rules = await updateTenantBrand(ctx, input);
    return { brandColor: rules.brandColor };
  },
  { revalidate: (ctx) => `/${ctx.tenant.slug}/admin` },
);

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
