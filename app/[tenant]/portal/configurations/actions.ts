"use server";

import { getLocale } from "next-intl/server";
import type { PartnerCtx } from "@/lib/auth/context";
import { partnerAction } from "@/lib/auth/wrappers";
import { deleteSavedConfiguration, saveConfiguration } from "@/lib/configurator/saved";
import { saveConfigurationSchema, savedConfigurationIdSchema } from "@/lib/configurator/schema";

const listPath = (ctx: PartnerCtx) => `/${ctx.tenant.slug}/portal/configurations`;

export const saveConfigurationAction = partnerAction(
  "ownConfigurations.manage",
  saveConfigurationSchema,
  async (ctx, input) => saveConfiguration(ctx, input, await getLocale()),
  { revalidate: listPath, redirectTo: (ctx, result) => `${listPath(ctx)}/${result.configurationId}` },
);

export const deleteSavedConfigurationAction = partnerAction(
  "ownConfigurations.manage",
  savedConfigurationIdSchema,
  (ctx, input) => deleteSavedConfiguration(ctx, input.configurationId),
  { revalidate: listPath, redirectTo: listPath },
);
