"use client";

import Link from "@/components/ui/link";
import { MailX } from "lucide-react";
import { useTranslations } from "next-intl";
import { Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import type { ServerAction } from "@/lib/http/action-state";

export type UnsubscribeFormProps = {
  token: string;
  /** The event's name in the reader's language. */
  event: string;
  /** Where notification settings are managed (sign-in first if needed). */
  settingsHref: string;
  action: ServerAction;
};

/**
 * One button, never an automatic unsubscribe on page load: mail scanners open links, and
 * only a person's click (or the RFC 8058 POST from a mail client) should change anything.
 */
export function UnsubscribeForm({ token, event, settingsHref, action }: UnsubscribeFormProps) {
  const t = useTranslations("notifications.unsubscribe");
  // A form, not a fetch: it works before (or without) JavaScript, as mail links often open.
  const kit = useActionForm({ action, hidden: { token } });
  const { state } = kit;
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
    <Form kit={kit} className="space-y-5">
      <FormAlert />
      <p className="text-sm text-slate-600">{t("unaffected")}</p>
      <FormSubmit className="w-full" pendingText={t("working")}>
        <MailX aria-hidden="true" />
        {t("confirm")}
      </FormSubmit>
      {settings}
    </Form>
  );
}
