import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dateToDay } from "./dates";
import type { ActivityItem } from "./types";

/** The columns an ActivityItem is made from (never a whole row with its relations). */
export const ACTIVITY_SELECT = {
  id: true,
  kind: true,
  visibility: true,
  subjectType: true,
  title: true,
  body: true,
  occurredOn: true,
  dueOn: true,
  remindOn: true,
  completedAt: true,
  authorSide: true,
  version: true,
  createdAt: true,
  partner: { select: { id: true, name: true } },
  // a portal reader sees only its own partner's accounts: another's stays null
  account: { select: { id: true, name: true } },
  // …and only its own partner's deals
  opportunity: { select: { id: true, name: true } },
  authorName: true,
  assigneeName: true,
  completedByName: true,
  assigneeMembershipId: true,
  assigneePartnerUserId: true,
  // a portal reader cannot read the vendor's seats: these stay null for it (names are snapshots)
  assigneeMembership: { select: { userId: true } },
  assigneePartnerUser: { select: { userId: true } },
} as const satisfies Prisma.ActivitySelect;

export type ActivityRow = Prisma.ActivityGetPayload<{ select: typeof ACTIVITY_SELECT }>;

/** The user id of a task's assignee, whichever side their seat is on. */
export function assigneeUserId(row: Pick<ActivityRow, "assigneeMembership" | "assigneePartnerUser">): string | null {
  return row.assigneeMembership?.userId ?? row.assigneePartnerUser?.userId ?? null;
}

/** Who reads an activity (a vendor or partner context fits): enough to decide what they may do with it. */
export type ActivityReader = { audience: "vendor" | "partner"; user: { id: string }; preview?: unknown };

/**
 * Who may mark a task done: on the vendor's side anyone who manages activities; in the
 * portal only the person it is assigned to (never in a preview, which reads only).
 */
export function mayComplete(ctx: ActivityReader, row: ActivityRow, canManage: boolean): boolean {
  if (row.kind !== "TASK" || row.completedAt) return false;
  if (ctx.audience === "vendor") return canManage;
  return canManage && !ctx.preview && row.assigneePartnerUser?.userId === ctx.user.id;
}

export function toItem(ctx: ActivityReader, row: ActivityRow, today: string, canManage: boolean): ActivityItem {
  const assignee = row.assigneeName
    ? { name: row.assigneeName, side: row.assigneePartnerUserId ? ("PARTNER" as const) : ("VENDOR" as const) }
    : null;
  const dueOn = row.dueOn ? dateToDay(row.dueOn) : null;
  return {
    id: row.id,
    kind: row.kind,
    visibility: row.visibility,
    subjectType: row.subjectType,
    partner: row.partner,
    account: row.account,
    deal: row.opportunity,
    title: row.title,
    body: row.body,
    occurredOn: dateToDay(row.occurredOn),
    dueOn,
    remindOn: row.remindOn ? dateToDay(row.remindOn) : null,
    author: { name: row.authorName, side: row.authorSide },
    assignee,
    completedAt: row.completedAt,
    completedBy: row.completedByName,
    overdue: row.kind === "TASK" && !row.completedAt && !!dueOn && dueOn < today,
    canComplete: mayComplete(ctx, row, canManage),
    version: row.version,
    createdAt: row.createdAt,
  };
}
