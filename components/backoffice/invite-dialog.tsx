"use client";

import { useState } from "react";
import dynamic from "next/dynamic";
import { UserPlus } from "lucide-react";
import type { useTranslations } from "next-intl";
import { DialogLoading } from "@/components/ui/dialog-loading";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import type { InviteFormProps } from "./invite-form";

const InviteForm = dynamic(() => import("./invite-form").then((module) => module.InviteForm), {
  loading: () => <DialogLoading />,
});

/**
 * The dialog's words: one catalog section (users.invite, partners.invite, team.invite —
 * the same keys in each), read by the caller's own small client component so that each
 * page sends the browser only its section.
 */
export type InviteWords = ReturnType<typeof useTranslations<"users.invite">>;

export type InviteDialogProps = Omit<InviteFormProps, "onAnother"> & {
  /** Opens at once, e.g. when arriving from a dashboard shortcut. */
  defaultOpen?: boolean;
};

/** "Invite people" in a dialog: one or more rows of email, name and role; confirms who was invited. */
export function InviteDialog({ defaultOpen = false, ...props }: InviteDialogProps) {
  const { t } = props;
  const [open, setOpen] = useState(defaultOpen);
  // A new round (fresh form and state) every time the dialog opens or "invite another" is chosen.
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
          <UserPlus aria-hidden="true" />
          {t("trigger")}
        </Button>
      </DialogTrigger>
      <DialogContent title={t("title")} description={t("description")}>
        <InviteForm key={round} {...props} onAnother={() => setRound((value) => value + 1)} />
      </DialogContent>
    </Dialog>
  );
}
