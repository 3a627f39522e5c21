/**
 * Values the invoicing schema and the invoicing forms share, without zod: a form imports them from
 * here so that its page does not load zod and the schemas (./schema re-exports them).
 */
export const PAYMENT_METHODS = ["BANK_TRANSFER", "CARD", "CHECK", "CASH", "OTHER"] as const;
