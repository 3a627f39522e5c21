/**
 * Values the warranties schema and the warranties forms share, without zod: a form imports them from
 * here so that its page does not load zod and the schemas (./schema re-exports them).
 */
export const START_RULES = ["SHIPMENT", "REGISTRATION", "SALE"] as const;
export const CERTIFICATE_LOCALES = ["en", "es"] as const;
