"use client";

import { useTranslations } from "next-intl";
import { InviteDialog, type InviteDialogProps } from "@/components/backoffice/invite-dialog";

/** Invite colleagues to the back office (its own module, so that the page sends only the "users.invite" words). */
export function InviteUsersDialog(props: Omit<InviteDialogProps, "t" | "kind">) {
  const t = useTranslations("users.invite");
  return <InviteDialog {...props} kind="users" t={t} />;
}
