import {
  getCountries,
  getCountryCallingCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
  type CountryCode,
} from "libphonenumber-js/mobile";

/**
 * Mobile phone numbers, parsed with libphonenumber-js and Google's metadata for mobile
 * numbers (SMS is what they are for): people type them the way they know them — "600 12
 * 34 56" with Spain chosen, or "+34 600 123 456" — and we store E.164 ("+34600123456").
 * Shared by the zod schema (server and browser) and the phone field.
 */

export type PhoneCountry = CountryCode;

export function isPhoneCountry(value: unknown): value is PhoneCountry {
  return typeof value === "string" && /^[A-Z]{2}$/.test(value) && isSupportedCountry(value);
}

/** Every country with a calling code. */
export function phoneCountries(): PhoneCountry[] {
  return getCountries();
}

/** "+34" for Spain. */
export function callingCode(country: PhoneCountry): string {
  return `+${getCountryCallingCode(country)}`;
}

/**
 * The E.164 form of a mobile number typed nationally for `country` or internationally
 * (with + or the country's international prefix); null when it is not a valid mobile
 * number there.
 */
export function toE164(input: string, country?: string | null): string | null {
  const text = input.trim();
  if (!text || text.length > 40) return null;
  const parsed = parsePhoneNumberFromString(text, isPhoneCountry(country) ? country : undefined);
  return parsed?.isValid() ? parsed.number : null;
}

/** A stored number split for the form: its country and its national spelling ("600 12 34 56"). */
export function splitPhone(e164: string | null | undefined): { country: PhoneCountry | null; national: string } {
  if (!e164) return { country: null, national: "" };
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return { country: null, national: e164 };
  return { country: parsed.country ?? null, national: parsed.country ? parsed.formatNational() : e164 };
}

/** A stored number as people read it: "+34 600 12 34 56". */
export function formatPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}
