"use client";

import { useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Button, type ButtonProps } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { ActionButtonForm } from "@/components/forms/action-button-form";
import type { ActionState, ServerAction } from "@/lib/http/action-state";

export type ConfirmActionProps = {
  action: ServerAction;
  /** Hidden inputs sent with the confirmation (tenant, ids). */
  fields: Record<string, string>;
  triggerLabel: string;
  /** Extra words for screen readers, e.g. the person's name, so row buttons are distinct. */
  triggerContext?: string;
  triggerIcon?: ReactNode;
  triggerVariant?: ButtonProps["variant"];
  triggerSize?: ButtonProps["size"];
  title: string;
  description: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  tone?: "danger" | "primary";
  /** Runs after the server confirmed (e.g. a client-side sign-out). */
  onSuccess?: (state: ActionState) => void;
};

/** A button that asks "are you sure?" in a dialog before running a server action. */
export function ConfirmAction(props: ConfirmActionProps) {
  const t = useTranslations("admin.confirm");
  const [open, setOpen] = useState(false);
  // Remounting the form on every opening clears a previous error.
  const [round, setRound] = useState(0);

  function change(next: boolean) {
    setOpen(next);
    if (next) setRound((value) => value + 1);
  }

  return (
    <Dialog open={open} onOpenChange={change}>
      <DialogTrigger asChild>
        <Button variant={props.triggerVariant ?? "secondary"} size={props.triggerSize ?? "sm"}>
          {props.triggerIcon}
          {props.triggerLabel}
          {props.triggerContext && <span className="sr-only"> ({props.triggerContext})</span>}
        </Button>
      </DialogTrigger>
      <DialogContent title={props.title} description={props.description}>
        <ConfirmForm key={round} {...props} cancelLabel={t("cancel")} onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}

function ConfirmForm({
  action,
  fields,
  confirmLabel,
  pendingLabel,
  tone = "danger",
  onSuccess,
  cancelLabel,
  onDone,
}: ConfirmActionProps & { cancelLabel: string; onDone: () => void }) {
  // No fields: the one-button form, not the form kit (this dialog is in every list's bulk bar).
  return (
    <ActionButtonForm
      action={action}
      fields={fields}
      formClassName="space-y-4"
      variant={tone === "danger" ? "danger" : "primary"}
      pendingText={pendingLabel}
      onSuccess={(result) => {
        onDone();
        onSuccess?.(result);
      }}
      place={(submit) => (
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="secondary">{cancelLabel}</Button>
          </DialogClose>
          {submit}
        </DialogFooter>
      )}
    >
      {confirmLabel}
    </ActionButtonForm>
  );
}
