"use client";

import { Columns3 } from "lucide-react";
import { Button } from "../button";
import { DeferredPopup } from "../deferred-popup";

export type HideableColumn = { id: string; header: string; visible: boolean; toggle: (visible: boolean) => void };
export type ColumnsMenuProps = { columns: HideableColumn[] };

const loadMenu = () => import("./columns-menu-loaded");

/**
 * "Columns": the chooser of visible columns. Until it is first opened only its button is
 * rendered; the menu (Radix Menu, popper, floating-ui) loads then — see DeferredPopup —
 * so list pages do not load it with their first script.
 */
export function ColumnsMenu({ label, columns }: ColumnsMenuProps & { label: string }) {
  const trigger = (
    <Button type="button" variant="secondary" size="sm" className="hidden sm:inline-flex">
      <Columns3 aria-hidden="true" />
      {label}
    </Button>
  );
  return <DeferredPopup popup="menu" trigger={trigger} load={loadMenu} props={{ columns }} />;
}
