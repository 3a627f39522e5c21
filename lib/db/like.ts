/**
 * Text filters whose input is taken literally. Prisma passes `contains`/`startsWith`
 * values to PostgreSQL's (I)LIKE as they are, so a typed `%` matched every row and a `\`
 * none (tests/integration/search.test.ts). Escape with LIKE's default escape character.
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Case-insensitive "contains `text`" (served by the trigram indexes, see prisma/schema). */
export function containsText(text: string) {
  return { contains: escapeLike(text), mode: "insensitive" as const };
}

/** Case-insensitive "starts with `text`". */
export function startsWithText(text: string) {
  return { startsWith: escapeLike(text), mode: "insensitive" as const };
}
