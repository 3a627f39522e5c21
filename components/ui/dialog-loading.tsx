"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { Spinner } from "@/components/ui/spinner";

/** What a keyboard user can reach, in the order Radix's focus trap uses. */
const TABBABLE =
  'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), ' +
  'button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/**
 * What a dialog shows for the moment its contents load (dialogs load their forms on first
 * open: `dynamic(() => import("./x-form"), { loading: () => <DialogLoading /> })`).
 *
 * Focus: Radix moves focus into a dialog when it opens, to its first tabbable element —
 * while the form is still loading that is the × button. When the form replaces this
 * placeholder, focus goes to the form's first field, as if it had been there from the start;
 * unless the person already moved it to a field of the dialog.
 */
export function DialogLoading() {
  const t = useTranslations("common");
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const dialog = ref.current?.closest<HTMLElement>('[role="dialog"]');
    if (!dialog) return;
    return () => {
      // The form is committed in the same update that removes this placeholder.
      requestAnimationFrame(() => focusFirstField(dialog));
    };
  }, []);
  return (
    <div ref={ref} className="flex min-h-32 items-center justify-center">
      <Spinner size="lg" label={t("loading")} />
    </div>
  );
}

function focusFirstField(dialog: HTMLElement) {
  if (!dialog.isConnected) return; // closed meanwhile
  const active = document.activeElement;
  const onField = active instanceof HTMLElement && dialog.contains(active) && active.matches("input, select, textarea");
  if (onField) return;
  if (active && active !== document.body && !dialog.contains(active)) return; // focus went elsewhere
  const first = [...dialog.querySelectorAll<HTMLElement>(TABBABLE)].find(
    (element) => element.getClientRects().length > 0 && !element.closest("[inert]"),
  );
  first?.focus();
}
