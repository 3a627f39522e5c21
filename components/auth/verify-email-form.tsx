"use client";

import { startTransition, useActionState, useRef, type FormEvent } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { completeSignupAction } from "@/app/(public)/verify-email/[token]/actions";
import { Alert } from "@/components/ui/alert";
import { Button, buttonVariants } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import type { ActionState } from "@/lib/http/action-state";
import { PasswordInput } from "./password-input";
import { signInAndContinue } from "./sign-in";
import { useFocusError } from "./use-focus-error";

export type VerifyEmailFormProps = { token: string; email: string };

/** Confirms a sign-up with its password, then straight into the new back office. */
export function VerifyEmailForm({ token, email }: VerifyEmailFormProps) {
  const t = useTranslations("account.verify");
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);

  const [state, dispatch, pending] = useActionState(
    async (prev: ActionState, formData: FormData): Promise<ActionState> => {
      const result = await completeSignupAction(prev, formData);
      if (result.status !== "success" || !result.data) return result;
      const { home } = result.data;
      const outcome = await signInAndContinue(result.data.email, String(formData.get("password")), home);
      router.replace(outcome.ok ? outcome.destination : `/login?callbackUrl=${encodeURIComponent(home)}`);
      router.refresh();
      return { status: "success" };
    },
    { status: "idle" },
  );

  useFocusError(formRef, state);

  if (state.code === "TOKEN_INVALID") {
    return (
      <div className="space-y-5">
        <Alert tone="error">{state.message}</Alert>
        <Link href="/login" className={buttonVariants({ variant: "secondary", className: "w-full" })}>
          {t("goToSignIn")}
        </Link>
      </div>
    );
  }

  // Submitted by hand so React does not reset the form after an error.
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  }

  const busy = pending || state.status === "success";

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="space-y-5">
      {state.status === "error" && state.message && (
        <Alert tone="error" tabIndex={-1} data-form-error="">
          {state.message}
        </Alert>
      )}
      <input type="hidden" name="token" value={token} />
      <FormField label={t("email")}>
        {/* Not submitted: the link fixes the address. Named "username" for password managers. */}
        <Input type="email" value={email} readOnly autoComplete="username" />
      </FormField>
      <FormField label={t("password")} error={state.fieldErrors?.password} required>
        <PasswordInput name="password" autoComplete="current-password" />
      </FormField>
      <Button
        type="submit"
        className="w-full"
        loading={busy}
        loadingText={state.status === "success" ? t("redirecting") : t("pending")}
      >
        {t("submit")}
      </Button>
    </form>
  );
}
