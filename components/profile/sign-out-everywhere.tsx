"use client";

import { LogOut } from "lucide-react";
import { useTranslations } from "next-intl";
import { signOutTo } from "@/components/auth/sign-out";
import { ConfirmAction } from "@/components/backoffice/confirm-action";
import type { ServerAction } from "@/lib/http/action-state";

/** Ends every session of this account (lost phone, shared computer), this one included. */
export function SignOutEverywhere({ action }: { action: ServerAction }) {
  const t = useTranslations("profile.sessions");
  return (
    <ConfirmAction
      action={action}
      fields={{}}
      triggerIcon={<LogOut aria-hidden="true" />}
      triggerLabel={t("button")}
      triggerSize="md"
      title={t("confirmTitle")}
      description={t("confirmBody")}
      confirmLabel={t("confirm")}
      pendingLabel={t("working")}
      onSuccess={() => void signOutTo("/login?signedOut=1")}
    />
  );
}
