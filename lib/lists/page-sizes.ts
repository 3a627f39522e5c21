/** Rows-per-page choices of every list (kept apart from the parser so the client bundle stays small). */
export const PAGE_SIZES = [10, 25, 50, 100] as const;
