import "server-only";
import { retryDelayMs } from "@/lib/jobs/backoff";
import type { ClaimedDelivery, Outcome } from "@/lib/jobs/queue";
import { quietHoursEnd } from "@/lib/jobs/quiet-hours";
import { EVENTS, isEventType } from "./events";
import { unsubscribeHeadersFor } from "./templates";
import { SendError, shortError, type OutgoingMessage, type Transports } from "./transports";

export type DeliverContext = {
  transports: Transports;
  /** attempts after which a failure is final (DEAD) */
  maxAttempts: number;
  /** the current time (tests pass a fixed one) */
  now: () => Date;
  /** jitter source (tests pass a fixed one) */
  random?: () => number;
};

/**
 * SMS quiet hours are a preference, so they do not hold back messages whose SMS channel
 * is mandatory: a verification code the user just asked for must arrive now.
 */
function respectsQuietHours(eventType: string): boolean {
  return !(isEventType(eventType) && (EVENTS[eventType].mandatory as readonly string[]).includes("SMS"));
}

/** When the delivery must wait for the recipient's quiet hours to end; null = send now. */
export function heldUntil(delivery: ClaimedDelivery, now: Date): Date | null {
  if (delivery.channel !== "SMS" || !delivery.quietHours || !respectsQuietHours(delivery.eventType)) return null;
  return quietHoursEnd(now, delivery.quietHours);
}

export function messageOf(delivery: ClaimedDelivery): OutgoingMessage {
  return {
    deliveryId: delivery.id,
    tenantId: delivery.tenantId,
    to: delivery.to,
    subject: delivery.subject,
    body: delivery.body,
    html: delivery.html,
    headers: delivery.channel === "EMAIL" ? unsubscribeHeadersFor(delivery) : null,
  };
}

/**
 * Sends one claimed delivery through its channel's transport and says what became of
 * it: sent, failed (retry at the next backoff step), dead (that was the last attempt)
 * or bounced (the provider refused the recipient for good). `delivery.attempts` already
 * counts this attempt (the claim incremented it).
 */
export async function sendClaimed(delivery: ClaimedDelivery, ctx: DeliverContext): Promise<Outcome> {
  try {
    const result = await ctx.transports[delivery.channel].send(messageOf(delivery));
    return { kind: "sent", providerMessageId: result.providerMessageId };
  } catch (error) {
    const message = error instanceof SendError ? error.message : shortError(error);
    if (error instanceof SendError && error.permanent) return { kind: "bounced", error: message };
    if (delivery.attempts >= ctx.maxAttempts) return { kind: "dead", error: message };
    const nextAttemptAt = new Date(ctx.now().getTime() + retryDelayMs(delivery.attempts, ctx.random));
    return { kind: "failed", error: message, nextAttemptAt };
  }
}
