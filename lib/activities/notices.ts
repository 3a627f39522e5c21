import "server-only";
import { systemCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { withScope, type Tx } from "@/lib/db/scope";
import { publishEvent } from "@/lib/notify/publish";
import { taskLink } from "./assignees";
import { addDays, dateToDay, dayToDate, todayIn } from "./dates";

/**
 * Task reminders and overdue notices, sent by the `activities.taskNotices` job
 * (./jobs.ts). The worker finds the tenants with open tasks whose reminder day or due
 * date may have come (its row-level-security policy shows it open tasks only); each
 * tenant is then handled as Canal's own action, with "today" taken in that tenant's time
 * zone. A notice is claimed by a conditional update (`reminderSentAt IS NULL`), so a rerun
 * or a second worker never sends it twice, and it goes through the alerts outbox in the
 * same transaction. A task already overdue gets the overdue notice only.
 */

const BATCH = 200;

type Sent = { reminders: number; overdue: number };

export async function sendTaskNotices(now: Date = new Date()): Promise<Sent> {
  // The furthest "today" of any time zone (UTC+14) is at most one day after UTC's.
  const horizon = dayToDate(addDays(dateToDay(now), 1));
  const tenants = await withScope({ audience: "worker" }, (tx) =>
    tx.activity.findMany({
      where: {
        kind: "TASK",
        completedAt: null,
        OR: [
          { remindOn: { lte: horizon }, reminderSentAt: null },
          { dueOn: { lt: horizon }, overdueNotifiedAt: null },
        ],
      },
      distinct: ["tenantId"],
      select: { tenantId: true },
    }),
  );
  const sent: Sent = { reminders: 0, overdue: 0 };
  for (const { tenantId } of tenants) {
    for (;;) {
      const batch = await withScope({ audience: "system", tenantId }, (tx) => noticesOfTenant(tx, tenantId, now));
      sent.reminders += batch.reminders;
      sent.overdue += batch.overdue;
      if (batch.reminders + batch.overdue < BATCH) break;
    }
  }
  return sent;
}

async function noticesOfTenant(tx: Tx, tenantId: string, now: Date): Promise<Sent> {
  const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { slug: true, name: true, timeZone: true } });
  const today = dayToDate(todayIn(tenant.timeZone, now));
  const due = await tx.activity.findMany({
    where: {
      tenantId,
      kind: "TASK",
      completedAt: null,
      OR: [
        { dueOn: { lt: today }, overdueNotifiedAt: null },
        { remindOn: { lte: today }, reminderSentAt: null },
      ],
    },
    orderBy: { id: "asc" },
    take: BATCH,
    select: {
      id: true,
      title: true,
      dueOn: true,
      remindOn: true,
      reminderSentAt: true,
      assigneeMembership: { select: { userId: true, status: true } },
      assigneePartnerUser: { select: { userId: true, status: true } },
    },
  });
  const ctx = systemCtx(tenantId);
  const sent: Sent = { reminders: 0, overdue: 0 };
  for (const task of due) {
    const overdue = task.dueOn! < today;
    // Claim the notice; a task claimed by another run (or completed meanwhile) is skipped.
    const claimed = await tx.activity.updateMany({
      where: { tenantId, id: task.id, completedAt: null, ...(overdue ? { overdueNotifiedAt: null } : { reminderSentAt: null }) },
      data: overdue ? { overdueNotifiedAt: now, reminderSentAt: task.reminderSentAt ?? now } : { reminderSentAt: now },
    });
    if (claimed.count === 0) continue;
    await recordAudit(tx, ctx, {
      action: overdue ? "task.overdueNotified" : "task.reminded",
      entityType: "Activity",
      entityId: task.id,
      after: { title: task.title, dueOn: dateToDay(task.dueOn!) },
    });
    if (overdue) sent.overdue += 1;
    else sent.reminders += 1;
    const seat = task.assigneeMembership ?? task.assigneePartnerUser;
    // Nobody to tell (no assignee, or their seat was switched off): marked, not sent.
    if (!seat || seat.status !== "ACTIVE") continue;
    await publishEvent(tx, {
      tenantId,
      type: overdue ? "task.overdue" : "task.reminder",
      payload: {
        recipients: [{ userId: seat.userId }],
        link: taskLink(tenant.slug, task.assigneeMembership ? "VENDOR" : "PARTNER"),
        params: { task: task.title, due: dateToDay(task.dueOn!), tenant: tenant.name },
      },
    });
  }
  return sent;
}
