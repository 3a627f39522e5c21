"use server";

import type { VendorCtx } from "@/lib/auth/context";
import { vendorAction } from "@/lib/auth/wrappers";
import { commitForecast } from "@/lib/forecasting/commits";
import { createActionPlan } from "@/lib/forecasting/plans";
import { runForecastNow } from "@/lib/forecasting/runs";
import { actionPlanSchema, commitSchema, runRequestSchema } from "@/lib/forecasting/schema";

const base = (ctx: VendorCtx) => `/${ctx.tenant.slug}/admin/forecasts`;

/**
 * "Run forecast now": the current month's run, computed by the worker (or started again after
 * it failed); a month whose forecast is published is refused with a translated reason.
 */
export const requestForecastRunAction = vendorAction("forecasts.manage", runRequestSchema, async (ctx, input) => {
  const run = await runForecastNow(ctx, input);
  return { runId: run.id, status: run.status };
}, { revalidate: base });

/** A commit for a month of the total, a territory or a partner, with its reason. */
export const commitForecastAction = vendorAction("forecasts.commit", commitSchema, (ctx, input) => commitForecast(ctx, input), {
  success: "forecasting.commit.saved",
  revalidate: (ctx) => `${base(ctx)}/commit`,
});

/** An action plan from a diagnostic, with its first task. */
export const createActionPlanAction = vendorAction("forecasts.manage", actionPlanSchema, (ctx, input) => createActionPlan(ctx, input), {
  revalidate: (ctx) => `${base(ctx)}/plans`,
  redirectTo: (ctx, result) => `${base(ctx)}/plans?plan=${result.id}`,
});
