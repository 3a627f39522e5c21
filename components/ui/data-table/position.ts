import type { DataTableState } from "./types";

/**
 * Where the pager stands. A capped total (`totalCapped`: more rows match than were counted)
 * counts one page more than it shows, so "Next" stays open past the counted rows; the
 * services count past the page shown (lib/lists/query.ts `countLimit`), so every row is
 * reached by "Next" however many match. Past the end (a stale link), the last page.
 */
export function pagerPosition(state: Pick<DataTableState, "page" | "pageSize" | "total" | "totalCapped">) {
  const pageCount = Math.max(1, Math.ceil(state.total / state.pageSize) + (state.totalCapped ? 1 : 0));
  const page = Math.min(state.page, pageCount);
  const from = state.total === 0 ? 0 : (page - 1) * state.pageSize + 1;
  const to = state.totalCapped ? page * state.pageSize : Math.min(state.total, page * state.pageSize);
  return { pageCount, page, from, to, hasPrevious: state.page > 1, hasNext: page < pageCount };
}
