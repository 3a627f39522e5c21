/**
 * Values the tenancy schema and the tenancy forms share, without zod: a form imports them from
 * here so that its page does not load zod and the schemas (./schema re-exports them).
 */
export const CURRENCIES = ["USD", "EUR", "GBP", "MXN", "COP", "ARS", "CLP", "BRL", "CAD"] as const;
