"use client";

import { useState, type FormEvent } from "react";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { ActionAlert } from "@/components/backoffice/action-alert";
import { useFormAction, type FormAction } from "@/components/backoffice/use-form-action";
import { CardContent, CardFooter } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";

/**
 * Change password. The server ends every session once it is changed (by design), so on
 * success this tab signs out too and the login page explains why.
 */
export function PasswordForm({ action }: { action: FormAction }) {
  const t = useTranslations("profile.password");
  const [mismatch, setMismatch] = useState(false);
  const [state, formAction] = useFormAction(action, () => {
    void signOut({ callbackUrl: "/login?reset=1" });
  });
  const errors = state.fieldErrors ?? {};

  // Confirmation is a typing check only, so it is done here before anything is sent.
  function checkConfirmation(event: FormEvent<HTMLFormElement>) {
    const data = new FormData(event.currentTarget);
    const differs = data.get("newPassword") !== data.get("confirmPassword");
    setMismatch(differs);
    if (differs) {
      event.preventDefault();
      event.currentTarget.querySelector<HTMLInputElement>("input[name=confirmPassword]")?.focus();
    }
  }

  return (
    <form action={formAction} onSubmit={checkConfirmation} noValidate>
      <CardContent className="space-y-5">
        <ActionAlert state={state} success={t("changed")} />
        <FormField label={t("current")} error={errors.currentPassword} required>
          <Input name="currentPassword" type="password" autoComplete="current-password" maxLength={1024} />
        </FormField>
        <FormField
          label={t("new")}
          hint={t("newHint", { min: PASSWORD_MIN_LENGTH })}
          error={errors.newPassword}
          required
        >
          <Input name="newPassword" type="password" autoComplete="new-password" maxLength={PASSWORD_MAX_LENGTH} />
        </FormField>
        <FormField label={t("confirm")} error={mismatch ? t("mismatch") : null} required>
          <Input name="confirmPassword" type="password" autoComplete="new-password" maxLength={PASSWORD_MAX_LENGTH} />
        </FormField>
      </CardContent>
      <CardFooter>
        <SubmitButton pendingText={t("saving")} disabled={state.status === "success"}>
          {t("save")}
        </SubmitButton>
      </CardFooter>
    </form>
  );
}
