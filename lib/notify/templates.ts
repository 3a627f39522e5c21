import "server-only";
import { createTranslator } from "next-intl";
import { env } from "@/lib/env";
import { messagesFor } from "@/lib/i18n/messages";
import { brandColors } from "@/lib/branding/colors";
import { escapeHtml } from "@/lib/http/escape-html";
import type { EventType } from "./events";

/** Catalog key of an event: "user.invited" → "userInvited" (next-intl keys cannot hold dots). */
export function templateKey(type: EventType): string {
  return type.replace(/\.(\w)/g, (_, c: string) => c.toUpperCase());
}

function localeOf(locale: string): "en" | "es" {
  return locale === "es" ? "es" : "en";
}

type Translator = ReturnType<typeof createTranslator>;
const translators = new Map<string, Translator>();

/**
 * One translator per language and catalog for the process: the fan-out renders
 * thousands of messages a second, and building a translator (catalog lookup, formatter
 * caches) per message cost more than the formatting itself.
 */
function translator(locale: "en" | "es", namespace: "emails" | "sms"): Translator {
  const key = `${locale}:${namespace}`;
  let t = translators.get(key);
  if (!t) {
    t = createTranslator({ locale, messages: messagesFor(locale), namespace }) as unknown as Translator;
    translators.set(key, t);
  }
  return t;
}

/**
 * The workspace an e-mail comes from. The logo is an absolute link to its public route
 * (`/<tenant>/brand/logo/<fileId>`, cached for a year) rather than an inline CID
 * attachment: deliveries are stored rendered and retried, and a link keeps each row a few
 * hundred bytes instead of carrying the image into every message; the worker never reads
 * file bytes. A client that blocks remote images still shows the name, which is text.
 */
export type EmailBrand = { name: string; color: string | null; logoUrl: string | null };

/** The band at the top of a workspace's e-mail: logo (if any) and name on the brand colour. */
function brandBand(brand: EmailBrand, colors: { background: string; text: string }): string {
  const logo = brand.logoUrl
    ? `<img src="${escapeHtml(brand.logoUrl)}" alt="${escapeHtml(brand.name)}" height="32" style="height:32px;width:auto;max-width:160px;vertical-align:middle;background:#ffffff;border-radius:4px;padding:2px;margin-right:10px">`
    : "";
  return `<div style="background:${colors.background};color:${colors.text};padding:12px 16px;border-radius:6px;font-weight:600;font-size:16px">${logo}<span style="vertical-align:middle">${escapeHtml(brand.name)}</span></div>\n`;
}

/**
 * An e-mail for one event in the recipient's language (`emails` catalog): plain text and
 * a simple accessible HTML version with the action button and, for tunable events, an
 * unsubscribe line. A workspace's e-mail carries its brand: logo and name on a band of
 * its colour, the button in that colour (text colour chosen for contrast, WCAG AA) and a
 * footer naming it. Account e-mails (no workspace) carry Canal's own.
 */
export function renderEmail(input: {
  type: EventType;
  locale: string;
  params: Record<string, string>;
  link: string;
  unsubscribeUrl?: string | null;
  brand?: EmailBrand | null;
}): { subject: string; body: string; html: string } {
  const locale = localeOf(input.locale);
  const t = translator(locale, "emails");
  const key = templateKey(input.type) as never;
  const url = new URL(input.link, env().APP_URL).toString();
  const subject = t(`${key}.subject` as never, input.params as never);
  const text = t(`${key}.body` as never, input.params as never);
  const cta = t(`${key}.cta` as never, input.params as never);
  const brand = input.brand ?? null;
  const colors = brandColors(brand?.color);
  const footer = brand ? t("footerTenant", { tenant: brand.name }) : t("footer");
  const unsubscribe = input.unsubscribeUrl ? t("unsubscribe", { url: input.unsubscribeUrl }) : null;
  const body = [brand?.name, text, `${cta}: ${url}`, footer, unsubscribe].filter(Boolean).join("\n\n");
  const band = brand ? brandBand(brand, colors) : "";
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:system-ui,sans-serif;color:#111827;line-height:1.5">
${band}<p>${escapeHtml(text)}</p>
<p><a href="${escapeHtml(url)}" style="display:inline-block;background:${colors.background};color:${colors.text};padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(cta)}</a></p>
<p style="color:#4b5563;font-size:13px">${escapeHtml(footer)}</p>${
    input.unsubscribeUrl
      ? `\n<p style="color:#4b5563;font-size:13px"><a href="${escapeHtml(input.unsubscribeUrl)}" style="color:#4b5563">${escapeHtml(t("unsubscribeLink"))}</a></p>`
      : ""
  }</body></html>`;
  return { subject, body, html };
}

/** A short SMS (`sms` catalog), kept within one 160-character GSM-7 segment where possible. */
export function renderSms(input: {
  type: EventType;
  locale: string;
  params: Record<string, string>;
  link: string;
}): string {
  const locale = localeOf(input.locale);
  const t = translator(locale, "sms");
  const url = new URL(input.link, env().APP_URL).toString();
  return t(templateKey(input.type) as never, { ...input.params, url } as never);
}

/** Extra headers stored on a delivery (RFC 8058 unsubscribe), for the e-mail transport. */
export function unsubscribeHeadersFor(delivery: { headers?: unknown }): Record<string, string> | null {
  const headers = delivery.headers;
  return headers && typeof headers === "object" ? (headers as Record<string, string>) : null;
}
