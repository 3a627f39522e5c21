"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Input } from "@/components/ui/input";
import type { ActionInput, ActionState, ServerAction } from "@/lib/http/action-state";
import { PasswordInput } from "./password-input";
import { ResendVerification } from "./resend-verification";
import { rateLimitMinutes, signInAndContinue } from "./sign-in";

export type LoginFormProps = {
  /** Where the visitor was going; the server re-checks it is a same-site path. */
  callbackUrl?: string | undefined;
  /** An `?error=` code next-auth put in the URL (e.g. after a failed redirect flow). */
  initialError?: string | undefined;
  /** From the page: the step after a successful sign-in (app/(public)/login/actions.ts) and
   * "send the confirmation link again" for a sign-up not yet confirmed. */
  actions: { afterSignIn: ServerAction; resendVerification: ServerAction<{ email: string }> };
};

type Credentials = { email: string; password: string };

/** zod and the schema load with the form's first use: nothing else on the page needs them. */
const loadSchema = () => import("@/lib/users/schema").then((module) => module.signInFormSchema);

/**
 * E-mail + password sign-in through next-auth, then on to the right workspace. The form
 * kit checks both fields first; the "action" runs in the browser (next-auth's sign-in).
 */
export function LoginForm({ callbackUrl, initialError, actions }: LoginFormProps) {
  const t = useTranslations("auth.login");
  const te = useTranslations("auth.errors");
  const tErrors = useTranslations("errors");
  const router = useRouter();

  function describe(code: string): string {
    if (code === "INVALID_CREDENTIALS" || code === "CredentialsSignin") return te("invalidCredentials");
    if (code === "EMAIL_NOT_VERIFIED") return tErrors("EMAIL_NOT_VERIFIED");
    const minutes = rateLimitMinutes(code);
    if (minutes !== null) return te("rateLimited", { minutes });
    return te("generic");
  }

  async function signIn(_prev: ActionState<Credentials> | undefined, input?: ActionInput): Promise<ActionState<Credentials>> {
    const { email, password } = input as Credentials;
    const outcome = await signInAndContinue(actions.afterSignIn, email.trim(), password, callbackUrl);
    if (!outcome.ok) {
      // The address stays; a refused password is not kept in the field. The attempt's
      // credentials stay in this browser's state for "send the link again".
      kit.form.setValue("password", "");
      const data = { email: email.trim(), password };
      return { status: "error", code: outcome.error, message: describe(outcome.error), data };
    }
    router.replace(outcome.destination);
    router.refresh();
    return { status: "success" };
  }

  const kit = useActionForm({
    action: signIn,
    schema: loadSchema,
    defaultValues: { email: "", password: "" },
    ...(initialError ? { initialState: { status: "error", message: describe(initialError) } as ActionState<Credentials> } : {}),
  });
  const { state } = kit;
  const success = state.status === "success";

  return (
    <Form kit={kit} className="space-y-5">
      <FormAlert />
      {state.code === "EMAIL_NOT_VERIFIED" && state.data && (
        <ResendVerification
          action={actions.resendVerification}
          email={state.data.email}
          password={state.data.password}
          labels={{ resend: "unverified.resend", resending: "unverified.resending", resent: "unverified.resent" }}
        />
      )}
      <Field name="email" label={t("email")} required>
        <Input type="email" inputMode="email" autoComplete="username" autoCapitalize="none" spellCheck={false} />
      </Field>
      <div className="space-y-2">
        <Field name="password" label={t("password")} required>
          <PasswordInput autoComplete="current-password" />
        </Field>
        <div className="flex justify-end">
          <Link
            href="/forgot-password"
            className="inline-flex min-h-11 items-center rounded text-sm font-medium text-brand-700 underline-offset-4 hover:text-brand-800 hover:underline sm:min-h-0"
          >
            {t("forgot")}
          </Link>
        </div>
      </div>
      <FormSubmit className="w-full" busy={success} pendingText={success ? t("redirecting") : t("pending")}>
        {t("submit")}
      </FormSubmit>
    </Form>
  );
}
