import type { z } from "zod";
import en from "zod/v4/locales/en.js";
import es from "zod/v4/locales/es.js";

/**
 * How validation messages are translated, shared by the server (action wrappers, route
 * errors) and the browser (the form kit's resolver), so a rule broken in either place
 * reads the same. Our schemas carry message keys ("validation.email"); rules without one
 * fall back to zod's own message in the reader's language.
 */

const ZOD_LOCALES = { en, es } as const;

/** zod's own messages in `locale` (English for anything we do not translate). */
export function zodLocaleError(locale: string): z.core.$ZodErrorMap {
  return (ZOD_LOCALES[locale as keyof typeof ZOD_LOCALES] ?? en)().localeError;
}

const MESSAGE_KEY = /^[a-z][A-Za-z]*\.[A-Za-z0-9_.]+$/;

/** The part of a next-intl translator (server or client) that translation needs. */
export type Translator = {
  (key: never, values?: never): string;
  has(key: never): boolean;
};

/** Translates a message key ("validation.x", "errors.CODE") or returns a ready text as is. */
export function translateIssueMessage(t: Translator, message: string, params?: Record<string, string | number>): string {
  if (!MESSAGE_KEY.test(message)) return message;
  return t.has(message as never) ? t(message as never, params as never) : message;
}

/** The form field an issue belongs to, as named in forms and ActionState ("invites.1.email"). */
export function issueField(path: readonly PropertyKey[]): string {
  return path.map(String).join(".") || "_form";
}
