"use client";

import { createContext, use, useState, type ReactNode } from "react";
import { useListUrl } from "./use-list-url";

type ListContextValue = {
  url: ReturnType<typeof useListUrl>;
  /** The selectable rows of the page shown (bulk actions), and which of them are selected. */
  selectable: string[];
  selected: string[];
  setSelected: (ids: string[]) => void;
};

const ListContext = createContext<ListContextValue | null>(null);

/** The list's shared client state: the URL (and its pending navigation) and the row selection. */
export function useList(): ListContextValue {
  const value = use(ListContext);
  if (!value) throw new Error("useList outside a DataTable");
  return value;
}

/**
 * The data table's one client root: the list's box, holding the URL state every island
 * uses (filters, sort buttons, pager, the busy region) and the bulk selection. The table
 * itself is rendered on the server and passed in as children.
 */
export function DataTableRoot({
  className,
  selectable,
  children,
}: {
  className: string;
  selectable: string[];
  children: ReactNode;
}) {
  const url = useListUrl();
  const [chosen, setChosen] = useState<string[]>([]);
  // Rows that left the page (another page, a refresh after the bulk action) are no longer selected.
  const selected = selectable.filter((id) => chosen.includes(id));
  return (
    <ListContext value={{ url, selectable, selected, setSelected: setChosen }}>
      <div className={className}>{children}</div>
    </ListContext>
  );
}
