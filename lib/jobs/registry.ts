import "server-only";
import { z } from "zod";
import { taskNoticesJob } from "@/lib/activities/jobs";
import { registrationExpiryJob } from "@/lib/deals/jobs";
import { monthlyForecastJob, runForecastJob } from "@/lib/forecasting/jobs";
import { leadOfferTimeoutJob } from "@/lib/leads/jobs";
import { pruneRateLimits } from "@/lib/auth/rate-limit";
import { pruneExpiredSessions } from "@/lib/auth/sessions";
import { pruneUnclaimedFilesJob } from "@/lib/files/jobs";
import { priceScanJob } from "@/lib/pricing/jobs";
import { evaluateTiersJob } from "@/lib/programs/jobs";
import { pruneExpiredSignups } from "@/lib/tenancy/signup";
import { claimsOverdueJob, syncShippedUnitsJob } from "@/lib/warranties/jobs";
import { defineJob, type AnyJob } from "./contract";

/**
 * Every background job the worker runs (lib/jobs/scheduler.ts). A module adds its jobs
 * here; see lib/jobs/contract.ts for the contract and docs/architecture.md for the recipe.
 */

/** Rate-limit windows older than a day are dead weight: drop them every hour. */
export const pruneRateLimitsJob = defineJob({
  name: "auth.pruneRateLimits",
  payload: z.object({}),
  schedule: { cron: "17 * * * *", payload: {} },
  retry: { limit: 3, delaySeconds: 60, backoff: true },
  timeoutSeconds: 300,
  handler: async (_payload, run) => ({ deleted: await pruneRateLimits(run.now) }),
});

/** Ended sessions and stale sign-up requests are kept only as long as they can matter. */
export const pruneAccountsJob = defineJob({
  name: "auth.pruneExpired",
  payload: z.object({}),
  schedule: { cron: "41 * * * *", payload: {} },
  retry: { limit: 3, delaySeconds: 60, backoff: true },
  timeoutSeconds: 300,
  handler: async (_payload, run) => ({
    sessions: await pruneExpiredSessions(run.now),
    signupRequests: await pruneExpiredSignups(run.now),
  }),
});

export const JOBS: readonly AnyJob[] = [
  pruneRateLimitsJob,
  pruneAccountsJob,
  pruneUnclaimedFilesJob,
  evaluateTiersJob,
  taskNoticesJob,
  registrationExpiryJob,
  leadOfferTimeoutJob,
  priceScanJob,
  runForecastJob,
  monthlyForecastJob,
  syncShippedUnitsJob,
  claimsOverdueJob,
];
