"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { Languages } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { ServerAction } from "@/lib/http/action-state";
import { isLocale, localeNames, locales, type Locale } from "@/lib/i18n/config";

export type LanguageSwitchProps = {
  /** "menu": a globe button opening a menu (top bars); "inline": a two-button toggle (footers, public pages). */
  variant?: "menu" | "inline";
  /** The language action (app/actions/locale.ts), passed in by the layout. */
  action: ServerAction;
  className?: string;
};

/** Lets anyone switch between English and Español; the choice is kept in the NEXT_LOCALE cookie. */
export function LanguageSwitch({ variant = "menu", action, className }: LanguageSwitchProps) {
  const t = useTranslations("common");
  const current = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function choose(locale: Locale) {
    if (locale === current || pending) return;
    startTransition(async () => {
      await action(undefined, { locale });
      router.refresh();
    });
  }

  if (variant === "inline") {
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

  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="sm" loading={pending} className={cn("gap-1.5", className)}>
          {!pending && <Languages aria-hidden="true" />}
          <span className="uppercase">{current}</span>
          <span className="sr-only">
            {" "}
            — {t("language")}: {isLocale(current) ? localeNames[current] : current}
          </span>
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent className="min-w-44">
        <DropdownMenuLabel>{t("language")}</DropdownMenuLabel>
        <DropdownMenuRadioGroup value={current} onValueChange={(value) => isLocale(value) && choose(value)}>
          {locales.map((locale) => (
            <DropdownMenuRadioItem key={locale} value={locale} lang={locale}>
              {localeNames[locale]}
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuRadioGroup>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
