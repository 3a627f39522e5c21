"use server";

import { partnerAction } from "@/lib/auth/wrappers";
import { partnerForecastSchema } from "@/lib/forecasting/schema";
import { submitPartnerForecast } from "@/lib/forecasting/submissions";

/** The partner submits its expected purchases per month: a new version. */
export const submitPartnerForecastAction = partnerAction(
  "ownForecasts.submit",
  partnerForecastSchema,
  async (ctx, input) => {
    const version = await submitPartnerForecast(ctx, input);
    return { version: version.version };
  },
  { success: "forecasting.portal.saved", revalidate: (ctx) => `/${ctx.tenant.slug}/portal/forecast` },
);
