"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { DialogShell } from "@/components/forms/dialog-shell";
import { Button } from "@/components/ui/button";
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
  return (
    <DialogShell
      trigger={
        <Button size="sm">
          {t("trigger")}
          <span className="sr-only"> ({conflict.accountName})</span>
        </Button>
      }
      title={t("title", { account: conflict.accountName })}
      description={t("description")}
    >
      <ResolveForm tenant={tenant} action={action} conflict={conflict} />
    </DialogShell>
  );
}
