"use client";

import { cloneElement, useState, type ReactElement } from "react";
import { Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";

/**
 * A "New …" button opening a form in a dialog. The form element gets `onDone` (closes the
 * dialog) and a fresh key on every opening, so an earlier attempt's errors are gone.
 */
export function FormDialog({
  trigger,
  title,
  description,
  wide,
  defaultOpen,
  children,
}: {
  trigger: string;
  title: string;
  description?: string;
  wide?: boolean;
  defaultOpen?: boolean;
  children: ReactElement<{ onDone?: () => void }>;
}) {
  const [open, setOpen] = useState(defaultOpen ?? false);
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
        <Button>
          <Plus aria-hidden="true" />
          {trigger}
        </Button>
      </DialogTrigger>
      <DialogContent title={title} {...(description ? { description } : {})} className={wide ? "max-w-2xl" : undefined}>
        {cloneElement(children, { key: round, onDone: () => setOpen(false) })}
      </DialogContent>
    </Dialog>
  );
}
