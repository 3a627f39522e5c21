"use client";

import { useCallback, useEffect, useRef, useTransition } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";

export type UrlChanges = Record<string, string | undefined>;

/** `base` with `changes` applied; any change other than the page itself returns to page 1. */
function withChanges(pathname: string, base: string, changes: UrlChanges): string {
  const params = new URLSearchParams(base);
  if (!("page" in changes)) params.delete("page");
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === "") params.delete(key);
    else params.set(key, value);
  }
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/**
 * The list's state lives in the URL. `hrefWith` builds the URL of a change (for real links
 * that open in a new tab and work without JavaScript); `navigate` goes there inside a
 * transition, so the table can show that new rows are loading. Changes made while a
 * navigation is still on its way (a select, then typing) build on it, not on the old URL.
 */
export function useListUrl() {
  const router = useRouter();
  const pathname = usePathname() ?? "";
  const searchParams = useSearchParams();
  const current = searchParams?.toString() ?? "";
  const [pending, startTransition] = useTransition();
  // Refs, not render values: a debounced search may fire from an older render's closure.
  const pendingQuery = useRef<string | null>(null);
  const committedQuery = useRef(current);

  // Once the URL has caught up with the last navigation, build on the URL again.
  useEffect(() => {
    committedQuery.current = current;
    if (pendingQuery.current === current) pendingQuery.current = null;
  }, [current]);

  const hrefWith = useCallback((changes: UrlChanges) => withChanges(pathname, current, changes), [pathname, current]);

  const navigate = useCallback(
    (changes: UrlChanges) => {
      const href = withChanges(pathname, pendingQuery.current ?? committedQuery.current, changes);
      pendingQuery.current = href.includes("?") ? href.slice(href.indexOf("?") + 1) : "";
      startTransition(() => router.push(href, { scroll: false }));
    },
    [pathname, router],
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

  return { pending, hrefWith, navigate, follow };
}
