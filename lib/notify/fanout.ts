import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationChannel } from "@/lib/generated/prisma/enums";
import { createId } from "@/lib/ids";
import { workerTransaction, type Query } from "@/lib/jobs/worker-db";
import { EVENTS, isEventType, isSensitive, type EventPayload, type EventType } from "./events";
import { renderEmail, renderSms, type EmailBrand } from "./templates";
import { logoPath } from "@/lib/branding/service";
import { env } from "@/lib/env";
import { unsubscribeHeaders, unsubscribePageUrl } from "./unsubscribe";

/**
 * An event of either outbox: a tenant's (tenantId), or an account's — a login's
 * (accountUserId) or, before a login exists, an address's (accountEmail).
 */
type EventRow = {
  id: string;
  type: string;
  payload: EventPayload;
  tenantId?: string | null;
  accountUserId?: string | null;
  accountEmail?: string | null;
};
type UserRow = { id: string; email: string; locale: string; phone: string | null; phoneVerifiedAt: Date | null };
type Pref = { email: boolean; sms: boolean; inApp: boolean };
type DeliveryRow = Omit<Prisma.DeliveryCreateManyInput, "tenantId"> & { tenantId?: string };

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

type Lookups = { users: Map<string, UserRow>; preferences: Map<string, Pref>; brands: Map<string, EmailBrand> };
type Plan = { deliveries: DeliveryRow[]; notifications: Prisma.NotificationCreateManyInput[] };

/**
 * The deliveries and notifications of one event, rendered per recipient. An account
 * event goes to its own login only (whatever its payload names) and never in-app.
 */
function planEvent(event: EventRow, lookups: Lookups, plan: Plan): void {
  if (!isEventType(event.type)) return;
  const type = event.type;
  const { recipients, link, params } = event.payload;
  const base = { eventId: event.id, ...(event.tenantId ? { tenantId: event.tenantId } : {}) };
  // Due from now by the app's clock, like the worker's "now": PostgreSQL's own now()
  // rounded to TIMESTAMP(3) can land a fraction of a millisecond in the worker's future.
  const due = { nextAttemptAt: new Date() };
  // An account message goes to its owner only, whatever its payload names.
  const account = !event.tenantId;
  const mine = (userId: string | null | undefined) =>
    !account || (!!event.accountUserId && userId === event.accountUserId);
  const myAddress = (address: string) => !account || (!!event.accountEmail && address === event.accountEmail);
  const email = (to: string, locale: string, userId: string | null) => {
    const unsubscribable = EVENTS[type].unsubscribable && userId;
    const rendered = renderEmail({
      type,
      locale,
      params,
      link,
      unsubscribeUrl: unsubscribable ? unsubscribePageUrl(userId, type) : null,
      brand: event.tenantId ? (lookups.brands.get(event.tenantId) ?? null) : null,
    });
    plan.deliveries.push({
      ...base,
      ...due,
      id: createId("delivery"),
      userId,
      channel: "EMAIL",
      to,
      locale,
      ...rendered,
      ...(unsubscribable ? { headers: unsubscribeHeaders(userId, type) } : {}),
    });
  };
  const sms = (to: string, locale: string, userId: string | null, verified: boolean) =>
    plan.deliveries.push({
      ...base,
      ...due,
      id: createId("delivery"),
      userId,
      channel: "SMS",
      to,
      locale,
      body: renderSms({ type, locale, params, link }),
      // SMS goes only to a verified number; otherwise the log says why nothing was sent.
      ...(verified ? {} : { status: "SUPPRESSED", lastError: "phone number not verified" }),
    });

  for (const recipient of recipients) {
    if ("phone" in recipient) {
      // A code sent to prove a number goes to that (unverified) number: mandatory SMS.
      if (mine(recipient.userId)) sms(recipient.phone, recipient.locale, recipient.userId ?? null, true);
    } else if ("email" in recipient) {
      const address = recipient.email.toLowerCase();
      if (myAddress(address)) email(address, recipient.locale, null);
    } else {
      const user = lookups.users.get(recipient.userId);
      if (!user || !mine(user.id)) continue;
      const channels = channelsFor(type, lookups.preferences.get(`${user.id}:${type}`));
      if (channels.has("EMAIL")) email(user.email, user.locale, user.id);
      if (channels.has("SMS") && user.phone) sms(user.phone, user.locale, user.id, !!user.phoneVerifiedAt);
      if (channels.has("IN_APP") && event.tenantId) {
        plan.notifications.push({
          tenantId: event.tenantId,
          eventId: event.id,
          id: createId("notification"),
          userId: user.id,
          type,
          params,
          link,
        });
      }
    }
  }
}

/** The brand (name, colour, logo URL) of each tenant of a batch of events, in one query. */
async function brandsFor(query: Query, events: EventRow[]): Promise<Map<string, EmailBrand>> {
  const tenantIds = [...new Set(events.flatMap((e) => (e.tenantId ? [e.tenantId] : [])))];
  const brands = new Map<string, EmailBrand>();
  if (tenantIds.length === 0) return brands;
  const rows = await query<{
    id: string;
    slug: string;
    name: string;
    brandColor: string | null;
    logoFileId: string | null;
  }>(Prisma.sql`
    SELECT "id", "slug", "name", "brandColor", "logoFileId" FROM "Tenant" WHERE "id" = ANY(${tenantIds}::text[])`);
  for (const row of rows) {
    const logoUrl = row.logoFileId ? new URL(logoPath(row.slug, row.logoFileId), env().APP_URL).toString() : null;
    brands.set(row.id, { name: row.name, color: row.brandColor, logoUrl });
  }
  return brands;
}

/**
 * Users and their saved preferences for every user recipient of a batch of events, and
 * each tenant's brand, in three queries.
 */
async function lookupsFor(query: Query, events: EventRow[]): Promise<Lookups> {
  const userIds = new Set<string>();
  for (const event of events) {
    for (const r of event.payload.recipients ?? [])
      if ("userId" in r && r.userId && !("phone" in r)) userIds.add(r.userId);
  }
  const brands = await brandsFor(query, events);
  if (userIds.size === 0) return { users: new Map(), preferences: new Map(), brands };
  const ids = [...userIds];
  const types = [...new Set(events.map((e) => e.type))];
  const users = await query<UserRow>(Prisma.sql`
    SELECT "id", "email", "locale", "phone", "phoneVerifiedAt" FROM "User" WHERE "id" = ANY(${ids}::text[])`);
  const preferences = await query<Pref & { userId: string; event: string }>(Prisma.sql`
    SELECT "userId", "event", "email", "sms", "inApp" FROM "NotificationPreference"
    WHERE "userId" = ANY(${ids}::text[]) AND "event" = ANY(${types}::text[])`);
  return {
    users: new Map(users.map((u) => [u.id, u])),
    preferences: new Map(preferences.map((p) => [`${p.userId}:${p.event}`, p])),
    brands,
  };
}

/**
 * Writes planned deliveries in one statement (arrays unnested by PostgreSQL): a batch of
 * a few hundred rendered messages is one round trip with a handful of parameters,
 * rather than an INSERT with thousands. Existing rows (re-expansion) are left alone.
 */
async function insertDeliveries(
  query: Query,
  table: "Delivery" | "AccountDelivery",
  rows: DeliveryRow[],
  now: Date,
): Promise<void> {
  if (rows.length === 0) return;
  const col = <K extends keyof DeliveryRow>(key: K) => rows.map((row) => row[key] ?? null);
  const tenant = table === "Delivery";
  await query(Prisma.sql`
    INSERT INTO ${Prisma.raw(`"${table}"`)} (${Prisma.raw(tenant ? `"tenantId", ` : "")}"id", "eventId", "userId", "channel", "to", "locale",
      "subject", "body", "html", "headers", "status", "lastError", "nextAttemptAt", "updatedAt")
    SELECT ${tenant ? Prisma.sql`u."tenantId", ` : Prisma.empty}u."id", u."eventId", u."userId", u."channel"::"NotificationChannel", u."to", u."locale",
      u."subject", u."body", u."html", u."headers", coalesce(u."status", 'QUEUED')::"DeliveryStatus", u."lastError", u."nextAttemptAt", ${now}
    FROM unnest(
      ${col("tenantId")}::text[], ${col("id")}::text[], ${col("eventId")}::text[], ${col("userId")}::text[],
      ${col("channel")}::text[], ${col("to")}::text[], ${col("locale")}::text[], ${col("subject")}::text[],
      ${col("body")}::text[], ${col("html")}::text[], ${rows.map((r) => (r.headers ? JSON.stringify(r.headers) : null))}::jsonb[],
      ${col("status")}::text[], ${col("lastError")}::text[],
      ${rows.map((r) => (r.nextAttemptAt as Date).toISOString())}::timestamp(3)[]
    ) AS u("tenantId", "id", "eventId", "userId", "channel", "to", "locale", "subject", "body", "html", "headers", "status", "lastError", "nextAttemptAt")
    ON CONFLICT DO NOTHING`);
}

async function insertNotifications(query: Query, rows: Prisma.NotificationCreateManyInput[]): Promise<void> {
  if (rows.length === 0) return;
  await query(Prisma.sql`
    INSERT INTO "Notification" ("id", "tenantId", "userId", "eventId", "type", "params", "link")
    SELECT * FROM unnest(
      ${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.tenantId)}::text[], ${rows.map((r) => r.userId)}::text[],
      ${rows.map((r) => r.eventId)}::text[], ${rows.map((r) => r.type)}::text[],
      ${rows.map((r) => JSON.stringify(r.params))}::jsonb[], ${rows.map((r) => r.link)}::text[])
    ON CONFLICT DO NOTHING`);
}

/**
 * Marks events expanded. The rendered deliveries now hold what is needed; secrets
 * (sign-in links, codes) need not stay in the outbox.
 */
async function markExpanded(
  query: Query,
  table: "OutboxEvent" | "AccountEvent",
  events: EventRow[],
  now: Date,
): Promise<void> {
  if (events.length === 0) return;
  const sensitive = events.filter((e) => isSensitive(e.type)).map((e) => e.id);
  await query(Prisma.sql`
    UPDATE ${Prisma.raw(`"${table}"`)}
    SET "expandedAt" = ${now},
        "payload" = CASE WHEN "id" = ANY(${sensitive}::text[])
                         THEN "payload" || '{"link":"[redacted]","params":{}}'::jsonb ELSE "payload" END
    WHERE "id" = ANY(${events.map((e) => e.id)}::text[])`);
}

/**
 * Turns outbox events (tenant and account) into per-recipient deliveries, rendered in
 * the recipient's language, and in-app notifications — a batch of events in a handful
 * of statements. Runs as the worker; events are claimed with SKIP LOCKED and the rows
 * have unique keys, so several workers never duplicate.
 */
export async function expandPendingEvents(opts: { limit: number }): Promise<number> {
  return workerTransaction(async (query) => {
    const tenantEvents = await query<EventRow>(Prisma.sql`
      SELECT "id", "tenantId", "type", "payload" FROM "OutboxEvent"
      WHERE "expandedAt" IS NULL ORDER BY "createdAt" LIMIT ${opts.limit} FOR UPDATE SKIP LOCKED`);
    const accountEvents = await query<EventRow>(Prisma.sql`
      SELECT "id", "userId" AS "accountUserId", "email" AS "accountEmail", "type", "payload" FROM "AccountEvent"
      WHERE "expandedAt" IS NULL ORDER BY "createdAt" LIMIT ${opts.limit} FOR UPDATE SKIP LOCKED`);
    const events = [...accountEvents, ...tenantEvents];
    if (events.length === 0) return 0;
    const lookups = await lookupsFor(query, events);
    const tenant: Plan = { deliveries: [], notifications: [] };
    const account: Plan = { deliveries: [], notifications: [] };
    for (const event of events) planEvent(event, lookups, event.tenantId ? tenant : account);

    const now = new Date();
    await insertDeliveries(query, "Delivery", tenant.deliveries, now);
    await insertDeliveries(query, "AccountDelivery", account.deliveries, now);
    await insertNotifications(query, tenant.notifications);
    await markExpanded(query, "OutboxEvent", tenantEvents, now);
    await markExpanded(query, "AccountEvent", accountEvents, now);
    return events.length;
  });
}
