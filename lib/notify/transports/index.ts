import "server-only";
import { env } from "@/lib/env";
import { createCaptureTransport } from "./capture";
import { createSmtpTransport } from "./smtp";
import { createTwilioTransport } from "./twilio";
import type { TransportConfig, Transports } from "./types";

export type { OutgoingMessage, SendResult, Transport, TransportConfig, Transports, TwilioConfig } from "./types";
export { SendError, shortError } from "./types";

/** Transport settings from the environment (lib/env.ts); Twilio needs all three values. */
export function transportConfigFromEnv(): TransportConfig {
  const e = env();
  const twilio =
    e.TWILIO_ACCOUNT_SID && e.TWILIO_AUTH_TOKEN && e.TWILIO_FROM
      ? {
          accountSid: e.TWILIO_ACCOUNT_SID,
          authToken: e.TWILIO_AUTH_TOKEN,
          from: e.TWILIO_FROM,
          apiBaseUrl: e.TWILIO_API_BASE_URL,
        }
      : null;
  return { smtpUrl: e.SMTP_URL ?? null, mailFrom: e.MAIL_FROM, smtpMaxConnections: e.SMTP_MAX_CONNECTIONS, twilio, appUrl: e.APP_URL };
}

/** One transport per channel: the real provider when configured, else the dev mailbox. */
export function createTransports(config: TransportConfig): Transports {
  return {
    EMAIL: config.smtpUrl
      ? createSmtpTransport({
          smtpUrl: config.smtpUrl,
          mailFrom: config.mailFrom,
          ...(config.smtpMaxConnections ? { maxConnections: config.smtpMaxConnections } : {}),
        })
      : createCaptureTransport("EMAIL"),
    SMS: config.twilio
      ? createTwilioTransport({ ...config.twilio, appUrl: config.appUrl })
      : createCaptureTransport("SMS"),
  };
}

export async function closeTransports(transports: Transports): Promise<void> {
  await Promise.all([transports.EMAIL.close(), transports.SMS.close()]);
}
