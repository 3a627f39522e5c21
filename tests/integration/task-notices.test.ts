/**
 * The reminders job (lib/activities/notices.ts, jobs.ts): reminders on their day and
 * overdue notices from the day after the due date — both in the tenant's own time zone —
 * through the alerts outbox, each exactly once, never for a done task.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { addDays, todayIn } from "@/lib/activities/dates";
import { taskNoticesJob } from "@/lib/activities/jobs";
import { sendTaskNotices } from "@/lib/activities/notices";
import { logActivitySchema } from "@/lib/activities/schema";
import { completeTask, logActivity } from "@/lib/activities/service";
import { JOBS } from "@/lib/jobs/registry";
import { ownerQuery } from "@/tests/fixtures/db";
import { createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";

let east: VendorCtx; // Pacific/Kiritimati, UTC+14
let west: VendorCtx; // Pacific/Pago_Pago, UTC-11
let eastPartner: PartnerCtx;
let westPartner: PartnerCtx;

const seatOf = async (table: "Membership" | "PartnerUser", ctx: { tenantId: string; user: { id: string } }) =>
  (await ownerQuery<{ id: string }>(`SELECT id FROM "${table}" WHERE "tenantId" = $1 AND "userId" = $2`, [ctx.tenantId, ctx.user.id]))[0]!.id;

async function task(ctx: VendorCtx, partner: PartnerCtx, title: string, dueOn: string, reminder: "none" | "0" | "1" = "none") {
  return logActivity(
    ctx,
    logActivitySchema.parse({
      subjectType: "PARTNER",
      subjectId: partner.partnerId,
      kind: "TASK",
      visibility: "SHARED",
      title,
      body: "",
      occurredOn: "",
      dueOn,
      assignee: `p:${await seatOf("PartnerUser", partner)}`,
      reminder,
    }),
  );
}

/** Sets a task's dates as if it had been created days ago (the service refuses past dates). */
async function backdate(id: string, dueOn: string, remindOn: string | null) {
  await ownerQuery(`UPDATE "Activity" SET "dueOn" = $2, "remindOn" = $3 WHERE id = $1`, [id, dueOn, remindOn]);
}

const events = (tenantId: string, type: string) =>
  ownerQuery<{ payload: { recipients: unknown[]; params: Record<string, string>; link: string } }>(
    `SELECT payload FROM "OutboxEvent" WHERE "tenantId" = $1 AND type = $2 ORDER BY "createdAt"`,
    [tenantId, type],
  );

beforeAll(async () => {
  east = await createTestTenant({ timeZone: "Pacific/Kiritimati" });
  west = await createTestTenant({ timeZone: "Pacific/Pago_Pago" });
  east = { ...east, tenant: { ...east.tenant, timeZone: "Pacific/Kiritimati" } };
  west = { ...west, tenant: { ...west.tenant, timeZone: "Pacific/Pago_Pago" } };
  eastPartner = await createPartnerWithUser(east, "PARTNER_USER");
  westPartner = await createPartnerWithUser(west, "PARTNER_USER");
});

describe("task notices", () => {
  it("is a scheduled job in the registry", () => {
    expect(JOBS).toContain(taskNoticesJob);
    expect(taskNoticesJob.schedule?.cron).toBe("*/15 * * * *");
  });

  it("sends reminders and overdue notices by each tenant's own day, once each", async () => {
    // Noon UTC: already tomorrow in Kiritimati, still today in Pago Pago.
    const now = new Date(`${todayIn("UTC")}T12:00:00.000Z`);
    const utcToday = todayIn("UTC", now);
    expect(todayIn("Pacific/Kiritimati", now)).toBe(addDays(utcToday, 1));
    expect(todayIn("Pacific/Pago_Pago", now)).toBe(utcToday);

    const eastDue = await task(east, eastPartner, "Due on the UTC day", addDays(todayIn("Pacific/Kiritimati"), 5));
    const westDue = await task(west, westPartner, "Due on the UTC day", addDays(todayIn("Pacific/Pago_Pago"), 5));
    await backdate(eastDue.id, utcToday, null);
    await backdate(westDue.id, utcToday, null);
    const westReminder = await task(west, westPartner, "Reminder today", addDays(todayIn("Pacific/Pago_Pago"), 5), "1");
    await backdate(westReminder.id, addDays(utcToday, 1), utcToday);
    const done = await task(west, westPartner, "Done already", addDays(todayIn("Pacific/Pago_Pago"), 5));
    await completeTask(west, { activityId: done.id, version: done.version });
    await backdate(done.id, addDays(utcToday, -3), addDays(utcToday, -4));

    await sendTaskNotices(now);

    // Overdue in Kiritimati (its day is past the due date), not in Pago Pago.
    const overdueEast = await events(east.tenantId, "task.overdue");
    expect(overdueEast).toHaveLength(1);
    expect(overdueEast[0]!.payload).toMatchObject({
      recipients: [{ userId: eastPartner.user.id }],
      params: { task: "Due on the UTC day", due: utcToday },
      link: `/${east.tenant.slug}/portal/tasks`,
    });
    expect(await events(west.tenantId, "task.overdue")).toEqual([]);
    const reminders = await events(west.tenantId, "task.reminder");
    expect(reminders.map((e) => e.payload.params.task)).toEqual(["Reminder today"]);

    const audit = await ownerQuery(`SELECT action, "actorUserId" FROM "AuditLog" WHERE "entityId" = ANY($1) AND action IN ('task.overdueNotified', 'task.reminded')`, [
      [eastDue.id, westReminder.id],
    ]);
    expect(audit).toHaveLength(2);
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: "task.overdueNotified", actorUserId: null },
        { action: "task.reminded", actorUserId: null },
      ]),
    );

    // Running again (a retry, a second worker) sends nothing new.
    await sendTaskNotices(now);
    expect(await events(east.tenantId, "task.overdue")).toHaveLength(1);
    expect(await events(west.tenantId, "task.reminder")).toHaveLength(1);

    // The next day in Pago Pago: the west task is overdue now, once.
    const tomorrow = new Date(now.getTime() + 24 * 60 * 60 * 1000);
    await sendTaskNotices(tomorrow);
    await sendTaskNotices(tomorrow);
    const overdueWest = await events(west.tenantId, "task.overdue");
    expect(overdueWest.map((e) => e.payload.params.task)).toEqual(["Due on the UTC day"]);
    const doneRow = await ownerQuery(`SELECT "reminderSentAt", "overdueNotifiedAt" FROM "Activity" WHERE id = $1`, [done.id]);
    expect(doneRow).toEqual([{ reminderSentAt: null, overdueNotifiedAt: null }]);
  });

  it("runs through the job contract (handler with the run's clock)", async () => {
    const result = (await taskNoticesJob.handler({}, { now: new Date(), jobId: "j", name: taskNoticesJob.name, attempt: 1, period: null, log: console as never })) as {
      reminders: number;
      overdue: number;
    };
    expect(result).toEqual({ reminders: expect.any(Number), overdue: expect.any(Number) });
  });
});
