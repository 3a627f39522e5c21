"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { DeferredPopup } from "@/components/ui/deferred-popup";
import { spriteIcon } from "@/components/ui/sprite-icon";
import type { SwitcherItem } from "./types";

export type TenantSwitcherProps = { tenantName: string; areaLabel: string; items: SwitcherItem[] };

const chevrons = spriteIcon("chevrons-up-down", "text-slate-500");

const loadMenu = () => import("./tenant-switcher-loaded");

/**
 * The current workspace's name; a menu of the user's other workspaces when there are any
 * (its code loads when it is first opened: see DeferredPopup).
 */
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

  const trigger = (
    <Button variant="ghost" className="h-auto max-w-full min-w-0 justify-start gap-2 px-2 py-1">
      <span className="sr-only">{t("switchWorkspace")}: </span>
      {name}
      {chevrons}
    </Button>
  );
  return <DeferredPopup popup="menu" trigger={trigger} load={loadMenu} props={{ items }} />;
}
