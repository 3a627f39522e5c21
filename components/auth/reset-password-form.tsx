"use client";

import { useActionState, useRef, useState, type FormEvent } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { resetPasswordAction } from "@/app/(public)/reset-password/[token]/actions";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/http/action-state";
import { PasswordInput } from "./password-input";
import { PasswordRules } from "./password-rules";
import { useFocusError } from "./use-focus-error";

/**
 * New password + confirmation. The match is checked here first (instant feedback) and
 * again by the action's schema; success redirects to the sign-in page on the server.
 */
export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("auth.reset");
  const formRef = useRef<HTMLFormElement>(null);
  const [password, setPassword] = useState("");
  const [mismatch, setMismatch] = useState(false);
  const [state, dispatch] = useActionState(resetPasswordAction, { status: "idle" } as ActionState<{ email: string }>);
  useFocusError(formRef, state);

  // A mangled link (token too short or long for the schema) is the same dead end as an expired one.
  const tokenUnusable =
    state.code === "TOKEN_INVALID" || Boolean(state.fieldErrors?.token) || token.length < 10 || token.length > 200;
  if (tokenUnusable) {
    return (
      <div className="space-y-5">
        <Alert tone="error" title={t("invalidTitle")}>
          {t("invalidBody")}
        </Alert>
        <Link href="/forgot-password" className={buttonVariants({ className: "w-full" })}>
          {t("requestNew")}
        </Link>
      </div>
    );
  }

  function check(event: FormEvent<HTMLFormElement>) {
    const data = new FormData(event.currentTarget);
    const differs = data.get("password") !== data.get("confirmPassword");
    setMismatch(differs);
    if (!differs) return;
    // Stopping the submit here means the action never runs with passwords that differ.
    event.preventDefault();
    event.currentTarget.querySelector<HTMLInputElement>("[name=confirmPassword]")?.focus();
  }

  const errors = state.fieldErrors ?? {};
  const confirmError = mismatch || errors.confirmPassword ? t("mismatch") : undefined;

  return (
    <form ref={formRef} action={dispatch} onSubmit={check} noValidate className="space-y-5">
      {state.status === "error" && state.message && (
        <Alert tone="error" tabIndex={-1} data-form-error="">
          {state.message}
        </Alert>
      )}
      <input type="hidden" name="token" value={token} />
      <div className="space-y-3">
        <FormField label={t("password")} error={errors.password} required>
          <PasswordInput
            name="password"
            autoComplete="new-password"
            maxLength={128}
            aria-describedby="reset-password-rules"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </FormField>
        <PasswordRules id="reset-password-rules" value={password} />
      </div>
      <FormField label={t("confirmPassword")} error={confirmError} required>
        <PasswordInput
          name="confirmPassword"
          autoComplete="new-password"
          maxLength={128}
          onChange={() => setMismatch(false)}
        />
      </FormField>
      <SubmitButton className="w-full" pendingText={t("pending")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
