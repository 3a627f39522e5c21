"use client";

import { cloneElement, useState } from "react";
import type { LoadedPopupProps } from "@/components/ui/deferred-popup";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import type { DialogShellProps } from "./dialog-shell";

/** The dialog once first opened (./dialog-shell.tsx shows only its button until then): it arrives open. */
export default function DialogShellLoaded({
  trigger,
  title,
  description,
  wide,
  children,
}: Omit<DialogShellProps, "trigger" | "defaultOpen"> & LoadedPopupProps) {
  const [open, setOpen] = useState(true);
  const [round, setRound] = useState(0);
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) setRound((value) => value + 1);
      }}
    >
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent title={title} {...(description ? { description } : {})} className={wide ? "max-w-2xl" : undefined}>
        {cloneElement(children, { key: round, onDone: () => setOpen(false) })}
      </DialogContent>
    </Dialog>
  );
}
