"use client";

import { useEffect } from "react";
import Link from "@/components/ui/link";
import { CircleCheck, MessageSquareText } from "lucide-react";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm, useRegister } from "@/components/forms";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Input } from "@/components/ui/input";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadPhoneCode = () => import("@/lib/notify/schema").then((module) => module.phoneCodeSchema);

export type PhoneVerificationProps = {
  tenant: string;
  /** The profile phone as people read it ("+34 600 12 34 56"), formatted by the server. */
  phone: string | null;
  verified: boolean;
  profileHref: string;
  actions: { sendCode: ServerAction; confirmCode: ServerAction };
};

/**
 * Proves the profile phone is the user's: "Send code" → 6-digit code → "Verify", and in
 * the same step (ticked by default) text messages are switched on for the user's alerts.
 */
export function PhoneVerification({ tenant, phone, verified, profileHref, actions }: PhoneVerificationProps) {
  const t = useTranslations("notifications.preferences.phone");
  const send = useActionForm({ action: actions.sendCode, hidden: { tenant } });
  const confirm = useActionForm({
    action: actions.confirmCode,
    schema: loadPhoneCode,
    defaultValues: { code: "", enableSms: true },
    hidden: { tenant },
  });
  const register = useRegister(confirm.form);
  const codeSent = send.state.status === "success";
  const { setFocus } = confirm.form;

  // The code field appears after "Send code"; typing can start at once.
  useEffect(() => {
    if (codeSent) setFocus("code");
  }, [codeSent, send.state, setFocus]);

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
    const done = confirm.state.status === "success";
    return (
      <div className="space-y-3">
        {done && <Alert tone="success">{confirm.form.getValues("enableSms") ? t("successSms") : t("success")}</Alert>}
        {number}
        <p className="text-sm text-slate-600">{t("verifiedBody")}</p>
      </div>
    );
  }

  return (
    <div className="space-y-4">
      {number}
      {codeSent && (
        <p role="status" className="flex items-start gap-2 text-sm text-slate-700">
          <MessageSquareText aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-brand-700" />
          {t("sent", { phone })}
        </p>
      )}
      {codeSent && (
        <Form kit={confirm} className="space-y-3">
          {/* A wrong or expired code is said under the field; only other problems up here. */}
          <FormAlert fieldSummary={false} />
          <Field name="code" label={t("code")} hint={t("codeHint")} required>
            <Input
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9]{6}"
              maxLength={6}
              className="max-w-40 font-mono tracking-[0.3em]"
            />
          </Field>
          <label className="flex items-start gap-3 text-sm">
            <input type="checkbox" {...register("enableSms", { type: "checkbox" })} className="mt-0.5 size-4 accent-brand-700" />
            <span>
              <span className="block font-medium text-slate-900">{t("enableSms")}</span>
              <span className="block text-slate-600">{t("enableSmsHint")}</span>
            </span>
          </label>
          <FormSubmit pendingText={t("verifying")}>
            <CircleCheck aria-hidden="true" />
            {t("verify")}
          </FormSubmit>
        </Form>
      )}
      <Form kit={send} className="space-y-3">
        <FormAlert />
        <FormSubmit variant={codeSent ? "ghost" : "primary"} pendingText={t("sending")}>
          {codeSent ? t("resend") : t("send")}
        </FormSubmit>
      </Form>
    </div>
  );
}
