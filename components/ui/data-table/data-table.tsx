import type { ReactNode } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { cn } from "../cn";
import { spriteIcon } from "../sprite-icon";
import { BulkSlot, DetailsToggle, ListLink, RowCheckbox, SelectAllCheckbox, SortButton, TableRegion } from "./islands";
import { DataTableRoot } from "./list-context";
import { DataTablePager } from "./pager";
import { DataTableToolbar } from "./toolbar";
import type { DataTableBulkAction, DataTableColumn, DataTableFilter, DataTableRow, DataTableState } from "./types";

export type DataTableProps = {
  /** Accessible name of the table and its scroll region ("Partners"). */
  label: string;
  columns: DataTableColumn[];
  rows: DataTableRow[];
  /** The server's parsed URL state; omit for a short, unpaged list (a partner's team). */
  state?: DataTableState;
  filters?: DataTableFilter[];
  /** URL of the CSV export of the filtered rows (the current filters and sort are added). */
  exportHref?: string;
  bulk?: DataTableBulkAction;
  /** Shown instead of the table when there are no rows and no filter is set. */
  empty: ReactNode;
  /** Shown when filters match nothing (a "clear filters" link is added). */
  noMatch: { title: string; description: string };
  className?: string;
};

/**
 * Every list of Canal: server-side paging, sorting and filters kept in the URL, column
 * choice, bulk selection, CSV export, a table that scrolls inside its card with a sticky
 * first column, and compact rows on phones (title and key facts; the rest folded behind
 * "Details").
 *
 * A server component: the table (headers, rows, cells) and every word and number are
 * rendered here; the browser gets small client islands that share the list's state through
 * `DataTableRoot` — the toolbar, the sort buttons, the pager's links and size choice, the
 * busy region, the selection checkboxes with the bulk bar, and the phones' "Details". The
 * state is the URL's (the server pages, sorts and filters), so no table library is needed
 * in the browser (docs/architecture.md, "Client cost", ninth pass).
 */
export function DataTable({
  label,
  columns,
  rows,
  state,
  filters = [],
  exportHref,
  bulk,
  empty,
  noMatch,
  className,
}: DataTableProps) {
  const t = useTranslations("dataTable");
  const format = useFormatter();
  const first = columns[0]?.id;
  // The URL's hidden columns (the first column is never hidden).
  const hiddenIds = (state?.hidden ?? []).filter((id) => id !== first);
  const visibleColumns = columns.filter((column) => !hiddenIds.includes(column.id));
  const sort = state?.sort;
  const filtered = filters.some((filter) => state?.filters[filter.id]);
  const canSelect = (row: DataTableRow) => Boolean(bulk) && row.selectable !== false;
  const selectable = rows.filter(canSelect).map((row) => row.id);
  const hasFolded = visibleColumns.some((column) => column.priority === "secondary");

  if (rows.length === 0 && !filtered && (state?.page ?? 1) === 1) return <>{empty}</>;

  const clearFilters = Object.fromEntries(filters.map((filter) => [filter.id, undefined]));
  const active = filters.filter((filter) => state?.filters[filter.id]).length;
  const sortable = columns.filter((column) => column.sortable);

  return (
    <DataTableRoot className={cn("min-w-0 space-y-3", className)} selectable={selectable}>
      {state && (
        <DataTableToolbar
          label={label}
          filters={filters}
          state={state}
          sortOptions={sortable.flatMap((column) => [
            { value: column.id, label: t("sortOptionAsc", { column: column.header }) },
            { value: `-${column.id}`, label: t("sortOptionDesc", { column: column.header }) },
          ])}
          hideableColumns={columns
            .filter((column, index) => index > 0 && column.hideable !== false)
            .map((column) => ({ id: column.id, header: column.header, visible: !hiddenIds.includes(column.id) }))}
          hiddenIds={hiddenIds}
          exportHref={exportHref}
          text={{
            count: t(state.totalCapped ? "countMore" : "count", {
              count: state.total,
              formatted: format.number(state.total),
            }),
            loading: t("loading"),
            filters: active > 0 ? t("filtersActive", { count: active }) : t("filters"),
            filtersLabel: t("filtersLabel", { list: label }),
            clearFilters: t("clearFilters"),
            columns: t("columns"),
            export: t("export"),
            sortBy: t("sortBy"),
          }}
        />
      )}
      {bulk && <BulkSlot bulk={bulk} />}
      {rows.length === 0 ? (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-10 text-center">
          <p className="font-semibold text-slate-900">{noMatch.title}</p>
          <p className="mt-1 text-sm text-slate-600">{noMatch.description}</p>
          <ListLink
            changes={clearFilters}
            className="mt-4 inline-flex min-h-11 items-center rounded-lg px-3 text-sm font-medium text-brand-700 underline-offset-4 hover:underline"
          >
            {t("clearFilters")}
          </ListLink>
        </div>
      ) : (
        <TableRegion label={label}>
          <table className="canal-data-table w-full border-collapse text-left text-sm">
            <caption className="sr-only">{label}</caption>
            <thead className="border-b border-slate-200 bg-slate-50">
              <tr>
                {visibleColumns.map((column, index) => {
                  const sorted = sort?.id === column.id ? (sort.desc ? "desc" : "asc") : false;
                  return (
                    <th
                      key={column.id}
                      scope="col"
                      aria-sort={sorted ? (sorted === "desc" ? "descending" : "ascending") : undefined}
                      className={cn(
                        "px-4 py-3 text-xs font-semibold tracking-wide whitespace-nowrap text-slate-700 uppercase",
                        column.align === "right" && "text-right",
                        index === 0 && "canal-sticky-start bg-slate-50",
                      )}
                    >
                      <span
                        className={cn("inline-flex items-center gap-2", column.align === "right" && "flex-row-reverse")}
                      >
                        {index === 0 && selectable.length > 0 && <SelectAllCheckbox label={t("selectAll")} />}
                        {column.sortable && state ? (
                          // Ascending first; a second press on the sorted column turns it round.
                          <SortButton sort={sorted === "asc" ? `-${column.id}` : column.id}>
                            {column.header}
                            <SortIcon sorted={sorted} />
                            <span className="sr-only">
                              {sorted ? t(sorted === "asc" ? "sortedAsc" : "sortedDesc") : t("sortable")}
                            </span>
                          </SortButton>
                        ) : (
                          column.header
                        )}
                      </span>
                    </th>
                  );
                })}
                <th scope="col" className="canal-phone-only">
                  <span className="sr-only">{t("details")}</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {rows.map((row) => (
                <tr
                  key={row.id}
                  className="group/row align-top transition-colors hover:bg-slate-50 data-[selected]:bg-brand-50/60"
                >
                  {visibleColumns.map((column, index) => (
                    <td
                      key={column.id}
                      data-priority={index === 0 ? "title" : (column.priority ?? "primary")}
                      data-label={index === 0 ? undefined : column.header}
                      data-phone-label={column.phoneLabel || undefined}
                      className={cn(
                        "text-slate-800 sm:px-4 sm:py-3",
                        index > 0 && !column.wrap && "sm:whitespace-nowrap",
                        column.align === "right" && "text-right tabular-nums",
                        index === 0 &&
                          "canal-sticky-start bg-white group-hover/row:bg-slate-50 group-data-[selected]/row:bg-brand-50",
                        column.className,
                      )}
                    >
                      {index === 0 && canSelect(row) ? (
                        <span className="flex items-start gap-3">
                          <RowCheckbox id={row.id} label={t("selectRow", { row: row.label })} />
                          <span className="min-w-0">{row.cells[column.id]}</span>
                        </span>
                      ) : (
                        row.cells[column.id]
                      )}
                    </td>
                  ))}
                  <td data-priority="toggle" className="canal-phone-only">
                    {hasFolded && (
                      <DetailsToggle>
                        {t("details")}
                        <span className="sr-only">: {row.label}</span>
                      </DetailsToggle>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {state && <DataTablePager state={state} />}
    </DataTableRoot>
  );
}

/** A sortable header's icon: a reference into the sprite, built once per process (sprite-icon.ts). */
const SORT_ICONS = {
  asc: spriteIcon("arrow-up", "size-3.5 text-brand-700"),
  desc: spriteIcon("arrow-down", "size-3.5 text-brand-700"),
  none: spriteIcon("arrow-up-down", "size-3.5 text-slate-400"),
};

function SortIcon({ sorted }: { sorted: false | "asc" | "desc" }) {
  return SORT_ICONS[sorted || "none"];
}
