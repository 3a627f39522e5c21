/**
 * Values the programs schema and the programs forms share, without zod: a form imports them from
 * here so that its page does not load zod and the schemas (./schema re-exports them).
 */
export const PROGRAM_ACTIVATIONS = ["AUTOMATIC", "MANUAL"] as const;
export const ONBOARDING_ITEM_KINDS = ["AGREEMENT", "BILLING", "CERTIFICATION", "DOCUMENT"] as const;
export const AGREEMENT_LOCALES = ["en", "es"] as const;
