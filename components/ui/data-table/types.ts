import type { ReactNode } from "react";
import type { ServerAction } from "@/lib/http/action-state";

/**
 * What a list page hands the data table. Everything here crosses from the server page to
 * the client table, so cells arrive already rendered (server components, translated) and
 * the table only arranges them: the page stays the one place that knows its data.
 */
export type DataTableColumn = {
  /** Also the sort key in the URL (`?sort=-created`) and the key of `row.cells`. */
  id: string;
  header: string;
  /** The server can sort by it (and has an index for it). */
  sortable?: boolean;
  /** May be hidden from the "Columns" menu (default true; never the first column). */
  hideable?: boolean;
  /**
   * On phones: "primary" cells stay on the compact row, "secondary" ones are folded behind
   * the row's "Details" button. The first column is always the row's title.
   */
  priority?: "primary" | "secondary";
  /** Shows the column name before a primary cell on phones (for bare numbers and dates). */
  phoneLabel?: boolean;
  align?: "left" | "right";
  /** Lets the cell's text wrap (long names, messages); other cells stay on one line from 640px. */
  wrap?: boolean;
  /** Width hints for the cell (`min-w-40`…); the table scrolls inside its card when wide. */
  className?: string;
};

export type DataTableRow = {
  id: string;
  cells: Record<string, ReactNode>;
  /** With bulk actions: whether this row can be selected (default true). */
  selectable?: boolean;
  /** Words naming the row for screen readers ("Select Northwind Distribution"). */
  label: string;
};

export type DataTableFilter =
  | { id: string; kind: "search"; label: string; placeholder?: string }
  | { id: string; kind: "select"; label: string; allLabel: string; options: { value: string; label: string }[] }
  /** A calendar day ("YYYY-MM-DD" in the URL): two of them make a from–to range. */
  | { id: string; kind: "date"; label: string }
  /** Set by links elsewhere (e.g. "history of this record"); shown as a removable chip while set. */
  | { id: string; kind: "chip"; label: string; removeLabel: string };

/** The URL state the server parsed (see lib/lists/query.ts). */
export type DataTableState = {
  page: number;
  pageSize: number;
  total: number;
  /** `total` is where counting stopped: more rows match (lib/lists/query.ts countLimit) */
  totalCapped?: boolean;
  sort?: { id: string; desc: boolean };
  defaultSort?: { id: string; desc: boolean };
  defaultPageSize?: number;
  hidden: string[];
  /** Current filter values by filter id. */
  filters: Record<string, string | undefined>;
};

/**
 * A server action run on the selected rows after a confirmation; the selected ids are sent
 * comma-separated in `idField` beside `fields` (tenant…).
 */
export type DataTableBulkAction = {
  label: string;
  icon?: ReactNode;
  confirmTitle: string;
  confirmBody: string;
  confirmLabel: string;
  pendingLabel: string;
  idField: string;
  fields: Record<string, string>;
  action: ServerAction;
};
