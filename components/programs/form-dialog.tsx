"use client";

import type { ReactElement, ReactNode } from "react";
import { DialogShell } from "@/components/forms/dialog-shell";
import { Button, type ButtonProps } from "@/components/ui/button";

export type FormDialogProps = {
  triggerLabel: string;
  /** Extra words for screen readers when several triggers share a label (a tier's name). */
  triggerContext?: string;
  triggerIcon?: ReactNode;
  triggerVariant?: ButtonProps["variant"];
  triggerSize?: ButtonProps["size"];
  title: string;
  description?: ReactNode;
  /**
   * The form, usually a `dynamic()` one (./program-dialogs.tsx): it gets `onDone` (closes the
   * dialog) and a fresh key on every opening, so an old error is gone.
   */
  children: ReactElement<{ onDone?: () => void }>;
};

/**
 * A button opening a dialog that holds one kit form (tier, item, override, value…): the
 * programs' look of the trigger (small secondary by default) on the one DialogShell.
 */
export function FormDialog({ triggerLabel, triggerContext, triggerIcon, triggerVariant, triggerSize, title, description, children }: FormDialogProps) {
  return (
    <DialogShell
      trigger={
        <Button variant={triggerVariant ?? "secondary"} size={triggerSize ?? "sm"}>
          {triggerIcon}
          {triggerLabel}
          {triggerContext && <span className="sr-only"> ({triggerContext})</span>}
        </Button>
      }
      title={title}
      {...(description ? { description } : {})}
    >
      {children}
    </DialogShell>
  );
}
