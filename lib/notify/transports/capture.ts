import "server-only";
import { withScope } from "@/lib/db/scope";
import { createId } from "@/lib/ids";
import { logger } from "@/lib/log";
import type { OutgoingMessage, SendResult, Transport } from "./types";

/**
 * With no SMTP or Twilio settings nothing leaves the machine: messages are stored in the
 * development mailbox (/dev/mailbox, the admin mailbox page) and logged in one line, so
 * every flow works on a fresh checkout without being silently dropped.
 */
export function createCaptureTransport(channel: "EMAIL" | "SMS"): Transport {
  return {
    name: "capture",
    async send(message: OutgoingMessage): Promise<SendResult> {
      const id = createId("mail");
      await withScope({ audience: "worker" }, (tx) =>
        tx.devMailboxMessage.create({
          data: {
            id,
            tenantId: message.tenantId,
            channel,
            to: message.to,
            subject: message.subject ?? "",
            text: message.body,
            html: message.html ?? "",
          },
        }),
      );
      logger.info(
        { to: message.to, ...(message.subject ? { subject: message.subject } : {}), deliveryId: message.deliveryId },
        channel === "EMAIL" ? "email captured in dev mailbox" : "sms captured in dev mailbox",
      );
      return { providerMessageId: `capture:${id}` };
    },
    async close() {},
  };
}
