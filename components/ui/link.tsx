"use client";

import NextLink from "next/link";
import { useState, type ComponentPropsWithRef } from "react";

type LinkProps = ComponentPropsWithRef<typeof NextLink>;

/**
 * The app's link: Next's `<Link>`, prefetching on intent — the pointer over it, keyboard
 * focus, a touch — instead of as soon as it scrolls into view. Next's default made every
 * page ask the server for two prefetches per visible link the moment it hydrated: 36 on
 * the back office's order list (the nav and the rows), each ~20 ms of the server's CPU,
 * ten times the page's own cost, mostly for pages nobody opened (docs/architecture.md,
 * "Links prefetch on intent"). A link given `prefetch` explicitly keeps Next's behaviour.
 * ESLint refuses `next/link` elsewhere.
 */
export default function Link({ prefetch, onMouseEnter, onTouchStart, onFocus, ...props }: LinkProps) {
  const [intent, setIntent] = useState(false);
  const wanted =
    <E,>(handler?: (event: E) => void) =>
    (event: E) => {
      setIntent(true);
      handler?.(event);
    };
  return (
    <NextLink
      {...props}
      // null is Next's default ("auto"): prefetched now that it is wanted and in view
      prefetch={prefetch !== undefined ? prefetch : intent ? null : false}
      onMouseEnter={wanted(onMouseEnter)}
      onTouchStart={wanted(onTouchStart)}
      onFocus={wanted(onFocus)}
    />
  );
}
