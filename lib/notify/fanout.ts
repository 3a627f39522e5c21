import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationChannel } from "@/lib/generated/prisma/enums";
import { withScope, type Tx } from "@/lib/db/scope";
import { createId } from "@/lib/ids";
import { EVENTS, isEventType, type EventPayload, type EventType } from "./events";
import { renderEmail, renderSms } from "./templates";
import { unsubscribeHeaders, unsubscribePageUrl } from "./unsubscribe";

type EventRow = { id: string; tenantId: string | null; type: string; payload: EventPayload };
type UserRow = { id: string; email: string; locale: string; phone: string | null; phoneVerifiedAt: Date | null };
type Pref = { email: boolean; sms: boolean; inApp: boolean };

/** The channels one user gets for one event: mandatory ones, plus their choice or the defaults. */
export function channelsFor(type: EventType, preference: Pref | undefined): Set<NotificationChannel> {
  const definition = EVENTS[type];
  const chosen: NotificationChannel[] =
    definition.tunable && preference
      ? [
          ...(preference.email ? (["EMAIL"] as const) : []),
          ...(preference.sms ? (["SMS"] as const) : []),
          ...(preference.inApp ? (["IN_APP"] as const) : []),
        ]
      : [...definition.defaults];
  return new Set<NotificationChannel>([...definition.mandatory, ...chosen]);
}

/**
 * Turns outbox events into per-recipient deliveries (rendered in the recipient's
 * language) and in-app notifications. Runs as the worker; events are claimed with
 * SKIP LOCKED and the rows have unique keys, so several workers never duplicate.
 */
export async function expandPendingEvents(opts: { limit: number }): Promise<number> {
  return withScope({ audience: "worker" }, async (tx) => {
    const events = await tx.$queryRaw<EventRow[]>`
      SELECT "id", "tenantId", "type", "payload" FROM "OutboxEvent"
      WHERE "expandedAt" IS NULL ORDER BY "createdAt" LIMIT ${opts.limit} FOR UPDATE SKIP LOCKED`;
    for (const event of events) await expandEvent(tx, event);
    return events.length;
  });
}

async function expandEvent(tx: Tx, event: EventRow): Promise<void> {
  if (isEventType(event.type)) {
    const type = event.type;
    const { recipients, link, params } = event.payload;
    const userIds = recipients.flatMap((r) => ("userId" in r && r.userId && !("phone" in r) ? [r.userId] : []));
    const [users, preferences] = await Promise.all([
      tx.user.findMany({ where: { id: { in: userIds } }, select: { id: true, email: true, locale: true, phone: true, phoneVerifiedAt: true } }),
      tx.notificationPreference.findMany({ where: { userId: { in: userIds }, event: type } }),
    ]);
    const usersById = new Map<string, UserRow>(users.map((u) => [u.id, u]));
    const prefsByUser = new Map(preferences.map((p) => [p.userId, p]));
    const deliveries: Prisma.DeliveryCreateManyInput[] = [];
    const notifications: Prisma.NotificationCreateManyInput[] = [];
    const base = { tenantId: event.tenantId, eventId: event.id };
    // Due from now by the app's clock, like the worker's "now": PostgreSQL's own now()
    // rounded to TIMESTAMP(3) can land a fraction of a millisecond in the worker's future.
    const due = { nextAttemptAt: new Date() };
    const email = (to: string, locale: string, userId: string | null) => {
      const unsubscribable = EVENTS[type].unsubscribable && userId;
      const rendered = renderEmail({ type, locale, params, link, unsubscribeUrl: unsubscribable ? unsubscribePageUrl(userId, type) : null });
      deliveries.push({
        ...base, ...due, id: createId("delivery"), userId, channel: "EMAIL", to, locale, ...rendered,
        ...(unsubscribable ? { headers: unsubscribeHeaders(userId, type) } : {}),
      });
    };
    const sms = (to: string, locale: string, userId: string | null) =>
      deliveries.push({ ...base, ...due, id: createId("delivery"), userId, channel: "SMS", to, locale, body: renderSms({ type, locale, params, link }) });

    for (const recipient of recipients) {
      if ("phone" in recipient) {
        sms(recipient.phone, recipient.locale, recipient.userId ?? null);
      } else if ("email" in recipient) {
        email(recipient.email.toLowerCase(), recipient.locale, null);
      } else {
        const user = usersById.get(recipient.userId);
        if (!user) continue;
        const channels = channelsFor(type, prefsByUser.get(user.id));
        if (channels.has("EMAIL")) email(user.email, user.locale, user.id);
        // SMS goes only to a verified number; otherwise the log says why nothing was sent.
        if (channels.has("SMS") && user.phone) {
          sms(user.phone, user.locale, user.id);
          if (!user.phoneVerifiedAt) {
            const last = deliveries[deliveries.length - 1]!;
            Object.assign(last, { status: "SUPPRESSED", lastError: "phone number not verified" });
          }
        }
        if (channels.has("IN_APP")) {
          notifications.push({ ...base, id: createId("notification"), userId: user.id, type, params, link });
        }
      }
    }
    if (deliveries.length) await tx.delivery.createMany({ data: deliveries, skipDuplicates: true });
    if (notifications.length) await tx.notification.createMany({ data: notifications, skipDuplicates: true });
  }
  // The rendered deliveries now hold what is needed; secrets (sign-in links, codes) need
  // not stay in the outbox.
  const sensitive = isEventType(event.type) && "sensitive" in EVENTS[event.type];
  await tx.outboxEvent.update({
    where: { id: event.id },
    data: {
      expandedAt: new Date(),
      ...(sensitive ? { payload: { ...event.payload, link: "[redacted]", params: {} } as unknown as Prisma.InputJsonValue } : {}),
    },
  });
}
