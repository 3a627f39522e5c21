"use client";

import Link from "next/link";
import { MailX } from "lucide-react";
import { useTranslations } from "next-intl";
import { unsubscribeAction } from "@/app/(public)/unsubscribe/[token]/actions";
import { ActionAlert } from "@/components/backoffice/action-alert";
import { useFormAction } from "@/components/backoffice/use-form-action";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";

export type UnsubscribeFormProps = {
  token: string;
  /** The event's name in the reader's language. */
  event: string;
  /** Where notification settings are managed (sign-in first if needed). */
  settingsHref: string;
};

/**
 * One button, never an automatic unsubscribe on page load: mail scanners open links, and
 * only a person's click (or the RFC 8058 POST from a mail client) should change anything.
 */
export function UnsubscribeForm({ token, event, settingsHref }: UnsubscribeFormProps) {
  const t = useTranslations("notifications.unsubscribe");
  const [state, formAction] = useFormAction(unsubscribeAction);
  const settings = (
    <Link href={settingsHref} className={buttonVariants({ variant: "secondary", className: "w-full" })}>
      {t("manage")}
    </Link>
  );

  if (state.status === "success") {
    return (
      <div className="space-y-5">
        <Alert tone="success" title={t("doneTitle")}>
          {t("doneBody", { event })}
        </Alert>
        {settings}
      </div>
    );
  }

  return (
    <form action={formAction} className="space-y-5">
      <input type="hidden" name="token" value={token} />
      <ActionAlert state={state} />
      <p className="text-sm text-slate-600">{t("unaffected")}</p>
      <SubmitButton className="w-full" pendingText={t("working")}>
        <MailX aria-hidden="true" />
        {t("confirm")}
      </SubmitButton>
      {settings}
    </form>
  );
}
