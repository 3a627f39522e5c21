"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { useLocale } from "next-intl";
import type { ServerAction } from "@/lib/http/action-state";
import type { Locale } from "@/lib/i18n/config";

/**
 * Switching the language: the action keeps the choice in the NEXT_LOCALE cookie (and on a
 * signed-in person's profile), then the page is rendered again in it.
 */
export function useChooseLocale(action: ServerAction) {
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
  return { current, pending, choose };
}
