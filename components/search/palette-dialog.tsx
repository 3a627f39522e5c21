"use client";

import { useMemo, type ReactElement, type RefObject } from "react";
import { useTranslations } from "next-intl";
import { QueryProvider } from "@/components/query-provider";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import type { CommandPaletteProps } from "./command-palette";
import { withNavCommands } from "./match";
import { PaletteBody } from "./palette-body";

export type PaletteDialogProps = CommandPaletteProps & {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The top bar's search button (./command-palette.tsx). */
  trigger: ReactElement;
  /** What had the focus when the palette opened: it gets it back on close. */
  returnFocus: RefObject<Element | null>;
  /** Typed while the palette's code was loading. */
  initialQuery: string;
};

/** The command palette's dialog, loaded when it is first opened (./command-palette.tsx). */
export default function PaletteDialog({
  open,
  onOpenChange,
  trigger,
  returnFocus,
  initialQuery,
  nav,
  commands,
  ...props
}: PaletteDialogProps) {
  const t = useTranslations("search");
  const allCommands = useMemo(() => withNavCommands(nav, commands), [nav, commands]);
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
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
        {/* TanStack Query (the search) arrives with the palette: the shell's client, shared with the bell's menu. */}
        <QueryProvider>
          <PaletteBody {...props} commands={allCommands} initialQuery={initialQuery} onDone={() => onOpenChange(false)} />
        </QueryProvider>
      </DialogContent>
    </Dialog>
  );
}
