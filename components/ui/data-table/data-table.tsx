"use client";

import { useMemo, useState, type ReactNode } from "react";
import { ArrowDown, ArrowUp, ArrowUpDown, ChevronDown } from "lucide-react";
import { useTranslations } from "next-intl";
import {
  columnVisibilityFeature,
  rowPaginationFeature,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type RowSelectionState,
} from "@tanstack/react-table";
import { cn } from "../cn";
import { BulkBar } from "./bulk-bar";
import { DataTablePager } from "./pager";
import { DataTableToolbar } from "./toolbar";
import type { DataTableBulkAction, DataTableColumn, DataTableFilter, DataTableRow, DataTableState } from "./types";
import { useListUrl } from "./use-list-url";

const features = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  rowSelectionFeature,
  rowPaginationFeature,
});
type Features = typeof features;

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
 * "Details"). TanStack Table keeps the table state; the server does the work.
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
  const url = useListUrl();
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const [expanded, setExpanded] = useState<Record<string, boolean>>({});

  const columnDefs = useMemo<ColumnDef<Features, DataTableRow>[]>(
    () =>
      columns.map((column, index) => ({
        id: column.id,
        header: column.header,
        // An accessor makes the column sortable for TanStack; the server does the sorting
        // (manualSorting), so the value itself is never compared.
        accessorFn: (row) => row.id,
        enableSorting: Boolean(column.sortable && state),
        enableHiding: index > 0 && column.hideable !== false,
      })),
    [columns, state],
  );
  const sort = state?.sort;
  const hidden = state?.hidden;
  const sorting = useMemo(() => (sort ? [sort] : []), [sort]);
  const columnVisibility = useMemo(
    () => Object.fromEntries((hidden ?? []).filter((id) => id !== columns[0]?.id).map((id) => [id, false])),
    [hidden, columns],
  );
  const table = useTable({
    features,
    columns: columnDefs,
    data: rows,
    getRowId: (row) => row.id,
    manualSorting: true,
    manualPagination: true,
    enableSortingRemoval: false,
    rowCount: state?.total ?? rows.length,
    enableRowSelection: (row) => Boolean(bulk) && row.original.selectable !== false,
    state: {
      sorting,
      columnVisibility,
      rowSelection,
      pagination: { pageIndex: (state?.page ?? 1) - 1, pageSize: state?.pageSize ?? Math.max(rows.length, 1) },
    },
    onRowSelectionChange: setRowSelection,
    onSortingChange: (updater) => {
      const next = typeof updater === "function" ? updater(sorting) : updater;
      const first = next[0];
      if (first) url.navigate({ sort: `${first.desc ? "-" : ""}${first.id}` });
    },
    onColumnVisibilityChange: (updater) => {
      const next = typeof updater === "function" ? updater(columnVisibility) : updater;
      const hidden = Object.entries(next)
        .filter(([, visible]) => !visible)
        .map(([id]) => id);
      url.navigate({
        hide: hidden.join(",") || undefined,
        page: state && state.page > 1 ? String(state.page) : undefined,
      });
    },
  });

  const filtered = filters.some((filter) => state?.filters[filter.id]);
  const visibleColumns = table.getVisibleLeafColumns();
  const meta = new Map(columns.map((column) => [column.id, column]));
  const selectedIds = Object.keys(rowSelection).filter((id) => rowSelection[id] && rows.some((row) => row.id === id));
  const selectable = Boolean(bulk) && rows.some((row) => row.selectable !== false);

  if (rows.length === 0 && !filtered && (state?.page ?? 1) === 1) return <>{empty}</>;

  return (
    <div className={cn("min-w-0 space-y-3", className)}>
      {state && (
        <DataTableToolbar
          label={label}
          filters={filters}
          state={state}
          columns={columns}
          hideableColumns={table
            .getAllLeafColumns()
            .filter((column) => column.getCanHide())
            .map((column) => ({
              id: column.id,
              header: meta.get(column.id)?.header ?? column.id,
              visible: column.getIsVisible(),
              toggle: (visible: boolean) => column.toggleVisibility(visible),
            }))}
          exportHref={exportHref}
          url={url}
        />
      )}
      {bulk && selectedIds.length > 0 && <BulkBar bulk={bulk} ids={selectedIds} onDone={() => setRowSelection({})} />}
      {rows.length === 0 ? (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-10 text-center">
          <p className="font-semibold text-slate-900">{noMatch.title}</p>
          <p className="mt-1 text-sm text-slate-600">{noMatch.description}</p>
          <a
            href={url.hrefWith(Object.fromEntries(filters.map((filter) => [filter.id, undefined])))}
            onClick={url.follow(Object.fromEntries(filters.map((filter) => [filter.id, undefined])))}
            className="mt-4 inline-flex min-h-11 items-center rounded-lg px-3 text-sm font-medium text-brand-700 underline-offset-4 hover:underline"
          >
            {t("clearFilters")}
          </a>
        </div>
      ) : (
        <div
          role="region"
          aria-label={label}
          aria-busy={url.pending || undefined}
          tabIndex={0}
          className={cn(
            "relative overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm transition-opacity",
            url.pending && "opacity-60",
          )}
        >
          <table className="canal-data-table w-full border-collapse text-left text-sm">
            <caption className="sr-only">{label}</caption>
            <thead className="border-b border-slate-200 bg-slate-50">
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((header, index) => {
                    const column = meta.get(header.column.id)!;
                    const sorted = header.column.getIsSorted();
                    return (
                      <th
                        key={header.id}
                        scope="col"
                        aria-sort={sorted ? (sorted === "desc" ? "descending" : "ascending") : undefined}
                        className={cn(
                          "px-4 py-3 text-xs font-semibold tracking-wide whitespace-nowrap text-slate-700 uppercase",
                          column.align === "right" && "text-right",
                          index === 0 && "canal-sticky-start bg-slate-50",
                        )}
                      >
                        <span
                          className={cn(
                            "inline-flex items-center gap-2",
                            column.align === "right" && "flex-row-reverse",
                          )}
                        >
                          {index === 0 && selectable && (
                            <input
                              type="checkbox"
                              className="size-4 accent-brand-700"
                              aria-label={t("selectAll")}
                              checked={table.getIsAllPageRowsSelected()}
                              ref={(input) => {
                                if (input)
                                  input.indeterminate =
                                    table.getIsSomePageRowsSelected() && !table.getIsAllPageRowsSelected();
                              }}
                              onChange={table.getToggleAllPageRowsSelectedHandler()}
                            />
                          )}
                          {header.column.getCanSort() ? (
                            <button
                              type="button"
                              onClick={() => header.column.toggleSorting(sorted ? sorted === "asc" : false)}
                              className="-mx-1 inline-flex min-h-8 items-center gap-1 rounded px-1 uppercase hover:text-slate-950"
                            >
                              {column.header}
                              <SortIcon sorted={sorted} />
                              <span className="sr-only">
                                {sorted ? t(sorted === "asc" ? "sortedAsc" : "sortedDesc") : t("sortable")}
                              </span>
                            </button>
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
              ))}
            </thead>
            <tbody className="divide-y divide-slate-200">
              {table.getRowModel().rows.map((row) => {
                const open = Boolean(expanded[row.id]);
                const hasFolded = visibleColumns.some((column) => meta.get(column.id)?.priority === "secondary");
                return (
                  <tr
                    key={row.id}
                    data-expanded={open || undefined}
                    data-selected={row.getIsSelected() || undefined}
                    className="group/row align-top transition-colors hover:bg-slate-50 data-[selected]:bg-brand-50/60"
                  >
                    {/* Cells arrive rendered; they are placed directly (not through a cell
                        renderer, whose function identity would remount forms on refresh). */}
                    {row.getVisibleCells().map((cell, index) => {
                      const column = meta.get(cell.column.id)!;
                      const priority = index === 0 ? "title" : (column.priority ?? "primary");
                      return (
                        <td
                          key={cell.id}
                          data-priority={priority}
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
                          {index === 0 && row.getCanSelect() ? (
                            <span className="flex items-start gap-3">
                              <input
                                type="checkbox"
                                className="mt-0.5 size-4 shrink-0 accent-brand-700"
                                aria-label={t("selectRow", { row: row.original.label })}
                                checked={row.getIsSelected()}
                                onChange={row.getToggleSelectedHandler()}
                              />
                              <span className="min-w-0">{row.original.cells[cell.column.id]}</span>
                            </span>
                          ) : (
                            row.original.cells[cell.column.id]
                          )}
                        </td>
                      );
                    })}
                    <td data-priority="toggle" className="canal-phone-only">
                      {hasFolded && (
                        <button
                          type="button"
                          aria-expanded={open}
                          onClick={() => setExpanded((current) => ({ ...current, [row.id]: !open }))}
                          className="inline-flex min-h-11 items-center gap-1 rounded-lg px-2 text-sm font-medium text-brand-700"
                        >
                          {t("details")}
                          <span className="sr-only">: {row.original.label}</span>
                          <ChevronDown
                            aria-hidden="true"
                            className={cn("size-4 transition-transform", open && "rotate-180")}
                          />
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {state && <DataTablePager state={state} url={url} />}
    </div>
  );
}

function SortIcon({ sorted }: { sorted: false | "asc" | "desc" }) {
  const Icon = sorted === "asc" ? ArrowUp : sorted === "desc" ? ArrowDown : ArrowUpDown;
  return <Icon aria-hidden="true" className={cn("size-3.5", sorted ? "text-brand-700" : "text-slate-400")} />;
}
