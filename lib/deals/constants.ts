/**
 * Values the deals schema and the deals forms share, without zod: a form imports them from
 * here so that its page does not load zod and the schemas (./schema re-exports them).
 */
/** Most product lines on one registration. */
export const MAX_LINES = 20;
export const MAX_CRITERIA = 12;
