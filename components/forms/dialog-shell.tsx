"use client";

import type { ComponentProps, ReactElement, ReactNode } from "react";
import { Pencil, Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { DeferredPopup, type PopupTriggerProps } from "@/components/ui/deferred-popup";

export type DialogShellProps = {
  /** the button that opens the dialog: drawn alone until first used, then as Radix's trigger */
  trigger: ReactElement<PopupTriggerProps>;
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

const loadDialog = () => import("./dialog-shell-loaded");

/**
 * One dialog that holds one form: the open state and the remount on every opening, written
 * once. Until first opened only its trigger is rendered; the dialog (Radix Dialog, focus
 * scope, remove-scroll) loads then — see DeferredPopup — or at once with `defaultOpen`.
 */
export function DialogShell({ trigger, defaultOpen, ...props }: DialogShellProps) {
  return <DeferredPopup popup="dialog" trigger={trigger} load={loadDialog} props={props} defaultOpen={defaultOpen ?? false} />;
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
