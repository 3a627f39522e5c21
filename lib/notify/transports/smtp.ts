import "server-only";
import nodemailer from "nodemailer";
import { SendError, shortError, type OutgoingMessage, type SendResult, type Transport } from "./types";

/** The domain part of MAIL_FROM ("Canal <no-reply@canal.example>" → "canal.example"). */
export function messageIdDomain(mailFrom: string): string {
  const match = /@([A-Za-z0-9.-]+)>?\s*$/.exec(mailFrom.trim());
  return match?.[1]?.toLowerCase() ?? "canal.localhost";
}

/**
 * The Message-ID of a delivery. It is derived from the delivery id, so every retry of
 * one delivery carries the same id: a message resent after a crash between "the relay
 * accepted it" and "we recorded that" is recognisable (and de-duplicated by many MTAs).
 */
export function messageIdFor(deliveryId: string, mailFrom: string): string {
  return `<${deliveryId}@${messageIdDomain(mailFrom)}>`;
}

/** 5xx on the envelope (recipient refused): resending the same message cannot succeed. */
function isPermanent(error: unknown): boolean {
  const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  return code === "EENVELOPE" && typeof responseCode === "number" && responseCode >= 500 && responseCode < 600;
}

/** E-mail over SMTP (nodemailer), pooled so a busy outbox reuses connections. */
export function createSmtpTransport(config: { smtpUrl: string; mailFrom: string; maxConnections?: number }): Transport {
  const mailer = nodemailer.createTransport({
    url: config.smtpUrl,
    pool: true,
    maxConnections: config.maxConnections ?? 8,
    // A pooled connection carries many messages (nodemailer's default is 100 per connection).
    maxMessages: Infinity,
    // nodemailer's defaults wait minutes on a dead relay; a claimed delivery should fail
    // well within its lease and be retried later instead.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    name: "smtp",
    async send(message: OutgoingMessage): Promise<SendResult> {
      const messageId = messageIdFor(message.deliveryId, config.mailFrom);
      let info: { rejected?: unknown[]; response?: string };
      try {
        info = await mailer.sendMail({
          from: config.mailFrom,
          to: message.to,
          subject: message.subject ?? "",
          text: message.body,
          // both parts (multipart/alternative) when the fan-out rendered HTML
          ...(message.html ? { html: message.html } : {}),
          headers: message.headers ?? {},
          ...(message.attachments?.length ? { attachments: message.attachments } : {}),
          messageId,
        });
      } catch (error) {
        throw new SendError(shortError(error), { permanent: isPermanent(error), cause: error });
      }
      if (info.rejected && info.rejected.length > 0) {
        throw new SendError(`recipient refused: ${info.response ?? "no response"}`.slice(0, 300), { permanent: true });
      }
      return { providerMessageId: messageId };
    },
    async close() {
      mailer.close();
    },
  };
}
