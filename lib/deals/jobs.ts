import "server-only";
import { z } from "zod";
import { defineJob } from "@/lib/jobs/contract";
import { runRegistrationExpiry } from "./expiry";

/**
 * Protection reminders and expiry of deal registrations, every hour: a tenant's day starts
 * at its own midnight, so a registration expires within the hour after its last protected
 * day ends there. Safe to rerun: each reminder and expiry is claimed once (./expiry.ts).
 */
export const registrationExpiryJob = defineJob({
  name: "deals.expireRegistrations",
  payload: z.object({}),
  schedule: { cron: "7 * * * *", payload: {} },
  retry: { limit: 3, delaySeconds: 60, backoff: true },
  timeoutSeconds: 600,
  handler: async (_payload, run) => runRegistrationExpiry(run.now),
});
