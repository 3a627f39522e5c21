/**
 * Alerts, publishing side: events written with the change, fan-out by preferences and
 * channels, in-app notifications, phone verification, the delivery log and one-click
 * unsubscribe — with every refusal.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { VendorCtx } from "@/lib/auth/context";
import {
  confirmPhoneVerification,
  describeUnsubscribe,
  getNotificationSettings,
  listDeliveries,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  retryDelivery,
  startPhoneVerification,
  unreadNotificationCount,
  unsubscribe,
  updateNotificationPreferences,
} from "@/lib/notify/service";
import { unsubscribeToken } from "@/lib/notify/unsubscribe";
import { createPartner } from "@/lib/partners/service";
import { updateProfile } from "@/lib/users/account";
import { changeMemberRole } from "@/lib/users/service";
import { ownerQuery } from "@/tests/fixtures/db";
import { expandAllEvents } from "@/tests/fixtures/mailbox";
import { rejectsWith } from "@/tests/fixtures/expect";
import { addVendorUser, createPartnerWithUser, createTestTenant, userCtxOf } from "@/tests/fixtures/factories";

const expandAll = expandAllEvents;

/** Deliveries to one address from both outboxes (tenant messages, account messages such as codes). */
const deliveriesTo = (to: string, channel = "EMAIL") =>
  ownerQuery<{ id: string; status: string; subject: string | null; body: string; headers: Record<string, string> | null; lastError: string | null }>(
    `SELECT id, status, subject, body, headers, "lastError" FROM (
       SELECT d.id, d.status, d.subject, d.body, d.headers, d."lastError", d."createdAt", d."to", d.channel FROM "Delivery" d
       UNION ALL
       SELECT d.id, d.status, d.subject, d.body, d.headers, d."lastError", d."createdAt", d."to", d.channel FROM "AccountDelivery" d
     ) d WHERE d."to" = $1 AND d.channel = $2::"NotificationChannel" ORDER BY d."createdAt" DESC`,
    [to, channel],
  );

let admin: VendorCtx;
let manager: VendorCtx;

beforeAll(async () => {
  admin = await createTestTenant();
  manager = await addVendorUser(admin, "CHANNEL_MANAGER");
  await expandAll();
});

describe("publishing and fan-out", () => {
  it("an event exists only if its change committed", async () => {
    const before = await ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM "OutboxEvent" WHERE "tenantId" = $1`, [admin.tenantId]);
    await createPartner(admin, { name: "Twice Partner", type: "OEM", country: null });
    const committed = await ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM "OutboxEvent" WHERE "tenantId" = $1`, [admin.tenantId]);
    expect(committed[0]!.n).toBe(before[0]!.n + 1);
    // The duplicate name fails inside the transaction: its event must not exist.
    await rejectsWith(createPartner(admin, { name: "Twice Partner", type: "OEM", country: null }), "PARTNER_NAME_TAKEN");
    const failed = await ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM "OutboxEvent" WHERE "tenantId" = $1`, [admin.tenantId]);
    expect(failed[0]!.n).toBe(committed[0]!.n);
    await createPartner(admin, { name: "Event Partner", type: "OEM", country: null });
    const after = await ownerQuery<{ type: string }>(
      `SELECT type FROM "OutboxEvent" WHERE "tenantId" = $1 ORDER BY "createdAt" DESC LIMIT 1`,
      [admin.tenantId],
    );
    expect(after[0]!.type).toBe("partner.created");
  });

  it("partner.created reaches the channel manager in-app by default, not by e-mail, and not the actor", async () => {
    await createPartner(admin, { name: "Bell Partner", type: "VAR", country: null });
    await expandAll();
    const inbox = await listNotifications(manager, { page: 1 });
    expect(inbox.rows.some((n) => n.type === "partner.created" && n.params.partner === "Bell Partner")).toBe(true);
    expect(inbox.rows.find((n) => n.params.partner === "Bell Partner")!.link).toMatch(new RegExp(`^/${admin.tenant.slug}/admin/partners/ptn_`));
    expect((await deliveriesTo(manager.user.email)).some((d) => d.subject?.includes("Bell Partner"))).toBe(false);
    const adminInbox = await listNotifications(admin, { page: 1 });
    expect(adminInbox.rows.some((n) => n.params.partner === "Bell Partner")).toBe(false);
  });

  it("a saved preference changes the channels; mandatory e-mails ignore preferences", async () => {
    await updateNotificationPreferences(manager, { events: [{ type: "partner.created", email: true, sms: false, inApp: false }] });
    await createPartner(admin, { name: "Mail Partner", type: "VAR", country: null });
    await expandAll();
    const mails = await deliveriesTo(manager.user.email);
    const mail = mails.find((d) => d.subject?.includes("Mail Partner"));
    expect(mail?.status).toBe("QUEUED");
    expect(mail!.headers!["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(mail!.headers!["List-Unsubscribe"]).toMatch(/^<http:\/\/localhost:3000\/api\/unsubscribe\/[\w-]+\.[\w-]+>$/);
    expect(mail!.body).toContain("/unsubscribe/");
    const inbox = await listNotifications(manager, { page: 1 });
    expect(inbox.rows.some((n) => n.params.partner === "Mail Partner")).toBe(false);
  });

  it("member.roleChanged is rendered in the member's language", async () => {
    await updateProfile(userCtxOf(manager), { name: manager.user.name, locale: "es", phone: "" });
    await changeMemberRole(admin, { membershipId: (await ownerQuery<{ id: string }>(`SELECT id FROM "Membership" WHERE "userId" = $1`, [manager.user.id]))[0]!.id, role: "FINANCE" });
    await expandAll();
    const [mail] = await deliverableSubjects(manager.user.email, "role");
    expect(mail).toBe(`Tu rol en ${admin.tenant.name} ha cambiado`);
    await changeMemberRole(admin, { membershipId: (await ownerQuery<{ id: string }>(`SELECT id FROM "Membership" WHERE "userId" = $1`, [manager.user.id]))[0]!.id, role: "CHANNEL_MANAGER" });
  });

  it("an SMS to an unverified number is recorded as SUPPRESSED, never queued", async () => {
    const phone = "+34600111222";
    await updateProfile(userCtxOf(manager), { name: manager.user.name, locale: "en", phone });
    await updateNotificationPreferences(manager, { events: [{ type: "partner.created", email: false, sms: true, inApp: false }] });
    await createPartner(admin, { name: "Sms Partner", type: "VAR", country: null });
    await expandAll();
    const [sms] = await deliveriesTo(phone, "SMS");
    expect(sms).toMatchObject({ status: "SUPPRESSED", lastError: "phone number not verified" });
    expect(sms!.body).toContain("Sms Partner");
    expect(sms!.body.length).toBeLessThanOrEqual(160);
  });

  it("expanding twice never duplicates a delivery or a notification", async () => {
    const duplicates = async () =>
      (
        await ownerQuery<{ n: number }>(
          `SELECT (SELECT count(*) - count(DISTINCT ("eventId", "to", channel)) FROM "Delivery" WHERE "tenantId" = $1)
                + (SELECT count(*) - count(DISTINCT ("eventId", "userId")) FROM "Notification" WHERE "tenantId" = $1) AS n`,
          [admin.tenantId],
        )
      )[0]!.n;
    const notifications = async () =>
      (await ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM "Notification" WHERE "tenantId" = $1`, [admin.tenantId]))[0]!.n;
    const before = await notifications();
    await ownerQuery(`UPDATE "OutboxEvent" SET "expandedAt" = NULL WHERE "tenantId" = $1`, [admin.tenantId]);
    await Promise.all([expandAll(), expandAll()]);
    expect(Number(await duplicates())).toBe(0);
    expect(await notifications()).toBeGreaterThanOrEqual(before);
  });
});

async function deliverableSubjects(to: string, contains: string) {
  return (await deliveriesTo(to)).map((d) => d.subject ?? "").filter((s) => s.toLowerCase().includes(contains) || s.includes("rol"));
}

describe("in-app notifications", () => {
  it("lists, counts and marks read only the user's own", async () => {
    const unread = await unreadNotificationCount(manager);
    expect(unread).toBeGreaterThan(0);
    const { rows } = await listNotifications(manager, { page: 1 });
    await markNotificationRead(manager, { notificationId: rows[0]!.id });
    expect(await unreadNotificationCount(manager)).toBe(unread - (rows[0]!.readAt ? 0 : 1));
    await rejectsWith(markNotificationRead(admin, { notificationId: rows[0]!.id }), "NOT_FOUND");
    await markAllNotificationsRead(manager);
    expect(await unreadNotificationCount(manager)).toBe(0);
  });

  it("another tenant's user sees none of them", async () => {
    const other = await createTestTenant();
    expect((await listNotifications(other, { page: 1 })).total).toBe(0);
    const partner = await createPartnerWithUser(admin);
    expect((await listNotifications(partner, { page: 1 })).rows.every((n) => n.type !== "partner.created")).toBe(true);
  });
});

describe("phone verification", () => {
  it("needs a phone, sends a code by SMS (even unverified), and verifies it", async () => {
    const user = await addVendorUser(admin, "SALES_REP");
    await rejectsWith(startPhoneVerification(user), "PHONE_MISSING");
    const phone = "+34600999888";
    await updateProfile(userCtxOf(user), { name: user.user.name, locale: "en", phone });
    await startPhoneVerification(user);
    await expandAll();
    const [sms] = await deliveriesTo(phone, "SMS");
    expect(sms!.status).toBe("QUEUED");
    const code = sms!.body.match(/\b(\d{6})\b/)![1]!;
    await rejectsWith(confirmPhoneVerification(user, { code: code === "000000" ? "111111" : "000000" }), "CODE_INVALID");
    await confirmPhoneVerification(user, { code });
    expect((await getNotificationSettings(user)).phoneVerified).toBe(true);
    await updateProfile(userCtxOf(user), { name: user.user.name, locale: "en", phone: "+34600999777" });
    expect((await getNotificationSettings(user)).phoneVerified).toBe(false);
  });

  it("five wrong codes exhaust the code", async () => {
    const user = await addVendorUser(admin, "SALES_REP");
    await updateProfile(userCtxOf(user), { name: user.user.name, locale: "en", phone: "+34600555444" });
    await startPhoneVerification(user);
    for (let i = 0; i < 5; i += 1) await rejectsWith(confirmPhoneVerification(user, { code: "99999" + i }), "CODE_INVALID").catch(() => undefined);
    await rejectsWith(confirmPhoneVerification(user, { code: "123456" }), "CODE_EXPIRED");
  });
});

describe("delivery log", () => {
  it("lists the tenant's deliveries with counts, for tenant admins only", async () => {
    const log = await listDeliveries(admin, { page: 1 });
    expect(log.total).toBeGreaterThan(0);
    expect(log.rows.every((r) => r.eventType.length > 0)).toBe(true);
    expect(Object.values(log.countsByStatus).reduce((a, b) => a + (b ?? 0), 0)).toBe(log.total);
    await rejectsWith(listDeliveries(manager, { page: 1 }), "FORBIDDEN");
    const other = await createTestTenant();
    expect((await listDeliveries(other, { page: 1 })).rows.some((r) => log.rows.some((mine) => mine.id === r.id))).toBe(false);
  });

  it("retries a dead delivery and audits it; refuses other states and other tenants", async () => {
    const [row] = (await listDeliveries(admin, { page: 1 })).rows;
    await rejectsWith(retryDelivery(admin, { deliveryId: row!.id }), "CONFLICT");
    await ownerQuery(`UPDATE "Delivery" SET status = 'DEAD', attempts = 6, "lastError" = 'smtp down' WHERE id = $1`, [row!.id]);
    const other = await createTestTenant();
    await rejectsWith(retryDelivery(other, { deliveryId: row!.id }), "NOT_FOUND");
    await retryDelivery(admin, { deliveryId: row!.id });
    const [after] = await ownerQuery<{ status: string; attempts: number }>(`SELECT status, attempts FROM "Delivery" WHERE id = $1`, [row!.id]);
    expect(after).toEqual({ status: "QUEUED", attempts: 0 });
    const audit = await ownerQuery(`SELECT 1 FROM "AuditLog" WHERE action = 'delivery.retried' AND "entityId" = $1`, [row!.id]);
    expect(audit).toHaveLength(1);
  });
});

describe("one-click unsubscribe", () => {
  it("switches off that event's e-mail only", async () => {
    const user = await addVendorUser(admin, "CHANNEL_MANAGER");
    const token = unsubscribeToken(user.user.id, "partner.created");
    expect(await describeUnsubscribe(token)).toEqual({ eventType: "partner.created", email: user.user.email });
    await unsubscribe(token);
    const settings = await getNotificationSettings(user);
    expect(settings.events.find((e) => e.type === "partner.created")).toMatchObject({ email: false, inApp: true });
  });

  it("refuses forged, tampered and non-unsubscribable tokens", async () => {
    const token = unsubscribeToken(manager.user.id, "partner.created");
    const [value] = token.split(".");
    await rejectsWith(unsubscribe(`${value}.forged`), "TOKEN_INVALID");
    await rejectsWith(unsubscribe(`${Buffer.from(`${admin.user.id}:partner.created`).toString("base64url")}.${token.split(".")[1]}`), "TOKEN_INVALID");
    await rejectsWith(unsubscribe(unsubscribeToken(manager.user.id, "password.reset")), "TOKEN_INVALID");
    expect(await describeUnsubscribe("garbage")).toBeNull();
  });
});
