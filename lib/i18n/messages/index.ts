import type { Locale } from "../config";
import * as enCatalog from "./en";
import * as esCatalog from "./es";

/** The shape of a catalog: English is the reference every other locale must match. */
export type Messages = typeof enCatalog;

/**
 * Typed as `Messages`, so a namespace or key present in English but missing in another
 * locale is a type error (`tsc --noEmit`) rather than a fallback at run time.
 */
const catalogs: Record<Locale, Messages> = {
  en: enCatalog,
  es: esCatalog,
};

/** The messages of `locale` as a plain object (namespace → JSON), ready for next-intl. */
export function messagesFor(locale: Locale): Messages {
  return { ...catalogs[locale] };
}
