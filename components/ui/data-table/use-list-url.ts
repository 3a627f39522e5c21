"use client";

import { useCallback, useTransition } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";

export type UrlChanges = Record<string, string | undefined>;

/**
 * The list's state lives in the URL. `hrefWith` builds the URL of a change (for real links
 * that open in a new tab and work without JavaScript); `navigate` goes there inside a
 * transition, so the table can show that new rows are loading. Any change other than the
 * page itself returns to page 1.
 */
export function useListUrl() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();

  const hrefWith = useCallback(
    (changes: UrlChanges) => {
      const params = new URLSearchParams(searchParams?.toString() ?? "");
      if (!("page" in changes)) params.delete("page");
      for (const [key, value] of Object.entries(changes)) {
        if (value === undefined || value === "") params.delete(key);
        else params.set(key, value);
      }
      const query = params.toString();
      return query ? `${pathname}?${query}` : (pathname ?? "");
    },
    [pathname, searchParams],
  );

  const navigate = useCallback(
    (changes: UrlChanges) => {
      const href = hrefWith(changes);
      startTransition(() => router.push(href, { scroll: false }));
    },
    [hrefWith, router],
  );

  /** onClick for a link made by `hrefWith`: a plain click navigates in the transition. */
  const follow = useCallback(
    (changes: UrlChanges) => (event: React.MouseEvent<HTMLAnchorElement>) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
      event.preventDefault();
      navigate(changes);
    },
    [navigate],
  );

  return { pending, hrefWith, navigate, follow, searchParams };
}
