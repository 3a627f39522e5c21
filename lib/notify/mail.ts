import "server-only";
import { withScope } from "@/lib/db/scope";

/**
 * Newest messages captured in the development mailbox (/dev/mailbox, tests). With no
 * SMTP or Twilio settings the worker's transports put every e-mail and SMS here.
 */
export async function listCapturedEmails(input: { to?: string | undefined; take?: number } = {}) {
  return withScope({ audience: "anonymous" }, (tx) =>
    tx.devMailboxMessage.findMany({
      where: input.to ? { to: input.to.toLowerCase() } : {},
      orderBy: { createdAt: "desc" },
      take: input.take ?? 50,
    }),
  );
}
