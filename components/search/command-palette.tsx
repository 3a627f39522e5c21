"use client";

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { Search } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import type { SearchGroupId } from "@/lib/search/types";
import { PaletteBody } from "./palette-body";
import type { PaletteCommand } from "./types";

export type CommandPaletteProps = {
  /** The area's search route (…/admin/search or …/portal/search). */
  endpoint: string;
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

/**
 * The top bar's search button and the command palette it opens (also with Ctrl/⌘-K from
 * anywhere). Radix Dialog traps focus and gives it back on close: to the element that
 * had it when the palette opened by shortcut, else to this button.
 */
export function CommandPalette(props: CommandPaletteProps) {
  const t = useTranslations("search");
  const shortcut = useShortcutLabel();
  const [open, setOpen] = useState(false);
  const returnFocus = useRef<Element | null>(null);

  const show = useCallback(() => {
    returnFocus.current = document.activeElement;
    setOpen(true);
  }, []);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
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
  }, [open, show]);

  return (
    <Dialog open={open} onOpenChange={(next) => (next ? show() : setOpen(false))}>
      <DialogTrigger asChild>
        <Button
          variant="ghost"
          size="icon"
          aria-keyshortcuts="Control+K Meta+K"
          className="lg:w-60 lg:justify-start lg:border lg:border-slate-300 lg:bg-white lg:px-3 lg:font-normal lg:text-slate-600 lg:shadow-sm lg:hover:bg-slate-50"
        >
          <Search aria-hidden="true" />
          <span className="sr-only lg:not-sr-only">{t("open")}</span>
          {shortcut && (
            <kbd aria-hidden="true" className="ml-auto hidden rounded border border-slate-300 bg-slate-50 px-1.5 font-sans text-xs text-slate-600 lg:inline">
              {shortcut}
            </kbd>
          )}
        </Button>
      </DialogTrigger>
      <DialogContent
        title={t("title")}
        hideTitle
        hideCloseButton
        data-command-palette=""
        className={
          "inset-0 flex h-dvh max-h-none w-full max-w-none translate-x-0 translate-y-0 flex-col overflow-hidden rounded-none p-0 " +
          "sm:inset-auto sm:top-[10vh] sm:left-1/2 sm:h-auto sm:max-h-[min(38rem,80dvh)] sm:w-[calc(100%-2rem)] sm:max-w-xl sm:-translate-x-1/2 sm:rounded-xl"
        }
        onCloseAutoFocus={(event) => {
          const target = returnFocus.current;
          if (target instanceof HTMLElement && target.isConnected && target !== document.body) {
            event.preventDefault();
            target.focus();
          }
        }}
      >
        <PaletteBody {...props} onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}
