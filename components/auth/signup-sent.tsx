"use client";

import { useEffect, useRef } from "react";
import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import type { ServerAction } from "@/lib/http/action-state";
import { ResendVerification } from "./resend-verification";

export type SignupSentProps = {
  email: string;
  tenantName: string;
  password: string;
  mailboxHref?: string | undefined;
  resendAction: ServerAction<{ email: string }>;
};

/** After sign-up: the workspace opens from the e-mailed link, so point to the inbox. */
export function SignupSent({ email, tenantName, password, mailboxHref, resendAction }: SignupSentProps) {
  const t = useTranslations("account.signupSent");
  const ref = useRef<HTMLDivElement>(null);
  // The form just disappeared: keep keyboard focus on what replaced it.
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="space-y-5 focus:outline-none">
      <Alert tone="success" title={t("title")}>
        <p>{t("body", { email, tenant: tenantName })}</p>
        <p className="mt-2">{t("expiry")}</p>
      </Alert>
      {mailboxHref && (
        <Alert tone="info" role="note">
          {t.rich("devMailbox", {
            link: (chunks) => <Link href={`${mailboxHref}?to=${encodeURIComponent(email)}`}>{chunks}</Link>,
          })}
        </Alert>
      )}
      <p className="text-sm text-slate-700">{t("resendHint")}</p>
      {/* Without JavaScript there is no password here to identify the sign-up: no resend button. */}
      {password && (
        <ResendVerification
          action={resendAction}
          email={email}
          password={password}
          labels={{ resend: "signupSent.resend", resending: "signupSent.resending", resent: "signupSent.resent" }}
        />
      )}
    </div>
  );
}
