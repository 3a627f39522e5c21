/**
 * When two customers' normalised names (lib/accounts/normalize.ts companyNameKey: "ACME
 * S.A." and "Acme SA" are both "acme") are "similar" without being equal. The database
 * finds candidates with pg_trgm's `%` (trigram similarity ≥ 0.4, CANDIDATE_SIMILARITY in
 * ./claim-search.ts, which reads fewer for long names without losing a similar one); this
 * decides, with the similarity PostgreSQL measured:
 *
 * - trigram similarity ≥ 0.5 ("northwind traders" / "nortwind traders");
 * - one or two typos: an edit distance of 1 for names of 4+ characters, 2 for 8+
 *   (transpositions count once: "acme" / "amce");
 * - every word of the shorter name is a word of the longer ("acme" / "acme holdings").
 *
 * Very short names with a typo in the middle ("acme" / "acne"), or a short name inside a
 * long one ("acme" / "acme holdings international"), share too few trigrams to be
 * candidates at all; the same customer's domain or tax id still matches them exactly.
 */

export const SIMILAR_TRIGRAM = 0.5;

/** Optimal-string-alignment distance (Damerau–Levenshtein without overlapping edits), stopping past `max`. */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, prevPrev[j - 2]! + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** Whether two different name keys name the same customer, as far as a reviewer should be told. */
export function similarNames(a: string, b: string, trigram: number): boolean {
  if (!a || !b || a === b) return false;
  if (trigram >= SIMILAR_TRIGRAM) return true;
  const shorter = Math.min(a.length, b.length);
  const distance = editDistance(a, b, 2);
  if ((shorter >= 4 && distance <= 1) || (shorter >= 8 && distance <= 2)) return true;
  const [few, many] = a.split(" ").length <= b.split(" ").length ? [a.split(" "), b.split(" ")] : [b.split(" "), a.split(" ")];
  return few.join("").length >= 4 && few.every((word) => many.includes(word));
}

export type Keys = { nameKey: string; domain: string | null; taxId: string | null };

/** What two customers share, strongest first: "taxId", "domain", "name" or "similarName". */
export function matchedOn(a: Keys, b: Keys, trigram: number): string[] {
  const shared: string[] = [];
  if (a.taxId && a.taxId === b.taxId) shared.push("taxId");
  if (a.domain && a.domain === b.domain) shared.push("domain");
  if (a.nameKey && a.nameKey === b.nameKey) shared.push("name");
  else if (similarNames(a.nameKey, b.nameKey, trigram)) shared.push("similarName");
  return shared;
}
