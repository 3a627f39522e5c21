/**
 * Values the partners schema and the partners forms share, without zod: a form imports them from
 * here so that its page does not load zod and the schemas (./schema re-exports them).
 */
export const PARTNER_TYPES = ["DISTRIBUTOR", "WHOLESALER", "RETAILER", "VAR", "OEM", "REFERRAL"] as const;
/** Largest seat limit a vendor can set (a typo guard, not a business rule). */
export const MAX_SEAT_LIMIT = 10_000;
