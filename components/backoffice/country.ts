/**
 * One Intl.DisplayNames per language: building one costs far more than a lookup, and a
 * country list or a table of partners asks for hundreds of names in one render.
 */
const regionNames = new Map<string, Intl.DisplayNames | null>();

function namesIn(locale: string): Intl.DisplayNames | null {
  if (!regionNames.has(locale)) {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([locale], { type: "region" });
    } catch {
      // An unknown locale: codes stay as they are.
    }
    regionNames.set(locale, names);
  }
  return regionNames.get(locale)!;
}

/** A country's name in the reader's language from its ISO 3166-1 alpha-2 code ("ES" → "Spain"). */
export function countryName(code: string | null | undefined, locale: string): string | null {
  if (!code) return null;
  try {
    return namesIn(locale)?.of(code) ?? code;
  } catch {
    // Unknown or malformed codes stay readable as they are.
    return code;
  }
}
