import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret, env } from "@/lib/env";

/**
 * One-click unsubscribe tokens: `<base64url(userId:event)>.<HMAC>` signed with the app
 * secret, so a link can only switch off the e-mail it came with and needs no database row.
 */
function sign(value: string): string {
  return createHmac("sha256", `unsubscribe:${authSecret()}`).update(value).digest("base64url");
}

export function unsubscribeToken(userId: string, eventType: string): string {
  const value = Buffer.from(`${userId}:${eventType}`).toString("base64url");
  return `${value}.${sign(value)}`;
}

export function readUnsubscribeToken(token: string): { userId: string; eventType: string } | null {
  const [value, signature] = token.split(".");
  if (!value || !signature || token.length > 300) return null;
  const expected = Buffer.from(sign(value));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const [userId, eventType] = Buffer.from(value, "base64url").toString("utf8").split(":");
  return userId && eventType ? { userId, eventType } : null;
}

/** RFC 8058 headers: mail clients show "Unsubscribe" and POST to the link in one click. */
export function unsubscribeHeaders(userId: string, eventType: string): Record<string, string> {
  const url = new URL(`/api/unsubscribe/${unsubscribeToken(userId, eventType)}`, env().APP_URL).toString();
  return { "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}

export function unsubscribePageUrl(userId: string, eventType: string): string {
  return new URL(`/unsubscribe/${unsubscribeToken(userId, eventType)}`, env().APP_URL).toString();
}
