"use client";

import { useEffect, useRef, useState } from "react";
import { Download, ListFilter, Search, X } from "lucide-react";
import { Button, buttonVariants } from "../button";
import { cn } from "../cn";
import { Input } from "../input";
import { Label } from "../label";
import { Select } from "../select";
import { Spinner } from "../spinner";
import { ColumnsMenu } from "./columns-menu";
import { useList } from "./list-context";
import type { DataTableFilter, DataTableState } from "./types";
import type { useListUrl } from "./use-list-url";

type Url = ReturnType<typeof useListUrl>;

const SEARCH_DELAY_MS = 350;

/**
 * The toolbar's words, translated and formatted by the server (data-table.tsx): the browser
 * builds no translator or `Intl` formatter for them (a first `Intl.NumberFormat` alone took
 * 40–60 ms of the main thread on the list pages; docs/architecture.md, "Ninth pass").
 */
export type ToolbarText = {
  /** "25 results", already formatted. */
  count: string;
  loading: string;
  /** "Filters" or "Filters (2)". */
  filters: string;
  filtersLabel: string;
  clearFilters: string;
  columns: string;
  export: string;
  sortBy: string;
};

/**
 * Filters (a search box and selects; behind a "Filters" button on phones, where a "Sort
 * by" choice replaces the column headers), the result count, the column chooser and the
 * CSV export of exactly the filtered rows.
 */
export function DataTableToolbar({
  label,
  filters,
  state,
  sortOptions,
  hideableColumns,
  hiddenIds,
  exportHref,
  text,
}: {
  label: string;
  filters: DataTableFilter[];
  state: DataTableState;
  /** The phone's "Sort by" choices (`name`, `-name`…), labelled by the server. */
  sortOptions: { value: string; label: string }[];
  hideableColumns: { id: string; header: string; visible: boolean }[];
  /** The URL's hidden columns, the first column left out (it is never hidden). */
  hiddenIds: string[];
  exportHref?: string | undefined;
  text: ToolbarText;
}) {
  const { url } = useList();
  const [open, setOpen] = useState(false);
  const active = filters.filter((filter) => state.filters[filter.id]).length;
  const panelId = `${label.replace(/\W+/g, "-").toLowerCase()}-filters`;
  const current = state.sort ?? state.defaultSort;

  // The export carries the filters and sort, never paging or column choice: all filtered rows.
  const exportQuery = new URLSearchParams();
  for (const [key, value] of Object.entries(state.filters)) if (value) exportQuery.set(key, value);
  if (state.sort) exportQuery.set("sort", `${state.sort.desc ? "-" : ""}${state.sort.id}`);
  const exportUrl = exportHref ? `${exportHref}${exportQuery.size ? `?${exportQuery}` : ""}` : undefined;

  // Hiding or showing a column keeps the page; the URL lists the hidden ones (never the first column).
  const columns = hideableColumns.map((column) => ({
    ...column,
    toggle: (visible: boolean) => {
      const next = { ...Object.fromEntries(hiddenIds.map((id) => [id, false])), [column.id]: visible };
      const ids = Object.entries(next)
        .filter(([, shown]) => !shown)
        .map(([id]) => id);
      url.navigate({ hide: ids.join(",") || undefined, page: state.page > 1 ? String(state.page) : undefined });
    },
  }));

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <p className="mr-auto flex items-center gap-2 text-sm text-slate-600" aria-live="polite">
          {url.pending ? <Spinner size="sm" label={text.loading} /> : null}
          {text.count}
        </p>
        {(filters.length > 0 || sortOptions.length > 0) && (
          <Button
            type="button"
            variant="secondary"
            size="sm"
            className="sm:hidden"
            aria-expanded={open}
            aria-controls={panelId}
            onClick={() => setOpen((value) => !value)}
          >
            <ListFilter aria-hidden="true" />
            {text.filters}
          </Button>
        )}
        {columns.length > 0 && <ColumnsMenu label={text.columns} columns={columns} />}
        {exportUrl && (
          <a href={exportUrl} download className={buttonVariants({ variant: "secondary", size: "sm" })}>
            <Download aria-hidden="true" />
            {text.export}
            <span className="sr-only"> ({label})</span>
          </a>
        )}
      </div>
      {(filters.length > 0 || sortOptions.length > 0) && (
        <form
          id={panelId}
          role="search"
          aria-label={text.filtersLabel}
          onSubmit={(event) => event.preventDefault()}
          className={cn(
            "gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:flex sm:flex-wrap sm:items-end",
            open ? "grid" : "hidden sm:flex",
            filters.length === 0 && "sm:hidden",
          )}
        >
          {filters.map((filter) =>
            filter.kind === "chip" ? (
              state.filters[filter.id] ? (
                <a
                  key={filter.id}
                  href={url.hrefWith({ [filter.id]: undefined })}
                  onClick={url.follow({ [filter.id]: undefined })}
                  className="inline-flex min-h-11 max-w-full items-center gap-2 self-end rounded-full border border-brand-300 bg-brand-50 px-3 text-sm text-brand-900 sm:min-h-10"
                >
                  <span className="truncate">{filter.label}</span>
                  <X aria-hidden="true" className="size-4 shrink-0" />
                  <span className="sr-only">{filter.removeLabel}</span>
                </a>
              ) : null
            ) : filter.kind === "search" ? (
              <SearchFilter key={filter.id} filter={filter} value={state.filters[filter.id]} url={url} />
            ) : filter.kind === "date" ? (
              <div key={filter.id} className="space-y-1.5 sm:w-44">
                <Label htmlFor={`filter-${filter.id}`}>{filter.label}</Label>
                <Input
                  id={`filter-${filter.id}`}
                  type="date"
                  // keyed by the URL's value: back/forward and "clear filters" reset the box
                  key={state.filters[filter.id] ?? ""}
                  defaultValue={state.filters[filter.id] ?? ""}
                  onChange={(event) => {
                    // a browser's date box reports "" while a day is half typed: only whole days (or a cleared box) navigate
                    if (event.target.value === "" || event.target.validity.valid)
                      url.navigate({ [filter.id]: event.target.value || undefined });
                  }}
                />
              </div>
            ) : (
              <div key={filter.id} className="space-y-1.5 sm:w-48">
                <Label htmlFor={`filter-${filter.id}`}>{filter.label}</Label>
                <Select
                  id={`filter-${filter.id}`}
                  value={state.filters[filter.id] ?? ""}
                  placeholder={filter.allLabel}
                  options={filter.options}
                  onChange={(event) => url.navigate({ [filter.id]: event.target.value || undefined })}
                />
              </div>
            ),
          )}
          {sortOptions.length > 0 && current && (
            <div className="space-y-1.5 sm:hidden">
              <Label htmlFor={`${panelId}-sort`}>{text.sortBy}</Label>
              <Select
                id={`${panelId}-sort`}
                value={`${current.desc ? "-" : ""}${current.id}`}
                onChange={(event) => url.navigate({ sort: event.target.value })}
                options={sortOptions}
              />
            </div>
          )}
          {active > 0 && (
            <a
              href={url.hrefWith(Object.fromEntries(filters.map((filter) => [filter.id, undefined])))}
              onClick={url.follow(Object.fromEntries(filters.map((filter) => [filter.id, undefined])))}
              className={buttonVariants({ variant: "ghost", className: "justify-center" })}
            >
              {text.clearFilters}
            </a>
          )}
        </form>
      )}
    </div>
  );
}

/** A search box that updates the list as one types (after a short pause) or on Enter. */
function SearchFilter({
  filter,
  value,
  url,
}: {
  filter: Extract<DataTableFilter, { kind: "search" }>;
  value: string | undefined;
  url: Url;
}) {
  const [text, setText] = useState(value ?? "");
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const { navigate } = url;

  // A change from outside (back button, "clear filters") resets the box.
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setText(value ?? "");
  }
  useEffect(() => () => clearTimeout(timer.current), []);

  function change(next: string) {
    setText(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (next.trim() !== (value ?? "")) navigate({ [filter.id]: next.trim() || undefined });
    }, SEARCH_DELAY_MS);
  }

  return (
    <div className="space-y-1.5 sm:min-w-56 sm:flex-1">
      <Label htmlFor={`filter-${filter.id}`}>{filter.label}</Label>
      <div className="relative">
        <Search
          aria-hidden="true"
          className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-slate-500"
        />
        <Input
          id={`filter-${filter.id}`}
          type="search"
          value={text}
          maxLength={100}
          placeholder={filter.placeholder}
          className="pl-9"
          onChange={(event) => change(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== "Enter") return;
            clearTimeout(timer.current);
            navigate({ [filter.id]: text.trim() || undefined });
          }}
        />
      </div>
    </div>
  );
}
