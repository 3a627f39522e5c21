import "server-only";
import { z } from "zod";
import { defineJob } from "@/lib/jobs/contract";
import { sendOverdueReminders } from "./reminders";

/**
 * Overdue reminders, every hour: a tenant's day starts at its own midnight, so an invoice
 * becomes overdue (and is reminded) within the hour. Safe to rerun: each stage of each
 * invoice is claimed once (./reminders.ts).
 */
export const overdueRemindersJob = defineJob({
  name: "invoicing.overdueReminders",
  payload: z.object({}),
  schedule: { cron: "23 * * * *", payload: {} },
  retry: { limit: 3, delaySeconds: 60, backoff: true },
  timeoutSeconds: 600,
  handler: async (_payload, run) => sendOverdueReminders(run.now),
});
