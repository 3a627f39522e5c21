"use client";

import { useTranslations } from "next-intl";
import { Languages } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { DeferredPopup } from "@/components/ui/deferred-popup";
import { svgElement, svgIcon } from "@/components/ui/svg-icon";
import type { ServerAction } from "@/lib/http/action-state";
import { isLocale, localeNames } from "@/lib/i18n/config";
import { useChooseLocale } from "./use-choose-locale";

export type LanguageSwitchProps = {
  /** The language action (app/actions/locale.ts), passed in by the layout. */
  action: ServerAction;
  className?: string;
};

const languagesIcon = svgElement(svgIcon(Languages));

const loadMenu = () => import("./language-menu");

/**
 * The top bar's language menu: a button opening English / Español; the choice is kept in
 * the NEXT_LOCALE cookie. The menu's code loads when it is first opened (DeferredPopup);
 * public pages use the two-button ./language-toggle.tsx instead.
 */
export function LanguageSwitch({ action, className }: LanguageSwitchProps) {
  const t = useTranslations("common");
  const { current, pending, choose } = useChooseLocale(action);
  const trigger = (
    <Button variant="ghost" size="sm" loading={pending} className={cn("gap-1.5", className)}>
      {!pending && languagesIcon}
      <span className="uppercase">{current}</span>
      <span className="sr-only">
        {" "}
        — {t("language")}: {isLocale(current) ? localeNames[current] : current}
      </span>
    </Button>
  );
  return <DeferredPopup popup="menu" trigger={trigger} load={loadMenu} props={{ current, choose }} />;
}
