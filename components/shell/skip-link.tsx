"use client";

import { useEffect, useRef, useState } from "react";

/**
 * "Skip to main content", first in the tab order. While a menu or the drawer is open, the
 * page behind it is hidden from assistive technology (aria-hidden / inert): the link then
 * leaves the tab order too, so no focusable element sits in hidden content.
 */
export function SkipLink({ label, target = "#main-content" }: { label: string; target?: string }) {
  const ref = useRef<HTMLAnchorElement>(null);
  const [hidden, setHidden] = useState(false);

  useEffect(() => {
    const link = ref.current;
    if (!link) return;
    const update = () => setHidden(Boolean(link.closest('[aria-hidden="true"], [inert]')));
    const observer = new MutationObserver(update);
    observer.observe(document.body, { attributes: true, attributeFilter: ["aria-hidden", "inert"], subtree: true });
    update();
    return () => observer.disconnect();
  }, []);

  return (
    <a
      ref={ref}
      href={target}
      tabIndex={hidden ? -1 : undefined}
      className="sr-only rounded-lg bg-slate-900 px-4 py-3 text-sm font-semibold text-white focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-[100]"
    >
      {label}
    </a>
  );
}
