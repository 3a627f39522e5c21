import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { withScope } from "@/lib/db/scope";
import { env } from "@/lib/env";
import { createId } from "@/lib/ids";
import { logger } from "@/lib/log";

export type EmailMessage = {
  tenantId: string | null;
  to: string;
  subject: string;
  text: string;
  html: string;
};

let transporter: Transporter | undefined;

/**
 * Delivers e-mail after the change it announces has committed. With SMTP_URL set it is
 * sent for real; without, it is captured in the development mailbox (/dev/mailbox) and
 * logged, never dropped. The alerts outbox (issue #3) will take this over.
 */
export async function deliverEmails(messages: EmailMessage[]): Promise<void> {
  const { SMTP_URL, MAIL_FROM } = env();
  for (const message of messages) {
    if (SMTP_URL) {
      transporter ??= nodemailer.createTransport(SMTP_URL);
      await transporter.sendMail({ from: MAIL_FROM, to: message.to, subject: message.subject, text: message.text, html: message.html });
      logger.info("email sent", { to: message.to, subject: message.subject, tenantId: message.tenantId });
      continue;
    }
    await withScope({ audience: "anonymous" }, (tx) =>
      tx.devMailboxMessage.create({ data: { id: createId("mail"), ...message } }),
    );
    logger.info("email captured in dev mailbox", { to: message.to, subject: message.subject });
  }
}

/** Newest captured messages (dev mailbox page and tests). */
export async function listCapturedEmails(input: { to?: string | undefined; take?: number } = {}) {
  return withScope({ audience: "anonymous" }, (tx) =>
    tx.devMailboxMessage.findMany({
      where: input.to ? { to: input.to.toLowerCase() } : {},
      orderBy: { createdAt: "desc" },
      take: input.take ?? 50,
    }),
  );
}
