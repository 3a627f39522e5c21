import "server-only";
import { z } from "zod";
import { defineJob } from "@/lib/jobs/contract";
import { runOfferTimeouts } from "./timeout";

/**
 * Lead offers past their SLA deadline, every five minutes: each is expired and the lead
 * offered to the next eligible partner. Safe to rerun: each offer is claimed once
 * (./timeout.ts).
 */
export const leadOfferTimeoutJob = defineJob({
  name: "leads.expireOffers",
  payload: z.object({}),
  schedule: { cron: "*/5 * * * *", payload: {} },
  retry: { limit: 3, delaySeconds: 60, backoff: true },
  timeoutSeconds: 600,
  handler: async (_payload, run) => runOfferTimeouts(run.now),
});
