import "server-only";
import { authorize, can, scopeOf, type PartnerCtx, type TenantCtx, type VendorCtx } from "@/lib/auth/context";
import { containsText } from "@/lib/db/like";
import { withScope, type Tx } from "@/lib/db/scope";
import { withReadScope } from "@/lib/db/read";
import type { Prisma } from "@/lib/generated/prisma/client";
import { inBatches } from "@/lib/lists/csv";
import { direction, pageWindow, type ListPage } from "@/lib/lists/query";
import { dayToDate, todayIn } from "./dates";
import { ACTIVITY_SELECT, toItem } from "./rows";
import { taskListQuery, type TaskListQuery, type TaskSort } from "./schema";
import { visibleActivities } from "./scope";
import type { ActivityItem } from "./types";

/**
 * "My tasks": the tasks assigned to the reader, on either side of the channel — open ones
 * first, by due date — with filters (text, open / overdue / done) and a CSV export of the
 * same rows. Served by the indexes [tenantId, assignee…Id, completedAt, dueOn].
 */

const TASK_ORDER: Record<TaskSort, (dir: "asc" | "desc") => Prisma.ActivityOrderByWithRelationInput[]> = {
  due: (dir) => [{ completedAt: { sort: "desc", nulls: "first" } }, { dueOn: dir }],
  created: (dir) => [{ createdAt: dir }],
};

function mine(ctx: TenantCtx): Prisma.ActivityWhereInput {
  return ctx.audience === "vendor"
    ? { assigneeMembership: { userId: ctx.user.id } }
    : { assigneePartnerUser: { userId: ctx.user.id } };
}

function taskWhere(ctx: TenantCtx, query: TaskListQuery, today: string, asOf?: Date): Prisma.ActivityWhereInput {
  const todayDate = dayToDate(today);
  const state: Prisma.ActivityWhereInput =
    query.state === "open"
      ? { completedAt: null, dueOn: { gte: todayDate } }
      : query.state === "overdue"
        ? { completedAt: null, dueOn: { lt: todayDate } }
        : query.state === "done"
          ? { completedAt: { not: null } }
          : {};
  return {
    AND: [
      visibleActivities(ctx),
      mine(ctx),
      { kind: "TASK" },
      state,
      query.q ? { title: containsText(query.q) } : {},
      asOf ? { createdAt: { lte: asOf } } : {},
    ],
  };
}

const fullQuery = (input: Partial<TaskListQuery>): TaskListQuery => ({ ...taskListQuery.parse({}), ...input });

async function taskRows(
  tx: Tx,
  ctx: TenantCtx,
  where: Prisma.ActivityWhereInput,
  query: TaskListQuery,
  today: string,
  window: { skip: number; take: number },
): Promise<ActivityItem[]> {
  const rows = await tx.activity.findMany({
    where,
    orderBy: [...TASK_ORDER[query.sort.id](direction(query.sort)), { id: "asc" }],
    ...window,
    select: ACTIVITY_SELECT,
  });
  const manage = ctx.audience === "vendor" ? can(ctx, "activities.manage") : can(ctx, "sharedActivities.log");
  return rows.map((row) => toItem(ctx, row, today, manage));
}

async function listTasks(ctx: TenantCtx, input: Partial<TaskListQuery>): Promise<ListPage<ActivityItem>> {
  const query = fullQuery(input);
  const page = Math.max(1, Math.floor(query.page) || 1);
  const today = todayIn(ctx.tenant.timeZone);
  const where = taskWhere(ctx, query, today);
  return withReadScope(scopeOf(ctx), async (tx) => {
    const [rows, total] = await Promise.all([
      taskRows(tx, ctx, where, query, today, pageWindow({ page, pageSize: query.pageSize })),
      tx.activity.count({ where }),
    ]);
    return { rows, total, page, pageSize: query.pageSize };
  });
}

function exportTasks(ctx: TenantCtx, input: Partial<TaskListQuery>): AsyncIterable<ActivityItem> {
  const query = fullQuery(input);
  const today = todayIn(ctx.tenant.timeZone);
  const where = taskWhere(ctx, query, today, new Date());
  return inBatches((window) => withScope(scopeOf(ctx), (tx) => taskRows(tx, ctx, where, query, today, window)));
}

/** A back-office user's tasks. */
export async function listMyTasks(ctx: VendorCtx, input: Partial<TaskListQuery> = {}): Promise<ListPage<ActivityItem>> {
  authorize(ctx, "activities.read");
  return listTasks(ctx, input);
}

export function exportMyTasks(ctx: VendorCtx, input: Partial<TaskListQuery>): AsyncIterable<ActivityItem> {
  authorize(ctx, "activities.read");
  return exportTasks(ctx, input);
}

/** A portal user's tasks: shared tasks of their partner assigned to them. */
export async function listMyPortalTasks(ctx: PartnerCtx, input: Partial<TaskListQuery> = {}): Promise<ListPage<ActivityItem>> {
  authorize(ctx, "sharedActivities.read");
  return listTasks(ctx, input);
}

export function exportMyPortalTasks(ctx: PartnerCtx, input: Partial<TaskListQuery>): AsyncIterable<ActivityItem> {
  authorize(ctx, "sharedActivities.read");
  return exportTasks(ctx, input);
}
