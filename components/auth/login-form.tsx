"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Input } from "@/components/ui/input";
import type { ActionInput, ActionState, ServerAction } from "@/lib/http/action-state";
import { signInFormSchema } from "@/lib/users/schema";
import { PasswordInput } from "./password-input";
import { rateLimitMinutes, signInAndContinue } from "./sign-in";

export type LoginFormProps = {
  /** Where the visitor was going; the server re-checks it is a same-site path. */
  callbackUrl?: string | undefined;
  /** An `?error=` code next-auth put in the URL (e.g. after a failed redirect flow). */
  initialError?: string | undefined;
  /** The step after a successful sign-in (app/(public)/login/actions.ts), passed in by the page. */
  afterSignIn: ServerAction;
};

/**
 * E-mail + password sign-in through next-auth, then on to the right workspace. The form
 * kit checks both fields first; the "action" runs in the browser (next-auth's sign-in).
 */
export function LoginForm({ callbackUrl, initialError, afterSignIn }: LoginFormProps) {
  const t = useTranslations("auth.login");
  const te = useTranslations("auth.errors");
  const router = useRouter();

  function describe(code: string): string {
    if (code === "INVALID_CREDENTIALS" || code === "CredentialsSignin") return te("invalidCredentials");
    const minutes = rateLimitMinutes(code);
    if (minutes !== null) return te("rateLimited", { minutes });
    return te("generic");
  }

  async function signIn(_prev: ActionState | undefined, input?: ActionInput): Promise<ActionState> {
    const { email, password } = input as { email: string; password: string };
    const outcome = await signInAndContinue(afterSignIn, email.trim(), password, callbackUrl);
    if (!outcome.ok) {
      // The address stays; a refused password is not kept around.
      kit.form.setValue("password", "");
      return { status: "error", code: outcome.error, message: describe(outcome.error) };
    }
    router.replace(outcome.destination);
    router.refresh();
    return { status: "success" };
  }

  const kit = useActionForm({
    action: signIn,
    schema: signInFormSchema,
    defaultValues: { email: "", password: "" },
    ...(initialError ? { initialState: { status: "error", message: describe(initialError) } as ActionState } : {}),
  });
  const success = kit.state.status === "success";

  return (
    <Form kit={kit} className="space-y-5">
      <FormAlert />
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
