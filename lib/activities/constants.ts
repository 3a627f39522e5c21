/**
 * Values the activities schema and the activities forms share, without zod: a form imports them from
 * here so that its page does not load zod and the schemas (./schema re-exports them).
 */
export const ACTIVITY_KINDS = ["CALL", "MEETING", "EMAIL", "NOTE", "TASK"] as const;
/** Reminder choices of a task: days before its due date ("none" = no reminder). */
export const REMINDER_CHOICES = ["none", "0", "1", "2", "7"] as const;
