import "server-only";
import { z } from "zod";
import { defineJob } from "@/lib/jobs/contract";
import { scanAllTenants } from "./scan";

/**
 * The price consistency scan, daily at 05:20 UTC (before most of the Americas and Europe
 * start their day): findings are listed on the findings page and new ones alerted.
 */
export const priceScanJob = defineJob({
  name: "pricing.scan",
  payload: z.object({}),
  schedule: { cron: "20 5 * * *", payload: {} },
  retry: { limit: 3, delaySeconds: 120, backoff: true },
  timeoutSeconds: 900,
  handler: async (_payload, run) => scanAllTenants(run.now),
});
