"use client";

import { useTranslations } from "next-intl";
import { InviteDialog, type InviteDialogProps } from "@/components/backoffice/invite-dialog";

/** Invite people to a partner's portal, from the back office (its own module, so that the page sends only the "partners.invite" words). */
export function InvitePartnerUsersDialog(props: Omit<InviteDialogProps, "t" | "kind">) {
  const t = useTranslations("partners.invite");
  return <InviteDialog {...props} kind="partners" t={t} />;
}
