import type { BadgeTone } from "@/components/ui/badge";
import type { DeliveryStatus } from "@/lib/notify/schema";

/** The words carry the meaning; the tone only helps scanning a long log. */
export const STATUS_TONES: Record<DeliveryStatus, BadgeTone> = {
  QUEUED: "neutral",
  SENDING: "info",
  SENT: "info",
  DELIVERED: "success",
  FAILED: "warning",
  BOUNCED: "danger",
  DEAD: "danger",
  SUPPRESSED: "neutral",
};

/** What retryDelivery accepts; other rows are on their way or settled for good. */
export const RETRYABLE: ReadonlySet<DeliveryStatus> = new Set(["DEAD", "FAILED", "BOUNCED"]);

/** Rows still waiting for the worker, for which "next attempt" means something. */
export const PENDING: ReadonlySet<DeliveryStatus> = new Set(["QUEUED", "FAILED"]);
