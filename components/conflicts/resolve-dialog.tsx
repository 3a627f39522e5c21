"use client";

import { useState } from "react";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { DialogLoading } from "@/components/ui/dialog-loading";
import type { ServerAction } from "@/lib/http/action-state";

const ResolveForm = dynamic(() => import("./resolve-form").then((module) => module.ResolveForm), {
  loading: () => <DialogLoading />,
});

export type ResolveDialogProps = {
  tenant: string;
  action: ServerAction;
  conflict: { id: string; version: number; accountName: string };
};

/** A channel manager's decision on a conflict: allow or decline, always with a reason. */
export function ResolveDialog({ tenant, action, conflict }: ResolveDialogProps) {
  const t = useTranslations("conflicts.resolve");
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
        <Button size="sm">
          {t("trigger")}
          <span className="sr-only"> ({conflict.accountName})</span>
        </Button>
      </DialogTrigger>
      <DialogContent title={t("title", { account: conflict.accountName })} description={t("description")}>
        <ResolveForm key={round} tenant={tenant} action={action} conflict={conflict} onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}
