"use client";

import dynamic from "next/dynamic";
import { UserPlus } from "lucide-react";
import type { useTranslations } from "next-intl";
import { DialogShell } from "@/components/forms/dialog-shell";
import { DialogLoading } from "@/components/ui/dialog-loading";
import { Button } from "@/components/ui/button";
import type { InviteFormProps } from "./invite-form";

const InviteRounds = dynamic(() => import("./invite-form").then((module) => module.InviteRounds), {
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

/**
 * "Invite people" in a dialog: one or more rows of email, name and role; confirms who was
 * invited. Only the button loads with the page; the dialog and the form on first opening.
 */
export function InviteDialog({ defaultOpen = false, ...props }: InviteDialogProps) {
  const { t } = props;
  return (
    <DialogShell
      trigger={
        <Button>
          <UserPlus aria-hidden="true" />
          {t("trigger")}
        </Button>
      }
      title={t("title")}
      description={t("description")}
      defaultOpen={defaultOpen}
    >
      <InviteRounds {...props} />
    </DialogShell>
  );
}
