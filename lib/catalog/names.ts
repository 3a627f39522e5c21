/** A product's or family's name in the reader's language (Spanish readers get `nameEs`). */
export function localName(named: { nameEn: string; nameEs: string }, locale: string): string {
  return locale === "es" ? named.nameEs : named.nameEn;
}

/** A description in the reader's language, or the other language's when that one is empty. */
export function localDescription(product: { descriptionEn: string | null; descriptionEs: string | null }, locale: string): string | null {
  return locale === "es" ? (product.descriptionEs ?? product.descriptionEn) : (product.descriptionEn ?? product.descriptionEs);
}
