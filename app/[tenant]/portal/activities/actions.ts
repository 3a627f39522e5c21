"use server";

import type { PartnerCtx } from "@/lib/auth/context";
import { partnerAction } from "@/lib/auth/wrappers";
import { completeTaskSchema, logSharedActivitySchema } from "@/lib/activities/schema";
import { completeOwnTask, logSharedActivity } from "@/lib/activities/service";

/**
 * A partner user logs activities shared with the vendor and completes the tasks assigned
 * to them; the partner is the session's, a preview is refused by the wrapper.
 */
const activitiesPath = (ctx: PartnerCtx) => `/${ctx.tenant.slug}/portal/activities`;

export const logSharedActivityAction = partnerAction(
  "sharedActivities.log",
  logSharedActivitySchema,
  async (ctx, input) => {
    const activity = await logSharedActivity(ctx, input);
    return { id: activity.id };
  },
  { revalidate: activitiesPath, success: "activities.log.saved" },
);

export const completeOwnTaskAction = partnerAction(
  "sharedActivities.log",
  completeTaskSchema,
  async (ctx, input) => {
    const task = await completeOwnTask(ctx, input);
    return { id: task.id };
  },
  { revalidate: (ctx) => `/${ctx.tenant.slug}/portal/tasks` },
);
