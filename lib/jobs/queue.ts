import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DeliveryStatus } from "@/lib/generated/prisma/enums";
import type { QuietHours } from "./quiet-hours";
import { workerQuery } from "./worker-db";

/**
 * The delivery queue in PostgreSQL: two tables of one shape, tenant deliveries
 * (`Delivery`) and account deliveries (`AccountDelivery`: password resets, phone codes).
 * Claims are leases: a claimed row is SENDING with `lockedUntil` in the future; a worker
 * that dies leaves it to be taken again once the lease passes. `attempts` (incremented
 * by each claim) doubles as a fencing token: outcomes are written only if the row is
 * still SENDING with the attempt count this worker claimed, so a worker whose lease was
 * taken over cannot overwrite the new claim.
 */

/** Far longer than a claim's work (claims are sized to ~10 s of sends, sends time out in 30 s). */
export const LEASE_MS = 5 * 60_000;

export type Channel = "EMAIL" | "SMS";
export type Outbox = "tenant" | "account";

const TABLES: Record<Outbox, { deliveries: Prisma.Sql; events: Prisma.Sql; tenantId: Prisma.Sql }> = {
  tenant: { deliveries: Prisma.raw(`"Delivery"`), events: Prisma.raw(`"OutboxEvent"`), tenantId: Prisma.raw(`d."tenantId"`) },
  account: { deliveries: Prisma.raw(`"AccountDelivery"`), events: Prisma.raw(`"AccountEvent"`), tenantId: Prisma.raw(`NULL::text`) },
};

export type ClaimedDelivery = {
  id: string;
  outbox: Outbox;
  /** null for account messages */
  tenantId: string | null;
  eventId: string;
  userId: string | null;
  channel: Channel;
  to: string;
  locale: string;
  subject: string | null;
  body: string;
  html: string | null;
  headers: Prisma.JsonValue | null;
  status: DeliveryStatus;
  /** counts this claim */
  attempts: number;
  nextAttemptAt: Date;
  /** the event's type, e.g. "phone.verification" */
  eventType: string;
  /** the recipient user's SMS quiet hours, when the delivery is an SMS for a user who has them */
  quietHours: QuietHours | null;
};

export type Outcome =
  | { kind: "sent"; providerMessageId: string }
  | { kind: "failed"; error: string; nextAttemptAt: Date }
  | { kind: "dead"; error: string }
  | { kind: "bounced"; error: string }
  /** quiet hours: back to the queue until they end, the attempt does not count */
  | { kind: "deferred"; until: Date }
  /** shutdown before the send started: back to the queue as it was */
  | { kind: "released" };

type ClaimedRow = Omit<ClaimedDelivery, "outbox" | "quietHours"> & {
  timeZone: string | null;
  quietHoursStart: number | null;
  quietHoursEnd: number | null;
};

/**
 * Claims up to `limit` due deliveries of one channel and outbox in one statement: new or
 * failed rows whose time has come, and SENDING rows whose lease passed (a crashed
 * worker's), with their event's type and the recipient's quiet hours. SKIP LOCKED lets
 * concurrent workers take disjoint rows without waiting on each other.
 */
async function claimFrom(
  outbox: Outbox,
  opts: { channel: Channel; limit: number; now: Date; lockedUntil: Date; eventIds?: string[] | undefined },
): Promise<ClaimedDelivery[]> {
  const t = TABLES[outbox];
  const onlyEvents = opts.eventIds ? Prisma.sql`AND "eventId" = ANY(${opts.eventIds}::text[])` : Prisma.empty;
  const rows = await workerQuery<ClaimedRow>(Prisma.sql`
      WITH claimed AS (
        UPDATE ${t.deliveries}
        SET "status" = 'SENDING', "lockedUntil" = ${opts.lockedUntil}, "attempts" = "attempts" + 1, "updatedAt" = ${opts.now}
        WHERE "id" IN (
          SELECT "id" FROM ${t.deliveries}
          WHERE "channel" = ${opts.channel}::"NotificationChannel"
            AND (("status" IN ('QUEUED', 'FAILED') AND "nextAttemptAt" <= ${opts.now})
              OR ("status" = 'SENDING' AND "lockedUntil" < ${opts.now}))
            ${onlyEvents}
          ORDER BY "nextAttemptAt"
          LIMIT ${opts.limit}
          FOR UPDATE SKIP LOCKED)
        RETURNING *)
      SELECT d."id", ${t.tenantId} AS "tenantId", d."eventId", d."userId", d."channel"::text AS "channel", d."to",
             d."locale", d."subject", d."body", d."html", d."headers", d."status"::text AS "status", d."attempts",
             d."nextAttemptAt", e."type" AS "eventType",
             u."timeZone", u."quietHoursStart", u."quietHoursEnd"
      FROM claimed d
      JOIN ${t.events} e ON e."id" = d."eventId"
      LEFT JOIN "User" u ON u."id" = d."userId" AND d."channel" = 'SMS'
      ORDER BY d."nextAttemptAt"`);
  return rows.map(({ timeZone, quietHoursStart, quietHoursEnd, ...row }) => ({
    ...row,
    outbox,
    quietHours: timeZone ? { timeZone, start: quietHoursStart, end: quietHoursEnd } : null,
  }));
}

/**
 * Claims up to `limit` due deliveries of one channel: account messages first (a reset
 * link or a code someone is waiting for), then tenant messages.
 */
export async function claimDue(opts: {
  channel: Channel;
  limit: number;
  now: Date;
  leaseMs?: number;
  /** only these events' deliveries (tests sharing a database, re-driving one event) */
  eventIds?: string[] | undefined;
}): Promise<ClaimedDelivery[]> {
  const base = { ...opts, lockedUntil: new Date(opts.now.getTime() + (opts.leaseMs ?? LEASE_MS)) };
  const account = await claimFrom("account", base);
  if (account.length >= opts.limit) return account;
  return [...account, ...(await claimFrom("tenant", { ...base, limit: opts.limit - account.length }))];
}

/** The columns an outcome sets; null = leave as it is. */
function changesFor(outcome: Outcome): {
  status: DeliveryStatus;
  providerMessageId: string | null;
  error: string | null;
  next: Date | null;
  /** the claim's attempt is given back (quiet hours, shutdown) */
  undo: boolean;
} {
  const none = { providerMessageId: null, error: null, next: null, undo: false };
  switch (outcome.kind) {
    case "sent":
      return { ...none, status: "SENT", providerMessageId: outcome.providerMessageId };
    case "failed":
      return { ...none, status: "FAILED", error: outcome.error, next: outcome.nextAttemptAt };
    case "dead":
      return { ...none, status: "DEAD", error: outcome.error };
    case "bounced":
      return { ...none, status: "BOUNCED", error: outcome.error };
    case "deferred":
      return { ...none, status: "QUEUED", next: outcome.until, undo: true };
    case "released":
      return { ...none, status: "QUEUED", undo: true };
  }
}

export type RecordedOutcome = { row: Pick<ClaimedDelivery, "id" | "attempts" | "outbox">; outcome: Outcome };

async function recordIn(outbox: Outbox, items: RecordedOutcome[], now: Date): Promise<string[]> {
  if (items.length === 0) return [];
  const changes = items.map((item) => changesFor(item.outcome));
  // Timestamps travel as ISO strings (see worker-db.ts).
  const rows = await workerQuery<{ id: string }>(Prisma.sql`
      UPDATE ${TABLES[outbox].deliveries} d SET
        "status" = o."status"::"DeliveryStatus",
        "providerMessageId" = coalesce(o."providerMessageId", d."providerMessageId"),
        "sentAt" = CASE WHEN o."status" = 'SENT' THEN ${now} ELSE d."sentAt" END,
        "lastError" = coalesce(o."error", d."lastError"),
        "nextAttemptAt" = coalesce(o."next", d."nextAttemptAt"),
        "attempts" = d."attempts" - CASE WHEN o."undo" THEN 1 ELSE 0 END,
        "lockedUntil" = NULL,
        "updatedAt" = ${now}
      FROM unnest(
        ${items.map((i) => i.row.id)}::text[], ${items.map((i) => i.row.attempts)}::int[],
        ${changes.map((c) => c.status)}::text[], ${changes.map((c) => c.providerMessageId)}::text[],
        ${changes.map((c) => c.error)}::text[], ${changes.map((c) => c.next?.toISOString() ?? null)}::timestamp(3)[],
        ${changes.map((c) => c.undo)}::boolean[]
      ) AS o("id", "attempts", "status", "providerMessageId", "error", "next", "undo")
      WHERE d."id" = o."id" AND d."status" = 'SENDING' AND d."attempts" = o."attempts"
      RETURNING d."id"`);
  return rows.map((r) => r.id);
}

/**
 * Writes a batch of outcomes, one statement per outbox, each only where this worker's
 * claim still holds. Returns the ids written; a missing id means another worker took the
 * row over (its lease expired), and that worker's outcome wins.
 */
export async function recordOutcomes(items: RecordedOutcome[], now: Date): Promise<Set<string>> {
  const [tenant, account] = await Promise.all([
    recordIn("tenant", items.filter((i) => i.row.outbox === "tenant"), now),
    recordIn("account", items.filter((i) => i.row.outbox === "account"), now),
  ]);
  return new Set([...tenant, ...account]);
}

/** One delivery's outcome; false when another worker took the row over. */
export async function recordOutcome(row: RecordedOutcome["row"], outcome: Outcome, now: Date): Promise<boolean> {
  return (await recordOutcomes([{ row, outcome }], now)).has(row.id);
}
