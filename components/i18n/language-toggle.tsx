"use client";

import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import type { ServerAction } from "@/lib/http/action-state";
import { localeNames, locales } from "@/lib/i18n/config";
import { useChooseLocale } from "./use-choose-locale";

export type LanguageToggleProps = {
  /** The language action (app/actions/locale.ts), passed in by the layout. */
  action: ServerAction;
  className?: string;
};

/**
 * English | Español as two buttons (public pages' header). Apart from the top bar's menu
 * (./language-switch.tsx) so that public pages do not load the dropdown menu's code.
 */
export function LanguageToggle({ action, className }: LanguageToggleProps) {
  const t = useTranslations("common");
  const { current, pending, choose } = useChooseLocale(action);
  return (
    <div
      role="group"
      aria-label={t("language")}
      aria-busy={pending || undefined}
      className={cn("inline-flex rounded-lg border border-slate-300 bg-white p-0.5", className)}
    >
      {locales.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={locale === current}
          disabled={pending}
          onClick={() => choose(locale)}
          className={cn(
            "min-h-11 rounded-md px-3 text-sm font-medium transition-colors sm:min-h-8",
            "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:opacity-60",
            locale === current ? "bg-slate-900 text-white" : "text-slate-700 hover:bg-slate-100",
          )}
        >
          {localeNames[locale]}
        </button>
      ))}
    </div>
  );
}
