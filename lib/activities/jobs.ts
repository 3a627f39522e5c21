import "server-only";
import { z } from "zod";
import { defineJob } from "@/lib/jobs/contract";
import { sendTaskNotices } from "./notices";

/**
 * Task reminders and overdue notices, every 15 minutes: a tenant's day starts at its own
 * midnight, so notices go out within a quarter of an hour of it. Safe to rerun: each
 * notice is claimed once (./notices.ts).
 */
export const taskNoticesJob = defineJob({
  name: "activities.taskNotices",
  payload: z.object({}),
  schedule: { cron: "*/15 * * * *", payload: {} },
  retry: { limit: 3, delaySeconds: 60, backoff: true },
  timeoutSeconds: 600,
  handler: async (_payload, run) => sendTaskNotices(run.now),
});
