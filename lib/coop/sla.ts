/**
 * The back office's review targets (client-safe): a request or claim waiting for the vendor
 * longer than its target is overdue in the queues and on its page. Each tenant sets its own
 * targets, in hours, for requests and for claims (CoopSettings, lib/coop/settings.ts); a
 * tenant that never saved any promises an answer within three working days.
 */
export const DEFAULT_REVIEW_SLA_HOURS = 72;

/** The hours a request for pre-approval and a claim may wait for the vendor's decision. */
export type ReviewTargets = { requestSlaHours: number; claimSlaHours: number };

/** Hours from `since` to `now`, whole, never negative. */
export function hoursSince(since: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - since.getTime()) / 3_600_000));
}

/** Waiting (not null) longer than the target. */
export const isOverdue = (waitingHours: number | null, targetHours: number) => waitingHours !== null && waitingHours > targetHours;

/** How long something waiting for the vendor since `since` (null: not waiting) has waited, against a target. */
export function waitOf(since: Date | null, now: Date, targetHours: number): { waitingHours: number | null; targetHours: number; overdue: boolean } {
  const waitingHours = since ? hoursSince(since, now) : null;
  return { waitingHours, targetHours, overdue: isOverdue(waitingHours, targetHours) };
}
