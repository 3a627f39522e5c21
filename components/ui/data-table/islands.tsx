"use client";

import { useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { ChevronDown } from "lucide-react";
import { cn } from "../cn";
import { Select } from "../select";
import { svgElement, svgIcon } from "../svg-icon";
import { BulkBar } from "./bulk-bar";
import { useList } from "./list-context";
import type { DataTableBulkAction } from "./types";
import type { UrlChanges } from "./use-list-url";

/**
 * The data table's client islands: the server renders the table (data-table.tsx) and these
 * are the few parts that respond to a person — each small, all sharing the list's state
 * through `DataTableRoot`.
 */

/** The table's scroll region: dimmed and `aria-busy` while new rows load. */
export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  const { url } = useList();
  return (
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
      {children}
    </div>
  );
}

/** A column header's sort button; `sort` is the URL value it sets (`created`, `-created`). */
export function SortButton({ sort, children }: { sort: string; children: ReactNode }) {
  const { url } = useList();
  return (
    <button
      type="button"
      onClick={() => url.navigate({ sort })}
      className="-mx-1 inline-flex min-h-8 items-center gap-1 rounded px-1 uppercase hover:text-slate-950"
    >
      {children}
    </button>
  );
}

/** A link to another state of the list (pager, "clear filters"): a real link, followed in the list's transition. */
export function ListLink({
  changes,
  className,
  rel,
  children,
}: {
  changes: UrlChanges;
  className: string;
  rel?: string;
  children: ReactNode;
}) {
  const { url } = useList();
  return (
    <a href={url.hrefWith(changes)} onClick={url.follow(changes)} rel={rel} className={className}>
      {children}
    </a>
  );
}

/** Rows per page. */
export function PageSizeSelect({
  id,
  value,
  options,
}: {
  id: string;
  value: string;
  options: { value: string; label: string }[];
}) {
  const { url } = useList();
  return (
    <Select
      id={id}
      className="w-20"
      value={value}
      onChange={(event) => url.navigate({ size: event.target.value })}
      options={options}
    />
  );
}

/** "Select all rows on this page" (checked when all are, mixed when some are). */
export function SelectAllCheckbox({ label }: { label: string }) {
  const { selectable, selected, setSelected } = useList();
  const all = selectable.length > 0 && selected.length === selectable.length;
  const some = selected.length > 0 && !all;
  return (
    <input
      type="checkbox"
      className="size-4 accent-brand-700"
      aria-label={label}
      checked={all}
      ref={(input) => {
        if (input) input.indeterminate = some;
      }}
      onChange={(event) => setSelected(event.target.checked ? selectable : [])}
    />
  );
}

/** Sets `attribute` on the table row around the returned ref's element while `on` (the row is server-rendered). */
function useRowAttribute<E extends HTMLElement>(attribute: string, on: boolean) {
  const ref = useRef<E>(null);
  useLayoutEffect(() => {
    ref.current?.closest("tr")?.toggleAttribute(attribute, on);
  }, [attribute, on]);
  return ref;
}

/** A row's checkbox; marks its row (`data-selected`, for the row's colours) while checked. */
export function RowCheckbox({ id, label }: { id: string; label: string }) {
  const { selected, setSelected } = useList();
  const checked = selected.includes(id);
  const ref = useRowAttribute<HTMLInputElement>("data-selected", checked);
  return (
    <input
      ref={ref}
      type="checkbox"
      className="mt-0.5 size-4 shrink-0 accent-brand-700"
      aria-label={label}
      checked={checked}
      onChange={(event) =>
        setSelected(event.target.checked ? [...selected, id] : selected.filter((other) => other !== id))
      }
    />
  );
}

/** The "Details" chevron of every row, built once (svg-icon.tsx) instead of a lucide component per row. */
const CHEVRON = {
  closed: svgElement(svgIcon(ChevronDown), "size-4 transition-transform"),
  open: svgElement(svgIcon(ChevronDown), "size-4 transition-transform rotate-180"),
};

/** The phone layout's "Details": unfolds the row's secondary cells (`data-expanded` on its row). */
export function DetailsToggle({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const ref = useRowAttribute<HTMLButtonElement>("data-expanded", open);
  return (
    <button
      ref={ref}
      type="button"
      aria-expanded={open}
      onClick={() => setOpen((value) => !value)}
      className="inline-flex min-h-11 items-center gap-1 rounded-lg px-2 text-sm font-medium text-brand-700"
    >
      {children}
      {open ? CHEVRON.open : CHEVRON.closed}
    </button>
  );
}

/** The bulk bar, while rows are selected. */
export function BulkSlot({ bulk }: { bulk: DataTableBulkAction }) {
  const { selected, setSelected } = useList();
  if (selected.length === 0) return null;
  return <BulkBar bulk={bulk} ids={selected} onDone={() => setSelected([])} />;
}
