"use client";

import { useEffect, useRef, useState } from "react";
import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadRequestReset = () => import("@/lib/users/schema").then((module) => module.requestResetSchema);

type Props = {
  /** Development only: point to the captured e-mail, since nothing is really sent. */
  mailboxHref?: string | undefined;
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

function RequestForm({ action, mailboxHref, onRetry }: Props & { action: ServerAction<{ email: string }>; onRetry: () => void }) {
  const t = useTranslations("auth.forgot");
  const kit = useActionForm({ action, schema: loadRequestReset, defaultValues: { email: "" } });
  const { state } = kit;

  if (state.status === "success") {
    return <SentNotice email={state.data?.email ?? ""} mailboxHref={mailboxHref} onRetry={onRetry} />;
  }

  return (
    <Form kit={kit} className="space-y-5">
      <FormAlert />
      <Field name="email" label={t("email")} required>
        <Input type="email" inputMode="email" autoComplete="email" autoCapitalize="none" spellCheck={false} />
      </Field>
      <FormSubmit className="w-full" pendingText={t("pending")}>
        {t("submit")}
      </FormSubmit>
    </Form>
  );
}

/** "Forgot password?": asks for the address and always gives the same confirmation. */
export function ForgotPasswordForm({ action, mailboxHref }: Props & { action: ServerAction<{ email: string }> }) {
  // A new key starts a fresh form (and a fresh action state) for "try another address".
  const [attempt, setAttempt] = useState(0);
  return (
    <RequestForm key={attempt} action={action} mailboxHref={mailboxHref} onRetry={() => setAttempt((n) => n + 1)} />
  );
}
