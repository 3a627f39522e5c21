"use client";

import dynamic from "next/dynamic";
import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { DialogShell } from "@/components/forms/dialog-shell";
import { Button } from "@/components/ui/button";
import { DialogLoading } from "@/components/ui/dialog-loading";
import type { DirectDealFormProps } from "./direct-deal-form";

// Loaded when the dialog first opens: the form kit and the schemas stay out of the pipeline's first script.
const DirectDealForm = dynamic(() => import("./direct-deal-form").then((module) => module.DirectDealForm), {
  loading: () => <DialogLoading />,
});

export type DirectDealDialogProps = Omit<DirectDealFormProps, "onDone">;

/** "New direct deal": the vendor's own opportunity, without a partner. */
export function DirectDealDialog(props: DirectDealDialogProps) {
  const t = useTranslations("deals.direct");
  return (
    <DialogShell
      trigger={
        <Button>
          <Plus aria-hidden="true" />
          {t("trigger")}
        </Button>
      }
      title={t("title")}
      description={t("description")}
    >
      <DirectDealForm {...props} />
    </DialogShell>
  );
}
