/**
 * Values the catalog schema and the catalog forms share, without zod: a form imports them from
 * here so that its page does not load zod and the schemas (./schema re-exports them).
 */
export const PRODUCT_UNITS = [
  "EACH",
  "PACK",
  "BOX",
  "LICENSE",
  "SUBSCRIPTION_MONTH",
  "HOUR",
  "METER",
  "KILOGRAM",
  "LITER",
] as const;
/** Largest pack a product may declare (a typo guard; the database checks it too). */
export const MAX_PACK_SIZE = 100_000;
