import type { ListPage, ListState } from "@/lib/lists/query";
import type { DataTableState } from "./types";

/**
 * The table's view of a parsed list query and the page the service returned: the URL
 * state plus the current value of each filter (by id).
 */
export function tableState(
  query: ListState<string> & Record<string, unknown>,
  page: ListPage<unknown>,
  options: { filters: readonly string[]; defaultSort: { id: string; desc: boolean }; defaultPageSize: number },
): DataTableState {
  return {
    page: page.page,
    pageSize: page.pageSize,
    total: page.total,
    ...(page.totalCapped ? { totalCapped: true } : {}),
    sort: query.sort,
    defaultSort: options.defaultSort,
    defaultPageSize: options.defaultPageSize,
    hidden: query.hidden,
    filters: Object.fromEntries(
      options.filters.map((id) => {
        const value = query[id];
        return [id, value === undefined || value === null ? undefined : String(value)];
      }),
    ),
  };
}
