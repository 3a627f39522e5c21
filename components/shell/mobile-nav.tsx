"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { DeferredPopup } from "@/components/ui/deferred-popup";
import { spriteIcon } from "@/components/ui/sprite-icon";
import type { NavItem, SwitcherItem } from "./types";

export type MobileNavProps = {
  tenantName: string;
  /** The workspace's logo, shown atop the drawer instead of Canal's mark. */
  logoPath?: string | null;
  areaLabel: string;
  roleLabel: string;
  nav: NavItem[];
  switcher: SwitcherItem[];
};

const menuIcon = spriteIcon("menu");

const loadDrawer = () => import("./mobile-nav-drawer");

/**
 * Below `lg`: a hamburger button opening the navigation as a focus-trapped drawer (its code
 * loads when it is first opened: see DeferredPopup).
 */
export function MobileNav(props: MobileNavProps) {
  const t = useTranslations("shell");
  const trigger = (
    <Button variant="ghost" size="icon" className="-ml-2 lg:hidden">
      {menuIcon}
      <span className="sr-only">{t("openMenu")}</span>
    </Button>
  );
  return <DeferredPopup popup="dialog" trigger={trigger} load={loadDrawer} props={props} />;
}
