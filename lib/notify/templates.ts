import "server-only";
import { createTranslator } from "next-intl";
import { env } from "@/lib/env";
import { messagesFor } from "@/lib/i18n/messages";
import type { EmailMessage } from "./mail";

type Template = "invitation" | "addedToWorkspace" | "passwordReset" | "partnerInvitation";

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/**
 * Renders one transactional e-mail in the recipient's language from the `emails`
 * catalog: plain text plus a simple, accessible HTML version with the action link.
 */
export function renderEmail(input: {
  template: Template;
  locale: string;
  to: string;
  tenantId: string | null;
  params: Record<string, string>;
  /** path under APP_URL the button leads to */
  linkPath: string;
}): EmailMessage {
  const locale = input.locale === "es" ? "es" : "en";
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "emails" });
  const link = new URL(input.linkPath, env().APP_URL).toString();
  const subject = t(`${input.template}.subject`, input.params);
  const body = t(`${input.template}.body`, input.params);
  const cta = t(`${input.template}.cta`, input.params);
  const footer = t("footer");
  const text = `${body}\n\n${cta}: ${link}\n\n${footer}`;
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:system-ui,sans-serif;color:#111827;line-height:1.5">
<p>${escapeHtml(body)}</p>
<p><a href="${escapeHtml(link)}" style="display:inline-block;background:#1d4ed8;color:#ffffff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(cta)}</a></p>
<p style="color:#4b5563;font-size:13px">${escapeHtml(footer)}</p></body></html>`;
  return { tenantId: input.tenantId, to: input.to, subject, text, html };
}
