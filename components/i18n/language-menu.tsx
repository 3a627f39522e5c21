"use client";

import { useTranslations } from "next-intl";
import { useKeyboardEntry, type LoadedPopupProps } from "@/components/ui/deferred-popup";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { isLocale, localeNames, locales, type Locale } from "@/lib/i18n/config";

export type LanguageMenuProps = { current: string; choose: (locale: Locale) => void };

/** The language menu once first opened (./language-switch.tsx shows only its button until then). */
export default function LanguageMenu({ current, choose, trigger, openedBy }: LanguageMenuProps & LoadedPopupProps) {
  const t = useTranslations("common");
  const content = useKeyboardEntry(openedBy);
  return (
    <DropdownMenu defaultOpen>
      <DropdownMenuTrigger asChild>{trigger}</DropdownMenuTrigger>
      <DropdownMenuContent ref={content} className="min-w-44">
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
