"use client";

import { LogOut } from "lucide-react";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
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
      onSuccess={() => void signOut({ callbackUrl: "/login?signedOut=1" })}
    />
  );
}
