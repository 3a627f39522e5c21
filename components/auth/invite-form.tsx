"use client";

import { startTransition, useActionState, useRef, useState, type FormEvent } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { acceptInvitationAction } from "@/app/(public)/invite/[token]/actions";
import { Alert } from "@/components/ui/alert";
import { Button, buttonVariants } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import type { ActionState } from "@/lib/http/action-state";
import { PasswordInput } from "./password-input";
import { PasswordRules } from "./password-rules";
import { signInAndContinue } from "./sign-in";
import { useFocusError } from "./use-focus-error";

export type InviteFormProps = { token: string; email: string; name: string };

/** Accepts an invitation: confirm the name, choose a password, then straight into the workspace. */
export function InviteForm({ token, email, name }: InviteFormProps) {
  const t = useTranslations("auth.invite");
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [password, setPassword] = useState("");

  const [state, dispatch, pending] = useActionState(
    async (prev: ActionState, formData: FormData): Promise<ActionState> => {
      const result = await acceptInvitationAction(prev, formData);
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

  // Submitted by hand so React does not reset the form (and the typed name) after an error.
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
      <FormField label={t("email")} hint={t("emailHint")}>
        {/* Not submitted: the invitation fixes the address. Named "username" for password managers. */}
        <Input type="email" value={email} readOnly autoComplete="username" />
      </FormField>
      <FormField label={t("name")} error={state.fieldErrors?.name} required>
        <Input name="name" autoComplete="name" maxLength={120} defaultValue={String(state.values?.name ?? name)} />
      </FormField>
      <div className="space-y-3">
        <FormField label={t("password")} error={state.fieldErrors?.password} required>
          <PasswordInput
            name="password"
            autoComplete="new-password"
            maxLength={128}
            aria-describedby="invite-password-rules"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </FormField>
        <PasswordRules id="invite-password-rules" value={password} />
      </div>
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
