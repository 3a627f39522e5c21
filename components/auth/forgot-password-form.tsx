"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { requestResetAction } from "@/app/(public)/forgot-password/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/http/action-state";
import { useFocusError } from "./use-focus-error";

type Props = {
  /** Development only: point to the captured e-mail, since nothing is really sent. */
  mailboxHref?: string;
};

/** The same confirmation whether or not the address has an account. */
function SentNotice({ email, mailboxHref, onRetry }: Props & { email: string; onRetry: () => void }) {
  const t = useTranslations("auth.forgot");
  const ref = useRef<HTMLDivElement>(null);
  // The form just disappeared: keep keyboard focus on what replaced it.
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="space-y-5 focus:outline-none">
      <Alert tone="success" title={t("sentTitle")}>
        <p>{t("sentBody", { email })}</p>
        <p className="mt-2">{t("sentExpiry")}</p>
      </Alert>
      {mailboxHref && (
        <Alert tone="info" role="note">
          {t.rich("devMailbox", {
            link: (chunks) => <Link href={`${mailboxHref}?to=${encodeURIComponent(email)}`}>{chunks}</Link>,
          })}
        </Alert>
      )}
      <div className="flex flex-col gap-2 sm:flex-row">
        <Button asChild className="flex-1">
          <Link href="/login">{t("backToSignIn")}</Link>
        </Button>
        <Button variant="secondary" className="flex-1" onClick={onRetry}>
          {t("tryAgain")}
        </Button>
      </div>
    </div>
  );
}

function RequestForm({ mailboxHref, onRetry }: Props & { onRetry: () => void }) {
  const t = useTranslations("auth.forgot");
  const formRef = useRef<HTMLFormElement>(null);
  const [state, dispatch] = useActionState(requestResetAction, { status: "idle" } as ActionState<{ email: string }>);
  useFocusError(formRef, state);

  if (state.status === "success") {
    return <SentNotice email={state.data?.email ?? ""} mailboxHref={mailboxHref} onRetry={onRetry} />;
  }

  return (
    <form ref={formRef} action={dispatch} noValidate className="space-y-5">
      {state.status === "error" && state.message && (
        <Alert tone="error" tabIndex={-1} data-form-error="">
          {state.message}
        </Alert>
      )}
      <FormField label={t("email")} error={state.fieldErrors?.email} required>
        <Input
          name="email"
          type="email"
          inputMode="email"
          autoComplete="email"
          autoCapitalize="none"
          spellCheck={false}
          defaultValue={String(state.values?.email ?? "")}
        />
      </FormField>
      <SubmitButton className="w-full" pendingText={t("pending")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}

/** "Forgot password?": asks for the address and always gives the same confirmation. */
export function ForgotPasswordForm({ mailboxHref }: Props) {
  // A new key starts a fresh form (and a fresh action state) for "try another address".
  const [attempt, setAttempt] = useState(0);
  return <RequestForm key={attempt} mailboxHref={mailboxHref} onRetry={() => setAttempt((n) => n + 1)} />;
}
