/**
 * Values the orders schema and the orders forms share, without zod: a form imports them from
 * here so that its page does not load zod and the schemas (./schema re-exports them).
 */
/** Most lines on one order, and the most units of one line (a typo guard). */
export const MAX_ORDER_LINES = 200;
