import { z } from "zod";
import { defineListQuery } from "@/lib/lists/query";
import { isCalendarDay } from "./dates";
import { ACTIVITY_KINDS, REMINDER_CHOICES } from "./constants";

export { ACTIVITY_KINDS, REMINDER_CHOICES };
export const ACTIVITY_VISIBILITIES = ["INTERNAL", "SHARED"] as const;
/** What an activity can be about; a module adds its subject here and in ./subjects.ts. */
export const ACTIVITY_SUBJECT_TYPES = ["PARTNER", "ACCOUNT", "DEAL", "FORECAST_PLAN"] as const;

export type ActivityKindValue = (typeof ACTIVITY_KINDS)[number];
export type ActivityVisibilityValue = (typeof ACTIVITY_VISIBILITIES)[number];
export type ActivitySubjectTypeValue = (typeof ACTIVITY_SUBJECT_TYPES)[number];

/** Furthest a due date may lie ahead (a typo guard: 2062 instead of 2026). */
export const MAX_DUE_DAYS = 5 * 366;

const day = z
  .string()
  .trim()
  .refine((value) => value === "" || isCalendarDay(value), { message: "activities.validation.date" });
const id = z.string().trim().min(1).max(64);

/**
 * An assignee as the form's select sends it: a back-office seat ("m:mem_…") or a portal
 * seat of the subject's partner ("p:pu_…"); empty = nobody. The service checks the seat.
 */
const assignee = z
  .string()
  .trim()
  .max(80)
  .refine((value) => value === "" || /^[mp]:[a-z]{2,4}_[a-z0-9]{1,40}$/.test(value), { message: "activities.validation.assignee" });

const fields = {
  subjectType: z.enum(ACTIVITY_SUBJECT_TYPES),
  subjectId: id,
  kind: z.enum(ACTIVITY_KINDS, { message: "activities.validation.kind" }),
  title: z.string().trim().min(1, { message: "validation.required" }).max(200),
  body: z
    .string()
    .trim()
    .max(5000)
    .transform((value) => value || null),
  occurredOn: day,
  dueOn: day,
  assignee,
  reminder: z.enum(REMINDER_CHOICES, { message: "activities.validation.reminder" }),
};

/** Date rules of the form that need no clock: the service checks them against "today". */
function taskRules(input: { kind: string; dueOn: string; occurredOn: string; assignee: string; reminder: string }, ctx: z.RefinementCtx) {
  if (input.kind === "TASK") {
    if (!input.dueOn) ctx.addIssue({ code: "custom", path: ["dueOn"], message: "activities.validation.dueRequired" });
    if (!input.assignee) ctx.addIssue({ code: "custom", path: ["assignee"], message: "activities.validation.assigneeRequired" });
  } else {
    if (!input.occurredOn) ctx.addIssue({ code: "custom", path: ["occurredOn"], message: "validation.required" });
    if (input.reminder !== "none") ctx.addIssue({ code: "custom", path: ["reminder"], message: "activities.validation.reminderTaskOnly" });
  }
}

/** The vendor logs an activity: internal or shared with the partner. */
export const logActivitySchema = z
  .object({ ...fields, visibility: z.enum(ACTIVITY_VISIBILITIES, { message: "activities.validation.visibility" }) })
  .superRefine(taskRules);
export type LogActivityInput = z.infer<typeof logActivitySchema>;

/** A partner user logs an activity: always shared with the vendor (no visibility field). */
export const logSharedActivitySchema = z.object(fields).superRefine(taskRules);
export type LogSharedActivityInput = z.infer<typeof logSharedActivitySchema>;

/** Completing a task, with the version it was shown at (a stale tab is refused). */
export const completeTaskSchema = z.object({
  activityId: id,
  version: z.coerce.number().int().min(0).max(2_147_483_647),
});
export type CompleteTaskInput = z.infer<typeof completeTaskSchema>;

export const TASK_STATES = ["open", "overdue", "done"] as const;

/** "My tasks": `?state=open&q=&sort=due`. */
export const taskListQuery = defineListQuery({
  sorts: ["due", "created"],
  defaultSort: { id: "due", desc: false },
  filters: {
    q: z.string().trim().max(100).optional().catch(undefined),
    state: z.enum(TASK_STATES).optional().catch(undefined),
  },
});
export const TASK_LIST_FILTERS = ["q", "state"] as const;
export type TaskListQuery = ReturnType<typeof taskListQuery.parse>;
export type TaskSort = TaskListQuery["sort"]["id"];
