"use client";

import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { DialogShell } from "@/components/forms/dialog-shell";
import { Button } from "@/components/ui/button";
import { DialogLoading } from "@/components/ui/dialog-loading";
import type { AccountFormProps } from "./account-form";

// Loaded when the dialog first opens: the form kit and the schemas stay out of the list's first script.
const AccountForm = dynamic(() => import("./account-form").then((module) => module.AccountForm), {
  loading: () => <DialogLoading />,
});

/** "New account" in a dialog; the list refreshes when it is saved. */
export function NewAccountDialog({ defaultOpen, ...props }: Omit<AccountFormProps, "account" | "onDone"> & { defaultOpen?: boolean }) {
  const t = useTranslations("accounts.new");
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
      {...(defaultOpen ? { defaultOpen } : {})}
    >
      <AccountForm {...props} />
    </DialogShell>
  );
}
