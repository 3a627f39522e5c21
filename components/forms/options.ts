import "server-only";
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { countryName } from "@/components/backoffice/country";
import { callingCode, isPhoneCountry, phoneCountries } from "@/lib/phone";
import { CURRENCIES } from "@/lib/tenancy/schema";
import type { ComboboxOption } from "@/components/ui/combobox";

/**
 * Choices for the kit's pickers, labelled on the server in the reader's language so the
 * browser renders exactly what the server did (no Intl differences at hydration).
 *
 * Each list is the same for every request in one language, so it is built once per
 * process and language (the time zones once per quarter hour, for their offsets): building
 * them took most of the server time of the pages that show a picker (420 Intl formatters
 * for the time zones, 249 names for the countries). Callers must not change what they get.
 */
function perLocale<T>(build: (locale: string) => T): (locale: string) => T {
  const built = new Map<string, T>();
  return (locale) => {
    if (!built.has(locale)) built.set(locale, build(locale));
    return built.get(locale)!;
  };
}

/** The 249 ISO 3166-1 alpha-2 codes. */
const ISO_COUNTRIES = (
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
  "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR " +
  "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO " +
  "JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR " +
  "MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO " +
  "RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV " +
  "TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW"
).split(" ");

function byLabel(locale: string) {
  const collator = new Intl.Collator(locale);
  return (a: ComboboxOption, b: ComboboxOption) => collator.compare(a.label, b.label);
}

/** Countries by their localized name ("Spain", code "ES" findable too). */
export const countryOptions = perLocale((locale): ComboboxOption[] =>
  ISO_COUNTRIES.map((code) => ({
    value: code,
    label: countryName(code, locale) ?? code,
    detail: code,
    keywords: [code],
  })).sort(byLabel(locale)),
);

/** Countries with their calling code ("Spain +34"), for phone numbers. */
export const phoneCountryOptions = perLocale((locale): ComboboxOption[] =>
  phoneCountries()
    .map((code) => {
      const prefix = callingCode(code);
      return { value: code, label: countryName(code, locale) ?? code, detail: prefix, keywords: [code, prefix] };
    })
    .sort(byLabel(locale)),
);

/** "EUR — Euro" in the reader's language (a short list: a native select). */
export const currencyOptions = perLocale((locale): { value: string; label: string }[] => {
  const names = new Intl.DisplayNames([locale], { type: "currency" });
  return CURRENCIES.map((code) => ({ value: code, label: `${code} — ${names.of(code) ?? code}` }));
});

/** One offset formatter per zone (null: the runtime cannot format it), made once. */
const offsetFormats = new Map<string, Intl.DateTimeFormat | null>();

function offsetOf(zone: string, now: Date): string {
  if (!offsetFormats.has(zone)) {
    let format: Intl.DateTimeFormat | null = null;
    try {
      format = new Intl.DateTimeFormat("en", { timeZone: zone, timeZoneName: "shortOffset" });
    } catch {
      // A zone the runtime cannot format is still listed, just without its offset.
    }
    offsetFormats.set(zone, format);
  }
  return (
    offsetFormats
      .get(zone)
      ?.formatToParts(now)
      .find((part) => part.type === "timeZoneName")?.value ?? ""
  );
}

/** Offsets change only at a quarter hour (UTC offsets and local change times are multiples of 15 minutes). */
const QUARTER_HOUR_MS = 15 * 60 * 1000;
let zones: { quarter: number; options: ComboboxOption[] } | null = null;

function zoneOption(zone: string, now: Date): ComboboxOption {
  const offset = offsetOf(zone, now);
  return { value: zone, label: zone.replaceAll("_", " "), ...(offset ? { detail: offset } : {}) };
}

/**
 * Every IANA time zone the runtime knows (UTC first), with its current UTC offset
 * ("Europe/Madrid" · "GMT+2"); `current` is kept even if this runtime lacks it.
 */
export function timeZoneOptions(current?: string): ComboboxOption[] {
  const now = new Date();
  const quarter = Math.floor(now.getTime() / QUARTER_HOUR_MS);
  if (zones?.quarter !== quarter) {
    const known = new Set(["UTC", ...Intl.supportedValuesOf("timeZone")]);
    zones = { quarter, options: [...known].map((zone) => zoneOption(zone, now)) };
  }
  if (!current || zones.options.some((option) => option.value === current)) return zones.options;
  return [...zones.options, zoneOption(current, now)];
}

/**
 * The country a new phone number most likely belongs to: the region of the browser's
 * preferred language ("es-MX" → MX), else the language's main country.
 */
export function likelyCountry(acceptLanguage: string | null | undefined, locale: string): string {
  for (const part of (acceptLanguage ?? "").split(",")) {
    const region = part.trim().split(";")[0]?.split("-")[1]?.toUpperCase();
    if (region && isPhoneCountry(region)) return region;
  }
  return locale === "es" ? "ES" : "US";
}

/** What the profile page's phone field needs, for the reader's language and browser. */
export async function phoneFieldOptions(): Promise<{ phoneCountries: ComboboxOption[]; defaultPhoneCountry: string }> {
  const [locale, requestHeaders] = await Promise.all([getLocale(), headers()]);
  return {
    phoneCountries: phoneCountryOptions(locale),
    defaultPhoneCountry: likelyCountry(requestHeaders.get("accept-language"), locale),
  };
}
