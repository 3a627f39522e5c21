"use server";

import type { VendorCtx } from "@/lib/auth/context";
import { vendorAction } from "@/lib/auth/wrappers";
import { createStageSchema, dealSettingsSchema, deleteStageSchema, moveStageOrderSchema, updateStageSchema } from "@/lib/deals/schema";
import { createStage, deleteStage, moveStageOrder, updateDealSettings, updateStage } from "@/lib/deals/stages";

const settings = (ctx: VendorCtx) => `/${ctx.tenant.slug}/admin/deals/settings`;

export const createStageAction = vendorAction("deals.configure", createStageSchema, (ctx, input) => createStage(ctx, input), { revalidate: settings });

export const updateStageAction = vendorAction("deals.configure", updateStageSchema, (ctx, input) => updateStage(ctx, input), { revalidate: settings });

export const moveStageOrderAction = vendorAction("deals.configure", moveStageOrderSchema, (ctx, input) => moveStageOrder(ctx, input), { revalidate: settings });

export const deleteStageAction = vendorAction(
  "deals.configure",
  deleteStageSchema,
  async (ctx, input) => {
    await deleteStage(ctx, input.stageId);
    return { stageId: input.stageId };
  },
  { revalidate: settings },
);

/** Protection, reminder and extension rules of deal registration. */
export const updateDealSettingsAction = vendorAction("deals.configure", dealSettingsSchema, (ctx, input) => updateDealSettings(ctx, input), {
  success: "deals.settings.rulesSaved",
  revalidate: settings,
});
