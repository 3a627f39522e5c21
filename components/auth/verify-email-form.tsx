"use client";

import Link from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm, useScripted } from "@/components/forms";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import type { ServerAction } from "@/lib/http/action-state";
import { PasswordInput } from "./password-input";
import { signInAndContinue } from "./sign-in";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadCompleteSignup = () => import("@/lib/tenancy/schema").then((module) => module.completeSignupSchema);

export type VerifyEmailFormProps = {
  token: string;
  email: string;
  /** From the page: app/(public)/verify-email/[token]/actions.ts and the sign-in follow-up. */
  actions: { complete: ServerAction<{ email: string; home: string }>; afterSignIn: ServerAction };
};

/** Confirms a sign-up with its password, then straight into the new back office. */
export function VerifyEmailForm({ token, email, actions }: VerifyEmailFormProps) {
  const t = useTranslations("account.verify");
  const router = useRouter();
  const scripted = useScripted();
  const kit = useActionForm({
    action: actions.complete,
    schema: loadCompleteSignup,
    defaultValues: { password: "" },
    hidden: { token },
    onSuccess: async (state) => {
      if (!state.data) return;
      const { home } = state.data;
      const outcome = await signInAndContinue(actions.afterSignIn, state.data.email, kit.form.getValues("password"), home);
      router.replace(outcome.ok ? outcome.destination : `/login?callbackUrl=${encodeURIComponent(home)}`);
      router.refresh();
    },
  });
  const { state } = kit;

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

  // Confirmed without JavaScript (the browser cannot sign in by itself): on to the sign-in page.
  if (state.status === "success" && state.data && !scripted) {
    return (
      <Link
        href={`/login?callbackUrl=${encodeURIComponent(state.data.home)}`}
        className={buttonVariants({ className: "w-full" })}
      >
        {t("goToSignIn")}
      </Link>
    );
  }

  const success = state.status === "success";
  return (
    <Form kit={kit} className="space-y-5">
      <FormAlert />
      <FormField label={t("email")}>
        {/* Not submitted: the link fixes the address. Named "username" for password managers. */}
        <Input type="email" value={email} readOnly autoComplete="username" />
      </FormField>
      <Field name="password" label={t("password")} required>
        <PasswordInput autoComplete="current-password" />
      </Field>
      <FormSubmit className="w-full" busy={success} pendingText={success ? t("redirecting") : t("pending")}>
        {t("submit")}
      </FormSubmit>
    </Form>
  );
}
