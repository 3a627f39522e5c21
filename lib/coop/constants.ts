/**
 * Values the coop schema and the coop forms share, without zod: a form imports them from
 * here so that its page does not load zod and the schemas (./schema re-exports them).
 */
export const COOP_ACCRUAL_BASES = ["INVOICED", "PAID"] as const;
export const COOP_PERIODS = ["QUARTER", "YEAR"] as const;
export const COOP_ACTIVITY_TYPES = ["DIGITAL_ADS", "TRADE_SHOW", "CO_BRANDED_PRINT", "TRAINING", "EMAIL_CAMPAIGN", "EVENT", "OTHER"] as const;
