"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { LoadedPopupProps } from "@/components/ui/deferred-popup";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { ActionButtonForm } from "@/components/forms/action-button-form";
import type { ConfirmActionProps } from "./confirm-action";

/** The confirmation once first asked for (./confirm-action.tsx shows only its button until then): it arrives open. */
export default function ConfirmActionDialog({ trigger, openedBy: _openedBy, ...props }: ConfirmActionProps & LoadedPopupProps) {
  const t = useTranslations("admin.confirm");
  const [open, setOpen] = useState(true);
  // Remounting the form on every opening clears a previous error.
  const [round, setRound] = useState(0);

  function change(next: boolean) {
    setOpen(next);
    if (next) setRound((value) => value + 1);
  }

  return (
    <Dialog open={open} onOpenChange={change}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
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
