/**
 * Values the pricing schema and the pricing forms share, without zod: a form imports them from
 * here so that its page does not load zod and the schemas (./schema re-exports them).
 */
export const PRICE_METHODS = ["PRICE", "PERCENT", "AMOUNT"] as const;
