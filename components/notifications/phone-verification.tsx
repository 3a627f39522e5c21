"use client";

import { useEffect, useRef } from "react";
import Link from "next/link";
import { CircleCheck, MessageSquareText } from "lucide-react";
import { useTranslations } from "next-intl";
import { ActionAlert } from "@/components/backoffice/action-alert";
import { TenantField } from "@/components/backoffice/tenant-field";
import { useFormAction, type FormAction } from "@/components/backoffice/use-form-action";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";

export type PhoneVerificationProps = {
  tenant: string;
  phone: string | null;
  verified: boolean;
  profileHref: string;
  actions: { sendCode: FormAction; confirmCode: FormAction };
};

/** Proves the profile phone is the user's: "Send code" → 6-digit code → "Verify". */
export function PhoneVerification({ tenant, phone, verified, profileHref, actions }: PhoneVerificationProps) {
  const t = useTranslations("notifications.preferences.phone");
  const [sent, send] = useFormAction(actions.sendCode);
  const [confirmed, confirm] = useFormAction(actions.confirmCode);
  const codeRef = useRef<HTMLInputElement>(null);
  const codeSent = sent.status === "success";

  // The code field appears after "Send code"; typing can start at once.
  useEffect(() => {
    if (codeSent) codeRef.current?.focus();
  }, [codeSent, sent]);

  if (!phone) {
    return (
      <p className="text-sm text-slate-700">
        {t("missing")}{" "}
        <Link href={profileHref} className="font-medium text-brand-800 underline underline-offset-4">
          {t("addInProfile")}
        </Link>
      </p>
    );
  }

  const number = (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <span className="text-sm text-slate-600">{t("number")}</span>
      <span className="font-medium text-slate-900 tabular-nums">{phone}</span>
      <Badge tone={verified ? "success" : "warning"} dot>
        {verified ? t("verified") : t("notVerified")}
      </Badge>
    </div>
  );

  if (verified) {
    return (
      <div className="space-y-3">
        {confirmed.status === "success" && <Alert tone="success">{t("success")}</Alert>}
        {number}
        <p className="text-sm text-slate-600">{t("verifiedBody")}</p>
      </div>
    );
  }

  const codeError = confirmed.fieldErrors?.code;

  return (
    <div className="space-y-4">
      {number}
      <ActionAlert state={sent} />
      {codeSent && (
        <p role="status" className="flex items-start gap-2 text-sm text-slate-700">
          <MessageSquareText aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-brand-700" />
          {t("sent", { phone })}
        </p>
      )}
      {codeSent && (
        <form action={confirm} noValidate className="space-y-3">
          <TenantField slug={tenant} />
          {/* Field problems (wrong or expired code) sit under the field; anything else above it. */}
          {!codeError && <ActionAlert state={confirmed} />}
          <FormField label={t("code")} hint={t("codeHint")} error={codeError} required>
            <Input
              ref={codeRef}
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9]{6}"
              maxLength={6}
              className="max-w-40 font-mono tracking-[0.3em]"
              defaultValue={confirmed.values?.code}
            />
          </FormField>
          <SubmitButton pendingText={t("verifying")}>
            <CircleCheck aria-hidden="true" />
            {t("verify")}
          </SubmitButton>
        </form>
      )}
      <form action={send}>
        <TenantField slug={tenant} />
        <SubmitButton variant={codeSent ? "ghost" : "primary"} pendingText={t("sending")}>
          {codeSent ? t("resend") : t("send")}
        </SubmitButton>
      </form>
    </div>
  );
}
