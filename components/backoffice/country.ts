/** A country's name in the reader's language from its ISO 3166-1 alpha-2 code ("ES" → "Spain"). */
export function countryName(code: string | null | undefined, locale: string): string | null {
  if (!code) return null;
  try {
    return new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code;
  } catch {
    // Unknown or malformed codes stay readable as they are.
    return code;
  }
}
