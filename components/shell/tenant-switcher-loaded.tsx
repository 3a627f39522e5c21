"use client";

import Link from "@/components/ui/link";
import { Check } from "lucide-react";
import { useTranslations } from "next-intl";
import { useKeyboardEntry, type LoadedPopupProps } from "@/components/ui/deferred-popup";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { SwitcherItem } from "./types";

/** The workspace menu once first opened (./tenant-switcher.tsx shows only its button until then). */
export default function TenantSwitcherLoaded({ items, trigger, openedBy }: { items: SwitcherItem[] } & LoadedPopupProps) {
  const t = useTranslations("shell");
  const content = useKeyboardEntry(openedBy);
  return (
    <DropdownMenu defaultOpen>
      <DropdownMenuTrigger asChild>{trigger}</DropdownMenuTrigger>
      <DropdownMenuContent ref={content} align="start" className="w-72">
        <DropdownMenuLabel>{t("workspaces")}</DropdownMenuLabel>
        {items.map((item) => (
          <DropdownMenuItem key={item.href} asChild>
            <Link href={item.href} aria-current={item.current ? "page" : undefined} className="justify-between">
              <span className="truncate">{item.label}</span>
              {item.current && (
                <>
                  <Check aria-hidden="true" className="text-brand-700!" />
                  <span className="sr-only">({t("currentWorkspace")})</span>
                </>
              )}
            </Link>
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
