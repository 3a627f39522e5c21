import type { IntlError } from "next-intl";

/**
 * Locale settings shared by server and client code. No i18n routing: the locale comes from
 * the NEXT_LOCALE cookie, then the browser's Accept-Language, then the default.
 */
export const locales = ["en", "es"] as const;
export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = "en";
export const LOCALE_COOKIE = "NEXT_LOCALE";
/** One year, in seconds. */
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/** Time zone used for dates until a user-level setting exists. */
export const DEFAULT_TIME_ZONE = "UTC";

/** Each language named in itself, as language pickers should show it. */
export const localeNames: Record<Locale, string> = {
  en: "English",
  es: "Español",
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/**
 * Best supported locale for an Accept-Language header ("es-MX,es;q=0.9,en;q=0.8"), by
 * quality then order; region subtags match their language. Null when nothing matches.
 */
export function matchAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number.parseFloat(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.tag && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);

  for (const { tag } of ranked) {
    const language = tag.split("-")[0];
    if (isLocale(language)) return language;
  }
  return null;
}

/**
 * next-intl error handler, shared by the server config and the client provider: with
 * `strict` (CANAL_STRICT_I18N=1) a missing message throws, otherwise every error is logged.
 */
export function onIntlError(error: IntlError, strict: boolean): void {
  if (strict && String(error.code) === "MISSING_MESSAGE") throw error;
  console.error(`[i18n] ${error.code}: ${error.originalMessage ?? error.message}`);
}

/** What a missing message renders as: its full key, e.g. "shell.signOut". */
export function messageFallback({ key, namespace }: { key: string; namespace?: string }): string {
  return namespace ? `${namespace}.${key}` : key;
}
