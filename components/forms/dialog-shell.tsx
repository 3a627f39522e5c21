"use client";

import { cloneElement, useState, type ComponentProps, type ReactElement, type ReactNode } from "react";
import { Pencil, Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";

export type DialogShellProps = {
  /** the button that opens the dialog (rendered as Radix's trigger) */
  trigger: ReactElement;
  title: string;
  description?: ReactNode;
  wide?: boolean;
  defaultOpen?: boolean;
  /**
   * The form: it gets `onDone` (closes the dialog) and a fresh key on every opening, so an
   * earlier attempt's errors and values are gone. Pass a `dynamic(() => import("./x-form"),
   * { loading: () => <DialogLoading /> })` component to keep the form kit and its schema out
   * of the page's first script until someone opens the dialog.
   */
  children: ReactElement<{ onDone?: () => void }>;
};

/** One dialog that holds one form: the open state and the remount on every opening, written once. */
export function DialogShell({ trigger, title, description, wide, defaultOpen, children }: DialogShellProps) {
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
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent title={title} {...(description ? { description } : {})} className={wide ? "max-w-2xl" : undefined}>
        {cloneElement(children, { key: round, onDone: () => setOpen(false) })}
      </DialogContent>
    </Dialog>
  );
}

/**
 * The trigger of a dialog that makes a new record or edits one: "+ New …", or a small
 * "Edit" that names the record for screen readers (a list has one per row). Radix's
 * trigger passes its props and ref on through this component to the button.
 */
export function NewOrEditButton({ editing, editLabel, newLabel, ...props }: ComponentProps<typeof Button> & { editing?: string; editLabel: string; newLabel: string }) {
  return editing === undefined ? (
    <Button {...props}>
      <Plus aria-hidden="true" />
      {newLabel}
    </Button>
  ) : (
    <Button size="sm" variant="secondary" {...props}>
      <Pencil aria-hidden="true" />
      {editLabel}
      <span className="sr-only"> ({editing})</span>
    </Button>
  );
}
