import "server-only";
import twilio from "twilio";
import { withScope } from "@/lib/db/scope";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/log";
import { twilioStatusCallbackUrl } from "./transports/twilio";

export type TwilioStatusResult = { updated: boolean; status: string };

/**
 * A Twilio status callback (form fields MessageSid, MessageStatus, ErrorCode…). Twilio
 * signs the exact URL it was given (our statusCallback, built from APP_URL) plus the
 * sorted form fields with the auth token; behind a proxy the request's own URL differs,
 * so the public URL is what gets verified. Forged or unsigned → BAD_SIGNATURE (403).
 *
 * Only final states change the log: delivered → DELIVERED, undelivered/failed → BOUNCED
 * with Twilio's error code. Intermediate states (queued, sent…) and unknown SIDs are
 * acknowledged without change, so Twilio's repeats are harmless. A callback that
 * arrives before the worker recorded the SID (a race of milliseconds) is dropped too.
 */
export async function handleTwilioStatus(input: {
  signature: string | null;
  params: Record<string, string>;
  /** default: TWILIO_AUTH_TOKEN / APP_URL */
  authToken?: string | undefined;
  appUrl?: string | undefined;
  now?: Date;
}): Promise<TwilioStatusResult> {
  const authToken = input.authToken ?? env().TWILIO_AUTH_TOKEN;
  const url = twilioStatusCallbackUrl(input.appUrl ?? env().APP_URL);
  // Without a token nothing can be verified: refuse rather than trust the caller.
  if (!authToken || !input.signature || !twilio.validateRequest(authToken, input.signature, url, input.params)) {
    throw new AppError("BAD_SIGNATURE");
  }
  const sid = input.params.MessageSid ?? input.params.SmsSid;
  const status = (input.params.MessageStatus ?? input.params.SmsStatus ?? "").toLowerCase();
  if (!sid) return { updated: false, status };
  const now = input.now ?? new Date();

  const data =
    status === "delivered"
      ? ({ status: "DELIVERED", deliveredAt: now } as const)
      : status === "undelivered" || status === "failed"
        ? ({
            status: "BOUNCED",
            lastError: input.params.ErrorCode ? `Twilio ${input.params.ErrorCode}` : `Twilio ${status}`,
          } as const)
        : null;
  if (!data) return { updated: false, status };

  // From SENT only: a late "undelivered" never overrides DELIVERED, and repeats are no-ops.
  // The SID is in one of the two outboxes (tenant messages, or account ones such as codes).
  const where = { providerMessageId: sid, channel: "SMS", status: "SENT" } as const;
  const result = await withScope({ audience: "worker" }, async (tx) => {
    const tenant = await tx.delivery.updateMany({ where, data });
    return tenant.count > 0 ? tenant : tx.accountDelivery.updateMany({ where, data });
  });
  if (result.count > 0) logger.info({ sid, status }, "sms status updated");
  return { updated: result.count > 0, status };
}

/** Reads a callback request (form-encoded body, X-Twilio-Signature) and handles it. */
export async function handleTwilioStatusRequest(
  request: Request,
  config: { authToken?: string; appUrl?: string } = {},
): Promise<TwilioStatusResult> {
  const params: Record<string, string> = {};
  try {
    for (const [key, value] of await request.formData()) if (typeof value === "string") params[key] = value;
  } catch {
    // Not a form: it cannot carry a valid signature, so it fails verification below.
  }
  return handleTwilioStatus({ signature: request.headers.get("x-twilio-signature"), params, ...config });
}
