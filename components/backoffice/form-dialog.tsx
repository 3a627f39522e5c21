"use client";

import type { ReactElement } from "react";
import { Plus } from "lucide-react";
import { DialogShell } from "@/components/forms/dialog-shell";
import { Button } from "@/components/ui/button";

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
  return (
    <DialogShell
      trigger={
        <Button>
          <Plus aria-hidden="true" />
          {trigger}
        </Button>
      }
      title={title}
      {...(description ? { description } : {})}
      {...(wide ? { wide } : {})}
      {...(defaultOpen ? { defaultOpen } : {})}
    >
      {children}
    </DialogShell>
  );
}
