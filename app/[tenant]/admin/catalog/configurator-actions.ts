"use server";

import { getLocale } from "next-intl/server";
import type { VendorCtx } from "@/lib/auth/context";
import { vendorAction } from "@/lib/auth/wrappers";
import { bundleItemSchema, optionGroupSchema, optionSchema, removePartSchema, ruleSchema } from "@/lib/configurator/schema";
import { addBundleItem, addRule, removeConfiguratorPart, saveOption, saveOptionGroup } from "@/lib/configurator/service";

// The configurator editor of a product page. The report of a refused change (rules that
// would contradict each other) names options in the editor's language.
const productPath = (ctx: VendorCtx, result: { productId: string }) => `/${ctx.tenant.slug}/admin/catalog/${result.productId}`;

export const saveOptionGroupAction = vendorAction("catalog.manage", optionGroupSchema, async (ctx, input) => saveOptionGroup(ctx, input, await getLocale()), {
  success: "configurator.editor.saved",
  revalidate: productPath,
});

export const saveOptionAction = vendorAction("catalog.manage", optionSchema, async (ctx, input) => saveOption(ctx, input, await getLocale()), {
  success: "configurator.editor.saved",
  revalidate: productPath,
});

export const addConfiguratorRuleAction = vendorAction("catalog.manage", ruleSchema, async (ctx, input) => addRule(ctx, input, await getLocale()), {
  success: "configurator.editor.ruleAdded",
  revalidate: productPath,
});

export const addBundleItemAction = vendorAction("catalog.manage", bundleItemSchema, async (ctx, input) => addBundleItem(ctx, input, await getLocale()), {
  success: "configurator.editor.bundleAdded",
  revalidate: productPath,
});

export const removeConfiguratorPartAction = vendorAction("catalog.manage", removePartSchema, async (ctx, input) => removeConfiguratorPart(ctx, input, await getLocale()), {
  revalidate: productPath,
});
