import "server-only";
import { authorize, can, scopeOf, type PartnerCtx, type TenantCtx, type VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { withScope, type Tx } from "@/lib/db/scope";
import { withReadScope } from "@/lib/db/read";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import { publishEvent } from "@/lib/notify/publish";
import { addDays, dayToDate, todayIn } from "./dates";
import { assigneeChoice, taskLink } from "./assignees";
import { ACTIVITY_SELECT, mayComplete, toItem } from "./rows";
import {
  MAX_DUE_DAYS,
  type ActivitySubjectTypeValue,
  type CompleteTaskInput,
  type LogActivityInput,
  type LogSharedActivityInput,
} from "./schema";
import { visibleActivities } from "./scope";
import { ACTIVITY_SUBJECTS } from "./subjects";
import type { ActivityItem, Timeline } from "./types";

// Task lists ("my tasks", CSV export) live in ./list.ts, assignee choices in ./assignees.ts,
// reminders and overdue notices in ./notices.ts (run by ./jobs.ts).
export { listAssigneeOptions, listOwnAssigneeOptions } from "./assignees";

const TIMELINE_PAGE = 20;
const MAX_TIMELINE = 200;

/** Managing activities, per side: what lets a reader complete a task. */
const managesActivities = (ctx: TenantCtx) =>
  ctx.audience === "vendor" ? can(ctx, "activities.manage") : can(ctx, "sharedActivities.log");

/** The vendor logs a call, meeting, e-mail, note or task on a subject: internal or shared. */
export async function logActivity(ctx: VendorCtx, input: LogActivityInput): Promise<ActivityItem> {
  authorize(ctx, "activities.manage");
  return withScope(scopeOf(ctx), (tx) => createActivity(tx, ctx, input, input.visibility));
}

/** A partner user logs an activity on its own partner's records: always shared with the vendor. */
export async function logSharedActivity(ctx: PartnerCtx, input: LogSharedActivityInput): Promise<ActivityItem> {
  authorize(ctx, "sharedActivities.log");
  return withScope(scopeOf(ctx), (tx) => createActivity(tx, ctx, input, "SHARED"));
}

function fieldError(field: string, message: string): AppError {
  return new AppError("VALIDATION_FAILED", { fields: { [field]: [message] } });
}

/** The calendar rules, checked against "today" where the vendor works. */
function datesOf(input: LogSharedActivityInput, today: string) {
  if (input.kind !== "TASK") {
    const limit = input.kind === "MEETING" ? addDays(today, 366) : today;
    if (input.occurredOn > limit) {
      throw fieldError("occurredOn", input.kind === "MEETING" ? "activities.validation.meetingTooFar" : "activities.validation.occurredFuture");
    }
    if (input.occurredOn < addDays(today, -MAX_DUE_DAYS)) throw fieldError("occurredOn", "activities.validation.occurredTooOld");
    return { occurredOn: input.occurredOn, dueOn: null, remindOn: null };
  }
  if (input.dueOn < today) throw fieldError("dueOn", "activities.validation.dueInPast");
  if (input.dueOn > addDays(today, MAX_DUE_DAYS)) throw fieldError("dueOn", "activities.validation.dueTooFar");
  const remindOn = input.reminder === "none" ? null : addDays(input.dueOn, -Number(input.reminder));
  if (remindOn && remindOn < today) throw fieldError("reminder", "activities.validation.reminderPast");
  return { occurredOn: today, dueOn: input.dueOn, remindOn };
}

/**
 * Logs an activity inside the caller's transaction — for a module whose records carry
 * tasks created together with the record (forecasting action plans). The caller authorizes.
 */
export async function createActivity(
  tx: Tx,
  ctx: TenantCtx,
  input: LogSharedActivityInput,
  visibility: "INTERNAL" | "SHARED",
): Promise<ActivityItem> {
  const subject = await ACTIVITY_SUBJECTS[input.subjectType].resolve(tx, ctx, input.subjectId);
  if (!subject) throw new AppError("NOT_FOUND");
  const today = todayIn(ctx.tenant.timeZone);
  const dates = datesOf(input, today);
  const assignee =
    input.kind === "TASK" ? await assigneeChoice(tx, ctx, input.assignee, subject.partnerId, visibility) : null;
  const id = createId("activity");
  await tx.activity.createMany({
    data: [
      {
        id,
        tenantId: ctx.tenantId,
        kind: input.kind,
        visibility,
        subjectType: input.subjectType,
        ...subject.columns,
        title: input.title,
        body: input.body,
        occurredOn: dayToDate(dates.occurredOn),
        dueOn: dates.dueOn ? dayToDate(dates.dueOn) : null,
        remindOn: dates.remindOn ? dayToDate(dates.remindOn) : null,
        assigneeMembershipId: assignee?.membershipId ?? null,
        assigneePartnerUserId: assignee?.partnerUserId ?? null,
        authorUserId: ctx.user.id,
        authorSide: ctx.audience === "vendor" ? "VENDOR" : "PARTNER",
        authorName: ctx.user.name || ctx.user.email,
        assigneeName: assignee?.name ?? null,
      },
    ],
  });
  await recordAudit(tx, ctx, {
    action: input.kind === "TASK" ? "task.created" : "activity.logged",
    entityType: "Activity",
    entityId: id,
    after: {
      kind: input.kind,
      visibility,
      subject: input.subjectType,
      subjectId: input.subjectId,
      title: input.title,
      ...(dates.dueOn ? { dueOn: dates.dueOn, remindOn: dates.remindOn, assignee: assignee?.name ?? null } : {}),
    },
  });
  if (assignee && assignee.userId !== ctx.user.id) {
    await publishEvent(tx, {
      tenantId: ctx.tenantId,
      type: "task.assigned",
      payload: {
        recipients: [{ userId: assignee.userId }],
        link: taskLink(ctx.tenant.slug, assignee.side),
        params: { task: input.title, actor: ctx.user.name, due: dates.dueOn!, tenant: ctx.tenant.name },
      },
    });
  }
  const row = await tx.activity.findUniqueOrThrow({
    where: { tenantId_id: { tenantId: ctx.tenantId, id } },
    select: ACTIVITY_SELECT,
  });
  return toItem(ctx, row, today, managesActivities(ctx));
}

/** A subject's timeline as the vendor sees it, newest first (NOT_FOUND for a foreign id). */
export async function getTimeline(
  ctx: VendorCtx,
  subject: { type: ActivitySubjectTypeValue; id: string },
  options: { limit?: number } = {},
): Promise<Timeline> {
  authorize(ctx, "activities.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    if (!(await ACTIVITY_SUBJECTS[subject.type].resolve(tx, ctx, subject.id))) throw new AppError("NOT_FOUND");
    return timeline(tx, ctx, ACTIVITY_SUBJECTS[subject.type].where(subject.id), options.limit);
  });
}

/**
 * The activities the vendor and the partner share, as the partner's users see them: all of
 * them, or one subject's (one of its accounts; NOT_FOUND for a record it cannot reach).
 */
export async function getSharedTimeline(
  ctx: PartnerCtx,
  options: { limit?: number; subject?: { type: ActivitySubjectTypeValue; id: string } } = {},
): Promise<Timeline> {
  authorize(ctx, "sharedActivities.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const subject = options.subject;
    if (subject && !(await ACTIVITY_SUBJECTS[subject.type].resolve(tx, ctx, subject.id))) throw new AppError("NOT_FOUND");
    return timeline(tx, ctx, subject ? ACTIVITY_SUBJECTS[subject.type].where(subject.id) : {}, options.limit);
  });
}

async function timeline(tx: Tx, ctx: TenantCtx, where: object, limit = TIMELINE_PAGE): Promise<Timeline> {
  const take = Math.min(Math.max(1, Math.floor(limit)), MAX_TIMELINE);
  const rows = await tx.activity.findMany({
    where: { AND: [visibleActivities(ctx), where] },
    orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }, { id: "desc" }],
    take: take + 1,
    select: ACTIVITY_SELECT,
  });
  const today = todayIn(ctx.tenant.timeZone);
  const manage = managesActivities(ctx);
  return { items: rows.slice(0, take).map((row) => toItem(ctx, row, today, manage)), more: rows.length > take };
}

/** The vendor marks a task done (any task of the tenant). */
export async function completeTask(ctx: VendorCtx, input: CompleteTaskInput): Promise<ActivityItem> {
  authorize(ctx, "activities.manage");
  return withScope(scopeOf(ctx), (tx) => finishTask(tx, ctx, input));
}

/** A partner user marks done a shared task assigned to them. */
export async function completeOwnTask(ctx: PartnerCtx, input: CompleteTaskInput): Promise<ActivityItem> {
  authorize(ctx, "sharedActivities.log");
  return withScope(scopeOf(ctx), (tx) => finishTask(tx, ctx, input));
}

async function finishTask(tx: Tx, ctx: TenantCtx, input: CompleteTaskInput): Promise<ActivityItem> {
  // In the portal a task to complete is one's own: anyone else's is not there to act on.
  const own = ctx.audience === "partner" ? { assigneePartnerUser: { userId: ctx.user.id } } : {};
  const row = await tx.activity.findFirst({
    where: { ...visibleActivities(ctx), ...own, id: input.activityId },
    select: ACTIVITY_SELECT,
  });
  if (!row) throw new AppError("NOT_FOUND");
  if (row.kind !== "TASK") throw new AppError("CONFLICT");
  if (row.completedAt) throw new AppError("TASK_DONE");
  if (!mayComplete(ctx, row, true)) throw new AppError("FORBIDDEN");
  const done = await tx.activity.updateMany({
    where: { tenantId: ctx.tenantId, id: row.id, version: input.version, completedAt: null },
    data: {
      completedAt: new Date(),
      completedByUserId: ctx.user.id,
      completedByName: ctx.user.name || ctx.user.email,
      version: { increment: 1 },
    },
  });
  if (done.count === 0) throw new AppError("STALE_EDIT");
  await recordAudit(tx, ctx, {
    action: "task.completed",
    entityType: "Activity",
    entityId: row.id,
    before: { title: row.title, completed: false },
    after: { title: row.title, completed: true },
  });
  const after = await tx.activity.findUniqueOrThrow({
    where: { tenantId_id: { tenantId: ctx.tenantId, id: row.id } },
    select: ACTIVITY_SELECT,
  });
  return toItem(ctx, after, todayIn(ctx.tenant.timeZone), managesActivities(ctx));
}
