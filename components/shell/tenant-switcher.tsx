"use client";

import Link from "next/link";
import { Check, ChevronsUpDown } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { SwitcherItem } from "./types";

export type TenantSwitcherProps = { tenantName: string; areaLabel: string; items: SwitcherItem[] };

/** The current workspace's name; a menu of the user's other workspaces when there are any. */
export function TenantSwitcher({ tenantName, areaLabel, items }: TenantSwitcherProps) {
  const t = useTranslations("shell");
  const name = (
    <span className="flex min-w-0 flex-col text-left leading-tight">
      <span className="truncate text-sm font-semibold text-slate-900">{tenantName}</span>
      <span className="truncate text-xs font-normal text-slate-600">{areaLabel}</span>
    </span>
  );

  if (!items.some((item) => !item.current)) {
    return <div className="min-w-0 px-1">{name}</div>;
  }

  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" className="h-auto max-w-full min-w-0 justify-start gap-2 px-2 py-1">
          <span className="sr-only">{t("switchWorkspace")}: </span>
          {name}
          <ChevronsUpDown aria-hidden="true" className="text-slate-500" />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="w-72">
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
