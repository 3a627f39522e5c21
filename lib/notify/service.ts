import "server-only";
import { createHash, randomInt } from "node:crypto";
import { authorize, can, scopeOf, type TenantCtx, type VendorCtx } from "@/lib/auth/context";
import type { Permission } from "@/lib/auth/permissions";
import { consumeRateLimit } from "@/lib/auth/rate-limit";
import { recordAudit } from "@/lib/audit/service";
import { withReadScope } from "@/lib/db/read";
import { withScope, type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import { offeredEvents } from "./audience";
import { EVENTS, isEventType, type EventType } from "./events";
import { publishAccountEvent } from "./publish";
import type { NotificationList, NotificationSettings } from "./schema";
import { visibleNotifications } from "./scope";
import { readUnsubscribeToken } from "./unsubscribe";

export const NOTIFICATIONS_PAGE_SIZE = 20;
const CODE_TTL_MS = 10 * 60 * 1000;
const CODE_MAX_ATTEMPTS = 5;

/** The seat behind a context, for the events that concern it (./audience.ts). */
const seatOf = (ctx: TenantCtx) => ({ side: ctx.audience, holds: (permission: Permission) => can(ctx, permission) });

/** A user's notifications in this workspace, newest first. */
export async function listNotifications(ctx: TenantCtx, input: { page: number }): Promise<NotificationList> {
  authorize(ctx, "notifications.read");
  const page = Math.max(1, Math.floor(input.page) || 1);
  return withReadScope(scopeOf(ctx), async (tx) => {
    const where = visibleNotifications(ctx);
    const [rows, total, unread] = await Promise.all([
      tx.notification.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        skip: (page - 1) * NOTIFICATIONS_PAGE_SIZE,
        take: NOTIFICATIONS_PAGE_SIZE,
        select: { id: true, type: true, params: true, link: true, readAt: true, createdAt: true },
      }),
      tx.notification.count({ where }),
      tx.notification.count({ where: { ...where, readAt: null } }),
    ]);
    return {
      rows: rows.map((row) => ({ ...row, params: (row.params ?? {}) as Record<string, string> })),
      total,
      unread,
      page,
      pageSize: NOTIFICATIONS_PAGE_SIZE,
    };
  });
}

export async function unreadNotificationCount(ctx: TenantCtx): Promise<number> {
  authorize(ctx, "notifications.read");
  return withReadScope(scopeOf(ctx), (tx) => tx.notification.count({ where: { ...visibleNotifications(ctx), readAt: null } }));
}

export async function markNotificationRead(ctx: TenantCtx, input: { notificationId: string }): Promise<void> {
  authorize(ctx, "notifications.read");
  await withScope(scopeOf(ctx), async (tx) => {
    const { count } = await tx.notification.updateMany({
      where: { ...visibleNotifications(ctx), id: input.notificationId, readAt: null },
      data: { readAt: new Date() },
    });
    if (count === 0 && !(await tx.notification.findFirst({ where: { ...visibleNotifications(ctx), id: input.notificationId } }))) {
      throw new AppError("NOT_FOUND");
    }
  });
}

export async function markAllNotificationsRead(ctx: TenantCtx): Promise<void> {
  authorize(ctx, "notifications.read");
  await withScope(scopeOf(ctx), (tx) =>
    tx.notification.updateMany({ where: { ...visibleNotifications(ctx), readAt: null }, data: { readAt: new Date() } }),
  );
}

/**
 * The preferences page: every tunable event that can reach this person here (decided by
 * the permission that picks its recipients, lib/notify/audience.ts) with their channels,
 * or the defaults.
 */
export async function getNotificationSettings(ctx: TenantCtx): Promise<NotificationSettings> {
  authorize(ctx, "notifications.configure");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const [user, events] = await Promise.all([
      tx.user.findUniqueOrThrow({ where: { id: ctx.user.id } }),
      effectivePreferences(tx, ctx.user.id, offeredEvents(seatOf(ctx))),
    ]);
    return {
      events,
      phone: user.phone,
      phoneVerified: !!user.phone && !!user.phoneVerifiedAt,
      quietHoursStart: user.quietHoursStart,
      quietHoursEnd: user.quietHoursEnd,
      timeZone: user.timeZone,
    };
  });
}

/** The channels of each of these (tunable) events for a user: what they saved, else the event's defaults. */
async function effectivePreferences(tx: Tx, userId: string, types: readonly EventType[]) {
  const preferences = await tx.notificationPreference.findMany({ where: { userId } });
  const byEvent = new Map(preferences.map((p) => [p.event, p]));
  return types.map((type) => {
    const saved = byEvent.get(type);
    const defaults: readonly string[] = EVENTS[type].defaults;
    return saved
      ? { type, email: saved.email, sms: saved.sms, inApp: saved.inApp }
      : { type, email: defaults.includes("EMAIL"), sms: defaults.includes("SMS"), inApp: defaults.includes("IN_APP") };
  });
}

export async function updateNotificationPreferences(
  ctx: TenantCtx,
  input: { events: { type: string; email: boolean; sms: boolean; inApp: boolean }[] },
): Promise<void> {
  authorize(ctx, "notifications.configure");
  // Only what the page offered: events that can reach this person in this workspace.
  const offered = new Set<string>(offeredEvents(seatOf(ctx)));
  const events = input.events.filter((e) => offered.has(e.type));
  if (events.length !== input.events.length) throw new AppError("VALIDATION_FAILED");
  await withScope(scopeOf(ctx), async (tx) => {
    for (const e of events) {
      const data = { email: e.email, sms: e.sms, inApp: e.inApp };
      await tx.notificationPreference.upsert({
        where: { userId_event: { userId: ctx.user.id, event: e.type } },
        create: { userId: ctx.user.id, event: e.type, ...data },
        update: data,
      });
    }
  });
}

export async function updateQuietHours(
  ctx: TenantCtx,
  input: { quietHoursStart: number | null; quietHoursEnd: number | null; timeZone: string },
): Promise<void> {
  authorize(ctx, "notifications.configure");
  await withScope(scopeOf(ctx), (tx) => tx.user.update({ where: { id: ctx.user.id }, data: input, select: { id: true } }));
}

const hashCode = (code: string) => createHash("sha256").update(code).digest("hex");

/** Sends a 6-digit code by SMS to the profile phone (the only SMS allowed before verification). */
export async function startPhoneVerification(ctx: TenantCtx): Promise<void> {
  authorize(ctx, "notifications.configure");
  await consumeRateLimit("phoneVerificationByUser", ctx.user.id);
  await withScope(scopeOf(ctx), async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: ctx.user.id } });
    if (!user.phone) throw new AppError("PHONE_MISSING");
    const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
    await tx.phoneVerification.create({
      data: { id: createId("phoneVerification"), userId: user.id, phone: user.phone, codeHash: hashCode(code), expiresAt: new Date(Date.now() + CODE_TTL_MS) },
    });
    await publishAccountEvent(tx, {
      userId: user.id,
      type: "phone.verification",
      payload: { recipients: [{ phone: user.phone, locale: user.locale, userId: user.id }], link: "/workspaces", params: { code } },
    });
  });
}

/**
 * Checks the SMS code and marks the phone verified. With `enableSms`, the same step turns
 * on text messages for every alert the user already receives by e-mail or in the app.
 */
export async function confirmPhoneVerification(ctx: TenantCtx, input: { code: string; enableSms?: boolean }): Promise<void> {
  authorize(ctx, "notifications.configure");
  await withScope(scopeOf(ctx), async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: ctx.user.id } });
    const pending = await tx.phoneVerification.findFirst({
      where: { userId: user.id, phone: user.phone ?? "", verifiedAt: null },
      orderBy: { createdAt: "desc" },
    });
    if (!pending || pending.expiresAt < new Date() || pending.attempts >= CODE_MAX_ATTEMPTS) {
      throw new AppError("CODE_EXPIRED", { fields: { code: ["errors.CODE_EXPIRED"] } });
    }
    if (pending.codeHash !== hashCode(input.code)) {
      await tx.phoneVerification.update({ where: { id: pending.id }, data: { attempts: { increment: 1 } } });
      return { invalid: true };
    }
    const now = new Date();
    await tx.phoneVerification.update({ where: { id: pending.id }, data: { verifiedAt: now } });
    await tx.user.update({ where: { id: user.id }, data: { phoneVerifiedAt: now } });
    if (input.enableSms) {
      for (const event of await effectivePreferences(tx, user.id, offeredEvents(seatOf(ctx)))) {
        if (event.sms || !(event.email || event.inApp)) continue;
        const data = { email: event.email, sms: true, inApp: event.inApp };
        await tx.notificationPreference.upsert({
          where: { userId_event: { userId: user.id, event: event.type } },
          create: { userId: user.id, event: event.type, ...data },
          update: data,
        });
      }
    }
    return { invalid: false };
  }).then((result) => {
    // Thrown after the commit so the failed attempt is counted.
    if (result.invalid) throw new AppError("CODE_INVALID", { fields: { code: ["errors.CODE_INVALID"] } });
  });
}

// The delivery log (filters, sorting, CSV export, bulk retry) lives in ./delivery-log.ts.
export { exportDeliveries, listDeliveries, retryDeliveries } from "./delivery-log";

/** Puts a failed, bounced or dead delivery back in the queue now, with a fresh attempt count. */
export async function retryDelivery(ctx: VendorCtx, input: { deliveryId: string }): Promise<void> {
  authorize(ctx, "deliveries.retry");
  await withScope(scopeOf(ctx), async (tx) => {
    const delivery = await tx.delivery.findFirst({ where: { id: input.deliveryId, tenantId: ctx.tenantId } });
    if (!delivery) throw new AppError("NOT_FOUND");
    if (!["DEAD", "FAILED", "BOUNCED"].includes(delivery.status)) throw new AppError("CONFLICT");
    await tx.delivery.update({
      where: { id: delivery.id },
      data: { status: "QUEUED", attempts: 0, nextAttemptAt: new Date(), lockedUntil: null },
    });
    await recordAudit(tx, ctx, {
      action: "delivery.retried",
      entityType: "Delivery",
      entityId: delivery.id,
      before: { status: delivery.status, attempts: delivery.attempts, lastError: delivery.lastError },
      after: { status: "QUEUED" },
    });
  });
}

export async function describeUnsubscribe(token: string) {
  const parsed = readUnsubscribeToken(token);
  if (!parsed || !isEventType(parsed.eventType) || !EVENTS[parsed.eventType].unsubscribable) return null;
  const user = await withScope({ audience: "anonymous", userId: parsed.userId }, (tx) =>
    tx.user.findUnique({ where: { id: parsed.userId }, select: { email: true } }),
  );
  return user ? { eventType: parsed.eventType, email: user.email } : null;
}

/** One-click unsubscribe: switches off e-mail for that event, keeping its other channels. */
export async function unsubscribe(token: string): Promise<{ eventType: string }> {
  const parsed = readUnsubscribeToken(token);
  if (!parsed || !isEventType(parsed.eventType) || !EVENTS[parsed.eventType].unsubscribable) throw new AppError("TOKEN_INVALID");
  const { userId, eventType } = parsed;
  const defaults: readonly string[] = EVENTS[eventType].defaults;
  await withScope({ audience: "anonymous", userId }, async (tx) => {
    if (!(await tx.user.findUnique({ where: { id: userId }, select: { id: true } }))) throw new AppError("TOKEN_INVALID");
    await tx.notificationPreference.upsert({
      where: { userId_event: { userId, event: eventType } },
      create: { userId, event: eventType, email: false, sms: defaults.includes("SMS"), inApp: defaults.includes("IN_APP") },
      update: { email: false },
    });
  });
  return { eventType };
}
