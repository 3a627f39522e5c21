"use server";

import { vendorAction } from "@/lib/auth/wrappers";
import { tenantSettingsSchema } from "@/lib/tenancy/schema";
import { updateTenantSettings } from "@/lib/tenancy/service";

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
