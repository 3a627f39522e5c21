"use client";

import { useTranslations } from "next-intl";
import { InviteDialog, type InviteDialogProps } from "@/components/backoffice/invite-dialog";

/** A partner admin invites teammates to their own portal (its own module, so that the page sends only the "team.invite" words). */
export function InviteTeammatesDialog(props: Omit<InviteDialogProps, "t" | "kind">) {
  const t = useTranslations("team.invite");
  return <InviteDialog {...props} kind="team" t={t} />;
}
