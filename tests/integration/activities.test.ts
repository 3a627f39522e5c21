/**
 * Activities and tasks (lib/activities): who sees what (vendor-internal never in the
 * portal, by the service and by row-level security), who may be assigned, the calendar
 * rules, completion with optimistic versions, "my tasks", and the reminders job.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { createAccountSchema } from "@/lib/accounts/schema";
import { createAccount } from "@/lib/accounts/service";
import { addDays, todayIn } from "@/lib/activities/dates";
import { exportMyPortalTasks, exportMyTasks, listMyPortalTasks, listMyTasks } from "@/lib/activities/list";
import { logActivitySchema, logSharedActivitySchema, type LogActivityInput } from "@/lib/activities/schema";
import {
  completeOwnTask,
  completeTask,
  getSharedTimeline,
  getTimeline,
  listAssigneeOptions,
  listOwnAssigneeOptions,
  logActivity,
  logSharedActivity,
} from "@/lib/activities/service";
import { withScope } from "@/lib/db/scope";
import { deactivatePartnerUser } from "@/lib/partners/service";
import { ownerQuery } from "@/tests/fixtures/db";
import { rejectsWith } from "@/tests/fixtures/expect";
import { addVendorUser, createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";

let admin: VendorCtx;
let manager: VendorCtx;
let finance: VendorCtx;
let partnerAdmin: PartnerCtx;
let partnerUser: PartnerCtx;
let otherPartner: PartnerCtx;
let otherTenant: VendorCtx;
let otherTenantPartner: PartnerCtx;
let today: string;

/** The one row an owner-side query returns. */
async function one<R extends Record<string, unknown>>(sql: string, params: unknown[]): Promise<R> {
  const rows = await ownerQuery<R>(sql, params);
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

const seatOf = async (table: "Membership" | "PartnerUser", ctx: { tenantId: string; user: { id: string } }) =>
  (await one<{ id: string }>(`SELECT id FROM "${table}" WHERE "tenantId" = $1 AND "userId" = $2`, [ctx.tenantId, ctx.user.id])).id;

const input = (over: Partial<LogActivityInput> & { subjectId: string }): LogActivityInput =>
  logActivitySchema.parse({
    subjectType: "PARTNER",
    kind: "CALL",
    visibility: "INTERNAL",
    title: "Quarterly review call",
    body: "",
    occurredOn: today,
    dueOn: "",
    assignee: "",
    reminder: "none",
    ...over,
  });

const fieldOf = async (promise: Promise<unknown>) => (await rejectsWith(promise, "VALIDATION_FAILED")).fields;

beforeAll(async () => {
  admin = await createTestTenant();
  manager = await addVendorUser(admin, "CHANNEL_MANAGER");
  finance = await addVendorUser(admin, "FINANCE");
  partnerAdmin = await createPartnerWithUser(admin, "PARTNER_ADMIN", { partnerName: "Timeline Co" });
  partnerUser = await createPartnerWithUser(admin, "PARTNER_USER", { partnerId: partnerAdmin.partnerId });
  otherPartner = await createPartnerWithUser(admin, "PARTNER_ADMIN", { partnerName: "Elsewhere Co" });
  otherTenant = await createTestTenant();
  otherTenantPartner = await createPartnerWithUser(otherTenant, "PARTNER_ADMIN");
  today = todayIn("UTC");
});

describe("visibility", () => {
  it("keeps internal activities out of the portal: service, timeline and row-level security", async () => {
    const internal = await logActivity(manager, input({ subjectId: partnerAdmin.partnerId, title: "Margin concerns (internal)" }));
    const shared = await logActivity(
      manager,
      input({ subjectId: partnerAdmin.partnerId, kind: "MEETING", visibility: "SHARED", title: "Joint plan meeting" }),
    );
    expect(internal).toMatchObject({ visibility: "INTERNAL", author: { name: manager.user.name, side: "VENDOR" } });

    const vendorView = await getTimeline(admin, { type: "PARTNER", id: partnerAdmin.partnerId });
    expect(vendorView.items.map((item) => item.id)).toEqual(expect.arrayContaining([internal.id, shared.id]));

    for (const reader of [partnerAdmin, partnerUser]) {
      const portal = await getSharedTimeline(reader);
      expect(portal.items.map((item) => item.id)).toContain(shared.id);
      expect(portal.items.map((item) => item.id)).not.toContain(internal.id);
    }
    expect((await getSharedTimeline(otherPartner)).items.map((item) => item.id)).not.toContain(shared.id);

    // The second wall: a partner session reads no internal row even without the service's filter.
    const raw = await withScope(
      { audience: "partner", tenantId: admin.tenantId, userId: partnerAdmin.user.id, partnerId: partnerAdmin.partnerId },
      (tx) => tx.activity.findMany({ where: { id: { in: [internal.id, shared.id] } }, select: { id: true } }),
    );
    expect(raw.map((row) => row.id)).toEqual([shared.id]);
    // …and cannot write one either.
    await expect(
      withScope(
        { audience: "partner", tenantId: admin.tenantId, userId: partnerAdmin.user.id, partnerId: partnerAdmin.partnerId },
        (tx) =>
          tx.activity.createMany({
            data: [
              {
                id: "act_rlsprobe",
                tenantId: admin.tenantId,
                kind: "NOTE",
                visibility: "INTERNAL",
                subjectType: "PARTNER",
                partnerId: partnerAdmin.partnerId,
                title: "x",
                occurredOn: new Date(),
                authorUserId: partnerAdmin.user.id,
                authorSide: "PARTNER",
                authorName: "x",
              },
            ],
          }),
      ),
    ).rejects.toThrow();

    const audit = await ownerQuery(`SELECT action, "actorUserId" FROM "AuditLog" WHERE "entityId" = $1`, [internal.id]);
    expect(audit).toEqual([{ action: "activity.logged", actorUserId: manager.user.id }]);
  });

  it("lets partner users log activities, always shared with the vendor, on their own partner only", async () => {
    const logged = await logSharedActivity(
      partnerUser,
      logSharedActivitySchema.parse({
        subjectType: "PARTNER",
        subjectId: partnerAdmin.partnerId,
        kind: "EMAIL",
        title: "Sent the Q1 forecast",
        body: "Attached to the e-mail",
        occurredOn: today,
        dueOn: "",
        assignee: "",
        reminder: "none",
      }),
    );
    expect(logged).toMatchObject({ visibility: "SHARED", author: { side: "PARTNER", name: partnerUser.user.name } });
    expect((await getTimeline(manager, { type: "PARTNER", id: partnerAdmin.partnerId })).items.map((i) => i.id)).toContain(logged.id);

    const elsewhere = logSharedActivitySchema.parse({
      subjectType: "PARTNER",
      subjectId: otherPartner.partnerId,
      kind: "NOTE",
      title: "Not mine",
      body: "",
      occurredOn: today,
      dueOn: "",
      assignee: "",
      reminder: "none",
    });
    await rejectsWith(logSharedActivity(partnerUser, elsewhere), "NOT_FOUND");
  });

  it("answers NOT_FOUND for another tenant's partner, and FORBIDDEN to roles without the permission", async () => {
    await rejectsWith(logActivity(admin, input({ subjectId: otherTenantPartner.partnerId })), "NOT_FOUND");
    await rejectsWith(getTimeline(admin, { type: "PARTNER", id: otherTenantPartner.partnerId }), "NOT_FOUND");
    await rejectsWith(logActivity(finance, input({ subjectId: partnerAdmin.partnerId })), "FORBIDDEN");
    await expect(getTimeline(finance, { type: "PARTNER", id: partnerAdmin.partnerId })).resolves.toBeDefined();
    await rejectsWith(listAssigneeOptions(admin, { type: "PARTNER", id: otherTenantPartner.partnerId }), "NOT_FOUND");
    const count = await one<{ n: number }>(`SELECT count(*)::int AS n FROM "Activity" WHERE "tenantId" = $1`, [otherTenant.tenantId]);
    expect(count.n).toBe(0);
  });
});

describe("tasks: assignees and dates", () => {
  it("assigns to the vendor's people or the partner's own users; anything else is a field error", async () => {
    const options = await listAssigneeOptions(manager, { type: "PARTNER", id: partnerAdmin.partnerId });
    const mine = await seatOf("Membership", manager);
    const theirs = await seatOf("PartnerUser", partnerUser);
    expect(options).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ value: `m:${mine}`, side: "VENDOR", self: true }),
        expect.objectContaining({ value: `p:${theirs}`, side: "PARTNER", self: false }),
      ]),
    );
    const stranger = `p:${await seatOf("PartnerUser", otherPartner)}`;
    expect(options.some((o) => o.value === stranger)).toBe(false);
    expect((await listOwnAssigneeOptions(partnerUser)).every((o) => o.side === "PARTNER")).toBe(true);

    const task = (assignee: string, visibility: "INTERNAL" | "SHARED" = "SHARED") =>
      input({ subjectId: partnerAdmin.partnerId, kind: "TASK", visibility, title: "Send pricing", dueOn: addDays(today, 3), assignee });
    expect(await fieldOf(logActivity(manager, task(`p:${await seatOf("PartnerUser", otherPartner)}`)))).toEqual({
      assignee: ["activities.validation.assignee"],
    });
    expect(await fieldOf(logActivity(manager, task(`m:${await seatOf("Membership", otherTenant)}`)))).toEqual({
      assignee: ["activities.validation.assignee"],
    });
    expect(await fieldOf(logActivity(manager, task(`p:${theirs}`, "INTERNAL")))).toEqual({
      assignee: ["activities.validation.assigneeInternal"],
    });
    // A partner user cannot hand a task to the vendor's people.
    const fromPortal = logSharedActivitySchema.parse({
      subjectType: "PARTNER",
      subjectId: partnerAdmin.partnerId,
      kind: "TASK",
      title: "Call me back",
      body: "",
      occurredOn: "",
      dueOn: addDays(today, 2),
      assignee: `m:${mine}`,
      reminder: "none",
    });
    expect(await fieldOf(logSharedActivity(partnerUser, fromPortal))).toEqual({ assignee: ["activities.validation.assignee"] });

    // A switched-off seat can no longer be given tasks.
    const leaving = await createPartnerWithUser(admin, "PARTNER_USER", { partnerId: partnerAdmin.partnerId });
    await deactivatePartnerUser(admin, { partnerUserId: await seatOf("PartnerUser", leaving) });
    expect(await fieldOf(logActivity(manager, task(`p:${await seatOf("PartnerUser", leaving)}`)))).toEqual({
      assignee: ["activities.validation.assignee"],
    });

    const ok = await logActivity(manager, task(`p:${theirs}`));
    expect(ok.assignee).toEqual({ name: partnerUser.user.name, side: "PARTNER" });
    const event = await one<{ payload: { recipients: unknown[]; link: string } }>(
      `SELECT payload FROM "OutboxEvent" WHERE "tenantId" = $1 AND type = 'task.assigned' ORDER BY "createdAt" DESC LIMIT 1`,
      [admin.tenantId],
    );
    expect(event.payload.recipients).toEqual([{ userId: partnerUser.user.id }]);
    expect(event.payload.link).toBe(`/${admin.tenant.slug}/portal/tasks`);
  });

  it("checks due dates, reminders and when things happened against today in the tenant's time zone", async () => {
    const me = `m:${await seatOf("Membership", manager)}`;
    const task = (dueOn: string, reminder: LogActivityInput["reminder"] = "none") =>
      input({ subjectId: partnerAdmin.partnerId, kind: "TASK", title: "Dated", dueOn, assignee: me, reminder });
    expect(await fieldOf(logActivity(manager, task(addDays(today, -1))))).toEqual({ dueOn: ["activities.validation.dueInPast"] });
    expect(await fieldOf(logActivity(manager, task(addDays(today, 2000))))).toEqual({ dueOn: ["activities.validation.dueTooFar"] });
    expect(await fieldOf(logActivity(manager, task(addDays(today, 1), "7")))).toEqual({
      reminder: ["activities.validation.reminderPast"],
    });
    const due = await logActivity(manager, task(today, "0"));
    expect(due).toMatchObject({ dueOn: today, remindOn: today, overdue: false, occurredOn: today });

    const past = (kind: LogActivityInput["kind"], occurredOn: string) =>
      logActivity(manager, input({ subjectId: partnerAdmin.partnerId, kind, occurredOn }));
    expect(await fieldOf(past("CALL", addDays(today, 1)))).toEqual({ occurredOn: ["activities.validation.occurredFuture"] });
    expect(await fieldOf(past("MEETING", addDays(today, 400)))).toEqual({ occurredOn: ["activities.validation.meetingTooFar"] });
    expect(await fieldOf(past("NOTE", addDays(today, -2000)))).toEqual({ occurredOn: ["activities.validation.occurredTooOld"] });
    await expect(past("MEETING", addDays(today, 30))).resolves.toMatchObject({ occurredOn: addDays(today, 30) });

    // Rules without a clock are the schema's, shared with the browser.
    const raw = { subjectType: "PARTNER", subjectId: partnerAdmin.partnerId, kind: "TASK", visibility: "SHARED", title: "T", body: "", occurredOn: "" };
    const issues = (value: object) => {
      const result = logActivitySchema.safeParse(value);
      return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}:${issue.message}`);
    };
    expect(issues({ ...raw, dueOn: "", assignee: "", reminder: "1" })).toEqual([
      "dueOn:activities.validation.dueRequired",
      "assignee:activities.validation.assigneeRequired",
    ]);
    expect(issues({ ...raw, dueOn: "2026-02-30", assignee: me, reminder: "none" })).toEqual(["dueOn:activities.validation.date"]);
    expect(issues({ ...raw, kind: "CALL", occurredOn: today, dueOn: "", assignee: "", reminder: "2" })).toEqual([
      "reminder:activities.validation.reminderTaskOnly",
    ]);
  });
});

describe("completing tasks", () => {
  it("lets the assignee in the portal complete it once; others are refused; stale tabs are told", async () => {
    const theirs = `p:${await seatOf("PartnerUser", partnerUser)}`;
    const task = await logActivity(
      manager,
      input({ subjectId: partnerAdmin.partnerId, kind: "TASK", visibility: "SHARED", title: "Upload certificates", dueOn: addDays(today, 5), assignee: theirs }),
    );
    const inPortal = (await getSharedTimeline(partnerUser)).items.find((item) => item.id === task.id)!;
    expect(inPortal.canComplete).toBe(true);
    expect((await getSharedTimeline(partnerAdmin)).items.find((item) => item.id === task.id)!.canComplete).toBe(false);

    // In the portal only one's own task can be completed: anyone else's is not found.
    await rejectsWith(completeOwnTask(partnerAdmin, { activityId: task.id, version: task.version }), "NOT_FOUND");
    await rejectsWith(completeOwnTask(otherPartner, { activityId: task.id, version: task.version }), "NOT_FOUND");
    await rejectsWith(completeTask(otherTenant, { activityId: task.id, version: task.version }), "NOT_FOUND");
    await rejectsWith(completeTask(finance, { activityId: task.id, version: task.version }), "FORBIDDEN");

    const done = await completeOwnTask(partnerUser, { activityId: task.id, version: task.version });
    expect(done).toMatchObject({ completedBy: partnerUser.user.name, canComplete: false, version: task.version + 1 });
    await rejectsWith(completeTask(manager, { activityId: task.id, version: done.version }), "TASK_DONE");
    const audit = await ownerQuery(`SELECT action, "actorUserId" FROM "AuditLog" WHERE "entityId" = $1 ORDER BY "createdAt"`, [task.id]);
    expect(audit).toEqual([
      { action: "task.created", actorUserId: manager.user.id },
      { action: "task.completed", actorUserId: partnerUser.user.id },
    ]);
  });

  it("refuses an internal task's id in the portal, a non-task, and a stale version; two tabs at once → one wins", async () => {
    const me = `m:${await seatOf("Membership", manager)}`;
    const internal = await logActivity(
      manager,
      input({ subjectId: partnerAdmin.partnerId, kind: "TASK", title: "Internal follow-up", dueOn: today, assignee: me }),
    );
    await rejectsWith(completeOwnTask(partnerUser, { activityId: internal.id, version: 0 }), "NOT_FOUND");
    const call = await logActivity(manager, input({ subjectId: partnerAdmin.partnerId }));
    await rejectsWith(completeTask(manager, { activityId: call.id, version: call.version }), "CONFLICT");
    await rejectsWith(completeTask(manager, { activityId: internal.id, version: internal.version + 3 }), "STALE_EDIT");

    const results = await Promise.allSettled([
      completeTask(manager, { activityId: internal.id, version: internal.version }),
      completeTask(admin, { activityId: internal.id, version: internal.version }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(["STALE_EDIT", "TASK_DONE"]).toContain((failed.reason as { code: string }).code);
    const row = await one<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditLog" WHERE "entityId" = $1 AND action = 'task.completed'`, [internal.id]);
    expect(row.n).toBe(1);
  });
});

describe("my tasks", () => {
  it("lists each person's own tasks on either side, with state filters, and exports the same rows", async () => {
    const rep = await addVendorUser(admin, "SALES_REP");
    const repSeat = `m:${await seatOf("Membership", rep)}`;
    const make = (title: string, dueOn: string) =>
      logActivity(manager, input({ subjectId: partnerAdmin.partnerId, kind: "TASK", title, dueOn, assignee: repSeat }));
    const soon = await make("Prepare the pitch", addDays(today, 1));
    const later = await make("Renew the contract", addDays(today, 10));
    const late = await make("Chase the invoice", today);
    await ownerQuery(`UPDATE "Activity" SET "dueOn" = $2 WHERE id = $1`, [late.id, addDays(today, -3)]);
    await completeTask(rep, { activityId: later.id, version: later.version });

    const all = await listMyTasks(rep);
    expect(all.rows.map((row) => row.title)).toEqual(["Chase the invoice", "Prepare the pitch", "Renew the contract"]);
    expect(all.rows[0]).toMatchObject({ overdue: true, canComplete: true, partner: { id: partnerAdmin.partnerId, name: "Timeline Co" } });
    expect((await listMyTasks(rep, { state: "overdue" })).rows.map((row) => row.id)).toEqual([late.id]);
    expect((await listMyTasks(rep, { state: "open" })).rows.map((row) => row.id)).toEqual([soon.id]);
    expect((await listMyTasks(rep, { state: "done" })).rows.map((row) => row.id)).toEqual([later.id]);
    expect((await listMyTasks(rep, { q: "pitch" })).rows.map((row) => row.id)).toEqual([soon.id]);
    expect((await listMyTasks(manager)).rows.some((row) => [soon.id, later.id, late.id].includes(row.id))).toBe(false);

    const exported = [];
    for await (const row of exportMyTasks(rep, { state: "overdue" })) exported.push(row.id);
    expect(exported).toEqual([late.id]);

    const portal = await listMyPortalTasks(partnerUser);
    expect(portal.rows.length).toBeGreaterThan(0);
    expect(portal.rows.every((row) => row.visibility === "SHARED" && row.assignee?.side === "PARTNER")).toBe(true);
    expect((await listMyPortalTasks(partnerAdmin)).rows).toEqual([]);
    const portalExport = [];
    for await (const row of exportMyPortalTasks(partnerUser, {})) portalExport.push(row.id);
    expect(portalExport).toEqual(portal.rows.map((row) => row.id));
  });
});

describe("activities on accounts", () => {
  it("attach to a partner's account and to a direct one; the portal sees only its own accounts' shared entries", async () => {
    const owned = await createAccount(admin, createAccountSchema.parse({ name: `Owned Retail ${Date.now()}`, partnerId: partnerAdmin.partnerId }));
    const direct = await createAccount(admin, createAccountSchema.parse({ name: `Direct Buyer ${Date.now()}` }));
    const theirs = await createAccount(admin, createAccountSchema.parse({ name: `Their Retail ${Date.now()}`, partnerId: otherPartner.partnerId }));
    const onAccount = (id: string, over: Partial<LogActivityInput> = {}) =>
      input({ subjectId: id, subjectType: "ACCOUNT", ...over } as Partial<LogActivityInput> & { subjectId: string });

    const shared = await logActivity(manager, onAccount(owned.id, { visibility: "SHARED", kind: "MEETING", title: "Store visit" }));
    const internal = await logActivity(manager, onAccount(owned.id, { title: "Credit risk (internal)" }));
    const directNote = await logActivity(manager, onAccount(direct.id, { title: "Direct deal note" }));
    expect(shared).toMatchObject({ subjectType: "ACCOUNT", account: { id: owned.id }, partner: { id: partnerAdmin.partnerId } });
    expect(directNote.partner).toBeNull();

    // The account's timeline, and the partner's (which holds its accounts' entries too).
    expect((await getTimeline(admin, { type: "ACCOUNT", id: owned.id })).items.map((i) => i.id)).toEqual([internal.id, shared.id]);
    expect((await getTimeline(admin, { type: "PARTNER", id: partnerAdmin.partnerId })).items.map((i) => i.id)).toEqual(
      expect.arrayContaining([internal.id, shared.id]),
    );
    // The portal: the shared entry only, on its own account only.
    expect((await getSharedTimeline(partnerUser, { subject: { type: "ACCOUNT", id: owned.id } })).items.map((i) => i.id)).toEqual([shared.id]);
    await rejectsWith(getSharedTimeline(partnerUser, { subject: { type: "ACCOUNT", id: theirs.id } }), "NOT_FOUND");
    await rejectsWith(getSharedTimeline(partnerUser, { subject: { type: "ACCOUNT", id: direct.id } }), "NOT_FOUND");
    expect((await getSharedTimeline(otherPartner)).items.map((i) => i.id)).not.toContain(shared.id);

    // A partner user logs on its own account, never on another's or a direct one.
    const portalInput = (id: string) =>
      logSharedActivitySchema.parse({ subjectType: "ACCOUNT", subjectId: id, kind: "CALL", title: "Called the buyer", body: "", occurredOn: today, dueOn: "", assignee: "", reminder: "none" });
    await expect(logSharedActivity(partnerUser, portalInput(owned.id))).resolves.toMatchObject({ visibility: "SHARED", account: { id: owned.id } });
    await rejectsWith(logSharedActivity(partnerUser, portalInput(theirs.id)), "NOT_FOUND");
    await rejectsWith(logSharedActivity(partnerUser, portalInput(direct.id)), "NOT_FOUND");
    await rejectsWith(logActivity(otherTenant, onAccount(owned.id)), "NOT_FOUND");

    // A task on a direct account can go to the vendor's people only.
    const options = await listAssigneeOptions(manager, { type: "ACCOUNT", id: direct.id });
    expect(options.every((option) => option.side === "VENDOR")).toBe(true);
    const portalSeat = `p:${await seatOf("PartnerUser", partnerUser)}`;
    expect(
      await fieldOf(logActivity(manager, onAccount(direct.id, { kind: "TASK", visibility: "SHARED", dueOn: addDays(today, 2), assignee: portalSeat }))),
    ).toEqual({ assignee: ["activities.validation.assignee"] });
    await expect(
      logActivity(manager, onAccount(owned.id, { kind: "TASK", visibility: "SHARED", dueOn: addDays(today, 2), assignee: portalSeat })),
    ).resolves.toMatchObject({ assignee: { side: "PARTNER" } });
  });
});
