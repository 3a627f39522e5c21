import "server-only";
import { Prisma, type Delivery } from "@/lib/generated/prisma/client";
import { withScope } from "@/lib/db/scope";
import type { QuietHours } from "./quiet-hours";

/**
 * The delivery queue in PostgreSQL. Claims are leases: a claimed row is SENDING with
 * `lockedUntil` in the future; a worker that dies leaves it to be taken again once the
 * lease passes. `attempts` (incremented by each claim) doubles as a fencing token:
 * outcomes are written only if the row is still SENDING with the attempt count this
 * worker claimed, so a worker whose lease was taken over cannot overwrite the new claim.
 */

/** Far longer than a claim's work (claims are sized to ~10 s of sends, sends time out in 30 s). */
export const LEASE_MS = 5 * 60_000;

export type Channel = "EMAIL" | "SMS";

export type ClaimedDelivery = Delivery & {
  channel: Channel;
  /** the OutboxEvent's type, e.g. "phone.verification" */
  eventType: string;
  /** the recipient user's SMS quiet hours, when the delivery is for a user who has them */
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

/**
 * Claims up to `limit` due deliveries of one channel in one statement: new or failed
 * rows whose time has come, and SENDING rows whose lease passed (a crashed worker's).
 * SKIP LOCKED lets concurrent workers take disjoint rows without waiting on each other.
 */
export async function claimDue(opts: {
  channel: Channel;
  limit: number;
  now: Date;
  leaseMs?: number;
  /** only these events' deliveries (tests sharing a database, re-driving one event) */
  eventIds?: string[] | undefined;
}): Promise<ClaimedDelivery[]> {
  const lockedUntil = new Date(opts.now.getTime() + (opts.leaseMs ?? LEASE_MS));
  const onlyEvents = opts.eventIds ? Prisma.sql`AND "eventId" = ANY(${opts.eventIds}::text[])` : Prisma.empty;
  return withScope({ audience: "worker" }, async (tx) => {
    const claimed = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "Delivery"
      SET "status" = 'SENDING', "lockedUntil" = ${lockedUntil}, "attempts" = "attempts" + 1, "updatedAt" = ${opts.now}
      WHERE "id" IN (
        SELECT "id" FROM "Delivery"
        WHERE "channel" = ${opts.channel}::"NotificationChannel"
          AND (("status" IN ('QUEUED', 'FAILED') AND "nextAttemptAt" <= ${opts.now})
            OR ("status" = 'SENDING' AND "lockedUntil" < ${opts.now}))
          ${onlyEvents}
        ORDER BY "nextAttemptAt"
        LIMIT ${opts.limit}
        FOR UPDATE SKIP LOCKED)
      RETURNING "id"`;
    if (claimed.length === 0) return [];
    const rows = await tx.delivery.findMany({
      where: { id: { in: claimed.map((row) => row.id) } },
      include: { event: { select: { type: true } } },
      orderBy: { nextAttemptAt: "asc" },
    });
    const userIds = [...new Set(rows.flatMap((row) => (row.userId && row.channel === "SMS" ? [row.userId] : [])))];
    const users = userIds.length
      ? await tx.user.findMany({
          where: { id: { in: userIds } },
          select: { id: true, timeZone: true, quietHoursStart: true, quietHoursEnd: true },
        })
      : [];
    const quiet = new Map(
      users.map((u) => [u.id, { timeZone: u.timeZone, start: u.quietHoursStart, end: u.quietHoursEnd }]),
    );
    return rows.map(({ event, ...row }) => ({
      ...row,
      channel: row.channel as Channel,
      eventType: event.type,
      quietHours: (row.userId && quiet.get(row.userId)) || null,
    }));
  });
}

/** The update an outcome makes (status, schedule, log fields). */
function changesFor(outcome: Outcome, now: Date): Prisma.DeliveryUpdateManyMutationInput {
  switch (outcome.kind) {
    case "sent":
      return { status: "SENT", providerMessageId: outcome.providerMessageId, sentAt: now, lockedUntil: null };
    case "failed":
      return { status: "FAILED", lastError: outcome.error, nextAttemptAt: outcome.nextAttemptAt, lockedUntil: null };
    case "dead":
      return { status: "DEAD", lastError: outcome.error, lockedUntil: null };
    case "bounced":
      return { status: "BOUNCED", lastError: outcome.error, lockedUntil: null };
    case "deferred":
      return { status: "QUEUED", nextAttemptAt: outcome.until, attempts: { decrement: 1 }, lockedUntil: null };
    case "released":
      return { status: "QUEUED", attempts: { decrement: 1 }, lockedUntil: null };
  }
}

/**
 * Writes one delivery's outcome if this worker's claim still holds; false when another
 * worker took the row over (lease expired), in which case its outcome wins.
 */
export async function recordOutcome(
  row: Pick<Delivery, "id" | "attempts">,
  outcome: Outcome,
  now: Date,
): Promise<boolean> {
  const result = await withScope({ audience: "worker" }, (tx) =>
    tx.delivery.updateMany({
      where: { id: row.id, status: "SENDING", attempts: row.attempts },
      data: changesFor(outcome, now),
    }),
  );
  return result.count === 1;
}
