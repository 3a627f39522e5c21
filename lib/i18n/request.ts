import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import {
  DEFAULT_TIME_ZONE,
  LOCALE_COOKIE,
  defaultLocale,
  isLocale,
  matchAcceptLanguage,
  messageFallback,
  onIntlError,
  type Locale,
} from "./config";
import { env } from "@/lib/env";
import { messagesFor } from "./messages";

/**
 * next-intl's per-request configuration (named in next.config.mjs). No i18n routing: the
 * locale is the NEXT_LOCALE cookie when valid, else the best Accept-Language match, else "en".
 */
export async function resolveRequestLocale(): Promise<Locale> {
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(fromCookie)) return fromCookie;
  return matchAcceptLanguage((await headers()).get("accept-language")) ?? defaultLocale;
}

/** CANAL_STRICT_I18N=1 (tests, CI) turns a missing message into an exception. */
export function isStrictI18n(): boolean {
  return env().CANAL_STRICT_I18N;
}

export default getRequestConfig(async ({ locale: requested }) => {
  // An explicit locale (e.g. getTranslations({ locale: "es" }) for an email) wins.
  const locale = isLocale(requested) ? requested : await resolveRequestLocale();
  const strict = isStrictI18n();
  return {
    locale,
    messages: messagesFor(locale),
    timeZone: DEFAULT_TIME_ZONE,
    onError: (error) => onIntlError(error, strict),
    getMessageFallback: messageFallback,
  };
});
