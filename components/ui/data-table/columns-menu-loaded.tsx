"use client";

import { useTranslations } from "next-intl";
import { useKeyboardEntry, type LoadedPopupProps } from "../deferred-popup";
import {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuTrigger,
} from "../dropdown-menu";
import type { ColumnsMenuProps } from "./columns-menu";

/** The column chooser once first opened (./columns-menu.tsx shows only its button until then). */
export default function ColumnsMenuLoaded({ columns, trigger, openedBy }: ColumnsMenuProps & LoadedPopupProps) {
  const t = useTranslations("dataTable");
  const content = useKeyboardEntry(openedBy);
  return (
    <DropdownMenu defaultOpen>
      <DropdownMenuTrigger asChild>{trigger}</DropdownMenuTrigger>
      <DropdownMenuContent ref={content} className="w-56">
        <DropdownMenuLabel>{t("columnsLabel")}</DropdownMenuLabel>
        {columns.map((column) => (
          <DropdownMenuCheckboxItem
            key={column.id}
            checked={column.visible}
            onCheckedChange={(checked) => column.toggle(Boolean(checked))}
            onSelect={(event) => event.preventDefault()}
          >
            {column.header}
          </DropdownMenuCheckboxItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
