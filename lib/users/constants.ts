/**
 * Values the users schema and the users forms share, without zod: a form imports them from
 * here so that its page does not load zod and the schemas (./schema re-exports them).
 */
/** How many people one invitation form may invite at once. */
export const MAX_INVITES_AT_ONCE = 10;
