"use client";

import { useState } from "react";
import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { DialogLoading } from "@/components/ui/dialog-loading";
import type { AccountFormProps } from "./account-form";

// Loaded when the dialog first opens: the form kit and the schemas stay out of the list's first script.
const AccountForm = dynamic(() => import("./account-form").then((module) => module.AccountForm), {
  loading: () => <DialogLoading />,
});

/** "New account" in a dialog; the list refreshes when it is saved. */
export function NewAccountDialog(props: Omit<AccountFormProps, "account" | "onDone"> & { defaultOpen?: boolean }) {
  const t = useTranslations("accounts.new");
  const [open, setOpen] = useState(props.defaultOpen ?? false);
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
        <Button>
          <Plus aria-hidden="true" />
          {t("trigger")}
        </Button>
      </DialogTrigger>
      <DialogContent title={t("title")} description={t("description")}>
        <AccountForm key={round} {...props} onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}
