"use client";

import Link from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { Field, Form, FormAlert, FormSubmit, useActionForm, useScripted } from "@/components/forms";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import type { ServerAction } from "@/lib/http/action-state";
import { PasswordInput } from "./password-input";
import { PasswordRules } from "./password-rules";
import { signInAndContinue } from "./sign-in";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadAcceptInvitation = () => import("@/lib/users/schema").then((module) => module.acceptInvitationSchema);

export type InviteFormProps = {
  token: string;
  email: string;
  name: string;
  /** app/(public)/invite/[token]/actions.ts and the sign-in follow-up, passed in by the page. */
  actions: { accept: ServerAction<{ email: string; home: string }>; afterSignIn: ServerAction };
};

/** Accepts an invitation: confirm the name, choose a password, then straight into the workspace. */
export function InviteForm({ token, email, name, actions }: InviteFormProps) {
  const t = useTranslations("auth.invite");
  const router = useRouter();
  const scripted = useScripted();
  const kit = useActionForm({
    action: actions.accept,
    schema: loadAcceptInvitation,
    defaultValues: { name, password: "" },
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
  const password = useWatch({ control: kit.form.control, name: "password" }) ?? "";

  if (state.code === "TOKEN_INVALID" || state.code === "SIGN_IN_TO_ACCEPT") {
    return (
      <div className="space-y-5">
        <Alert tone="error">{state.message}</Alert>
        <Link
          href={state.code === "SIGN_IN_TO_ACCEPT" ? "/login?callbackUrl=%2Fworkspaces" : "/login"}
          className={buttonVariants({ variant: "secondary", className: "w-full" })}
        >
          {t("goToSignIn")}
        </Link>
      </div>
    );
  }

  // Accepted without JavaScript (the browser cannot sign in by itself): on to the sign-in page.
  if (state.status === "success" && !scripted) {
    return (
      <Link href="/login" className={buttonVariants({ className: "w-full" })}>
        {t("goToSignIn")}
      </Link>
    );
  }

  return (
    <Form kit={kit} className="space-y-5">
      <FormAlert />
      <FormField label={t("email")} hint={t("emailHint")}>
        {/* Not submitted: the invitation fixes the address. Named "username" for password managers. */}
        <Input type="email" value={email} readOnly autoComplete="username" />
      </FormField>
      <Field name="name" label={t("name")} required>
        <Input autoComplete="name" maxLength={120} />
      </Field>
      <div className="space-y-3">
        <Field name="password" label={t("password")} required>
          <PasswordInput autoComplete="new-password" maxLength={128} aria-describedby="invite-password-rules" />
        </Field>
        <PasswordRules id="invite-password-rules" value={password} />
      </div>
      <FormSubmit
        className="w-full"
        busy={state.status === "success"}
        pendingText={state.status === "success" ? t("redirecting") : t("pending")}
      >
        {t("submit")}
      </FormSubmit>
    </Form>
  );
}
