"use server";

import type { VendorCtx } from "@/lib/auth/context";
import { vendorAction } from "@/lib/auth/wrappers";
import { completeTaskSchema, logActivitySchema } from "@/lib/activities/schema";
import { completeTask, logActivity } from "@/lib/activities/service";

/** Activities in the back office: logged from a subject's timeline, tasks completed from there or "my tasks". */
const tasksPath = (ctx: VendorCtx) => `/${ctx.tenant.slug}/admin/tasks`;

export const logActivityAction = vendorAction(
  "activities.manage",
  logActivitySchema,
  async (ctx, input) => {
    const activity = await logActivity(ctx, input);
    return { id: activity.id, partnerId: activity.partner?.id ?? null };
  },
  {
    revalidate: (ctx, result) =>
      result.partnerId ? `/${ctx.tenant.slug}/admin/partners/${result.partnerId}` : tasksPath(ctx),
    success: "activities.log.saved",
  },
);

export const completeTaskAction = vendorAction(
  "activities.manage",
  completeTaskSchema,
  async (ctx, input) => {
    const task = await completeTask(ctx, input);
    return { id: task.id };
  },
  { revalidate: tasksPath },
);
