import "server-only";
import { z } from "zod";
import { systemCtx } from "@/lib/auth/context";
import { withScope } from "@/lib/db/scope";
import { defineJob } from "@/lib/jobs/contract";
import { executeRun, failRun } from "./run";
import { findOrCreateRun } from "./run-request";

const RETRY = { limit: 2, delaySeconds: 60, backoff: true };

/**
 * One forecast run (enqueued by `requestForecastRun` in its transaction, keyed by the run
 * id). Safe to run again: a published run is left alone, a half-written one rewritten.
 * When the last attempt fails the run is marked FAILED so its screen stops waiting.
 */
export const runForecastJob = defineJob({
  name: "forecasting.run",
  payload: z.object({ tenantId: z.string().min(1), runId: z.string().min(1) }),
  retry: RETRY,
  timeoutSeconds: 30 * 60,
  handler: async (payload, run) => {
    try {
      return await executeRun(payload.tenantId, payload.runId);
    } catch (error) {
      if (run.attempt > RETRY.limit) await failRun(payload.tenantId, payload.runId, "INTERNAL");
      throw error;
    }
  },
});

/**
 * On the first of every month, each tenant gets its run for the new month (in the
 * tenant's calendar), 12 months ahead, computed here one tenant after the other. A run
 * that already exists for that month (someone started it) is not started again.
 */
export const monthlyForecastJob = defineJob({
  name: "forecasting.monthly",
  payload: z.object({}),
  schedule: { cron: "30 4 1 * *", payload: {} },
  retry: RETRY,
  timeoutSeconds: 60 * 60,
  handler: async (_payload, run) => {
    const tenants = await withScope({ audience: "worker" }, (tx) => tx.tenant.findMany({ select: { id: true }, orderBy: { id: "asc" } }));
    let published = 0;
    for (const tenant of tenants) {
      const ctx = systemCtx(tenant.id);
      const requested = await withScope({ audience: "system", tenantId: tenant.id }, (tx) => findOrCreateRun(tx, ctx, { horizon: 12 }, run.now));
      const outcome = await executeRun(tenant.id, requested.id);
      if (outcome.status === "PUBLISHED") published += 1;
    }
    return { tenants: tenants.length, published };
  },
});
