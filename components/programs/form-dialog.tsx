"use client";

import { useState, type ReactNode } from "react";
import { Button, type ButtonProps } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";

export type FormDialogProps = {
  triggerLabel: string;
  /** Extra words for screen readers when several triggers share a label (a tier's name). */
  triggerContext?: string;
  triggerIcon?: ReactNode;
  triggerVariant?: ButtonProps["variant"];
  triggerSize?: ButtonProps["size"];
  title: string;
  description?: ReactNode;
  /** The form; `close` after success. Remounted on every opening, so an old error is gone. */
  children: (close: () => void) => ReactNode;
};

/** A button opening a dialog that holds one kit form (tier, item, override, value…). */
export function FormDialog({ triggerLabel, triggerContext, triggerIcon, triggerVariant, triggerSize, title, description, children }: FormDialogProps) {
  const [open, setOpen] = useState(false);
  const [round, setRound] = useState(0);
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) setRound((value) => value + 1);
      }}
    >
      <DialogTrigger asChild>
        <Button variant={triggerVariant ?? "secondary"} size={triggerSize ?? "sm"}>
          {triggerIcon}
          {triggerLabel}
          {triggerContext && <span className="sr-only"> ({triggerContext})</span>}
        </Button>
      </DialogTrigger>
      <DialogContent title={title} description={description}>
        <div key={round}>{children(() => setOpen(false))}</div>
      </DialogContent>
    </Dialog>
  );
}
