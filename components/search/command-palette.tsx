"use client";

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { Search } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useDeferredComponent } from "@/components/ui/deferred-popup";
import { svgElement, svgIcon } from "@/components/ui/svg-icon";
import type { NavItem } from "@/components/shell/types";
import type { SearchGroupId } from "@/lib/search/types";
import type { PaletteCommand } from "./types";

export type CommandPaletteProps = {
  /** The area's search route (…/admin/search or …/portal/search). */
  endpoint: string;
  /** The shell's navigation (the same list as the sidebar's): the palette's first commands. */
  nav: NavItem[];
  /** The commands beyond the navigation (./commands.server.ts). */
  commands: PaletteCommand[];
  /** What the reader's search covers, named before anything is typed. */
  groups: SearchGroupId[];
  /** localStorage key of this person's recent items in this workspace side. */
  storageKey: string;
};

const noSubscription = () => () => {};

/** "⌘K" on Apple devices, "Ctrl K" elsewhere; nothing on the server (no hydration mismatch). */
function useShortcutLabel(): string | null {
  return useSyncExternalStore(
    noSubscription,
    () => (/Mac|iPhone|iPad/.test(navigator.userAgent) ? "⌘K" : "Ctrl K"),
    () => null,
  );
}

/** Another modal (a form dialog, the phone menu) owns the keyboard: Ctrl/⌘-K leaves it alone. */
const otherDialogOpen = () =>
  document.querySelector('[role="dialog"][data-state="open"], [role="alertdialog"][data-state="open"]') !== null;

const searchIcon = svgElement(svgIcon(Search));

const loadDialog = () => import("./palette-dialog");

/**
 * The top bar's search button and the command palette it opens (also with Ctrl/⌘-K from
 * anywhere). The palette's code (Radix Dialog, cmdk, the search) loads when it is first
 * opened — hovering or focusing the button fetches it ahead — so that it costs the page
 * nothing until used. Radix Dialog traps focus and gives it back on close: to the element
 * that had it when the palette opened by shortcut, else to this button.
 */
export function CommandPalette(props: CommandPaletteProps) {
  const t = useTranslations("search");
  const shortcut = useShortcutLabel();
  const [open, setOpen] = useState(false);
  const returnFocus = useRef<Element | null>(null);
  const { Component: PaletteDialog, preload, request } = useDeferredComponent(loadDialog);

  // Typed after opening while the palette's code was still on the way: its first query.
  const [typedAhead, setTypedAhead] = useState("");

  const show = useCallback(() => {
    returnFocus.current = document.activeElement;
    setTypedAhead("");
    setOpen(true);
    request();
  }, [request]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      // Ctrl or ⌘ pressed alone often comes before K: fetch the palette's code ahead.
      if (event.key === "Control" || event.key === "Meta") preload();
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== "k") return;
      if (open) {
        event.preventDefault();
        setOpen(false);
      } else if (!otherDialogOpen()) {
        // Browsers give Ctrl-K to their own search bar otherwise.
        event.preventDefault();
        show();
      }
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [open, show, preload]);

  // Opened, its code still on the way: what is typed meanwhile becomes the palette's query.
  const waiting = open && !PaletteDialog;
  useEffect(() => {
    if (!waiting) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const key = event.key;
      if (key.length === 1) setTypedAhead((text) => text + key);
      else if (key === "Backspace") setTypedAhead((text) => text.slice(0, -1));
      else if (key === "Escape") setOpen(false);
      else return;
      event.preventDefault();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [waiting]);

  // Until its code has arrived, the same button opens the palette once it has.
  const waitingProps = PaletteDialog
    ? {}
    : ({ "aria-haspopup": "dialog", "aria-expanded": false, onPointerEnter: preload, onFocus: preload, onClick: show } as const);
  const trigger = (
    <Button
      variant="ghost"
      size="icon"
      aria-keyshortcuts="Control+K Meta+K"
      className="lg:w-60 lg:justify-start lg:border lg:border-slate-300 lg:bg-white lg:px-3 lg:font-normal lg:text-slate-600 lg:shadow-sm lg:hover:bg-slate-50"
      {...waitingProps}
    >
      {searchIcon}
      <span className="sr-only lg:not-sr-only">{t("open")}</span>
      {shortcut && (
        <kbd aria-hidden="true" className="ml-auto hidden rounded border border-slate-300 bg-slate-50 px-1.5 font-sans text-xs text-slate-600 lg:inline">
          {shortcut}
        </kbd>
      )}
    </Button>
  );

  if (!PaletteDialog) return trigger;
  return (
    <PaletteDialog
      {...props}
      open={open}
      onOpenChange={(next) => (next ? show() : setOpen(false))}
      trigger={trigger}
      returnFocus={returnFocus}
      initialQuery={typedAhead}
    />
  );
}
