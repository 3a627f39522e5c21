/**
 * The back office's review target (client-safe): a request or claim waiting for the vendor
 * longer than this is overdue in the queues. A documented constant rather than a setting —
 * every tenant so far promises partners an answer within three working days, and a
 * per-tenant value would need its own settings screen and audit for no demand yet.
 */
export const REVIEW_SLA_HOURS = 72;

/** Hours from `since` to `now`, whole, never negative. */
export function hoursSince(since: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - since.getTime()) / 3_600_000));
}

export const isOverdue = (waitingHours: number | null) => waitingHours !== null && waitingHours > REVIEW_SLA_HOURS;
