"use client";

import { useActionState, useRef, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import type { ActionState } from "@/lib/http/action-state";
import { PasswordInput } from "./password-input";
import { ResendVerification } from "./resend-verification";
import { rateLimitMinutes, signInAndContinue } from "./sign-in";
import { useFocusError } from "./use-focus-error";

export type LoginFormProps = {
  /** Where the visitor was going; the server re-checks it is a same-site path. */
  callbackUrl?: string;
  /** An `?error=` code next-auth put in the URL (e.g. after a failed redirect flow). */
  initialError?: string;
};

type Credentials = { email: string; password: string };

/** E-mail + password sign-in through next-auth, then on to the right workspace. */
export function LoginForm({ callbackUrl, initialError }: LoginFormProps) {
  const t = useTranslations("auth.login");
  const te = useTranslations("auth.errors");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  // Controlled so the address survives React's form reset after a failed attempt.
  const [email, setEmail] = useState("");

  function describe(code: string): string {
    if (code === "INVALID_CREDENTIALS" || code === "CredentialsSignin") return te("invalidCredentials");
    if (code === "EMAIL_NOT_VERIFIED") return tErrors("EMAIL_NOT_VERIFIED");
    const minutes = rateLimitMinutes(code);
    if (minutes !== null) return te("rateLimited", { minutes });
    return te("generic");
  }

  const initial: ActionState<Credentials> = initialError ? { status: "error", message: describe(initialError) } : { status: "idle" };

  const [state, dispatch, pending] = useActionState(
    async (_prev: ActionState<Credentials>, formData: FormData): Promise<ActionState<Credentials>> => {
      const address = String(formData.get("email") ?? "").trim();
      const password = String(formData.get("password") ?? "");
      if (!address || !password) {
        const fieldErrors: Record<string, string> = {};
        if (!address) fieldErrors.email = te("emailRequired");
        if (!password) fieldErrors.password = te("passwordRequired");
        return { status: "error", message: te("missingCredentials"), fieldErrors };
      }
      const outcome = await signInAndContinue(address, password, callbackUrl);
      // The attempt's credentials stay in this browser's state for "send the link again".
      if (!outcome.ok) return { status: "error", code: outcome.error, message: describe(outcome.error), data: { email: address, password } };
      router.replace(outcome.destination);
      router.refresh();
      return { status: "success" };
    },
    initial,
  );

  useFocusError(formRef, state);
  const busy = pending || state.status === "success";

  return (
    <form ref={formRef} action={dispatch} noValidate className="space-y-5">
      {state.status === "error" && state.message && (
        <Alert tone="error" tabIndex={-1} data-form-error="">
          {state.message}
        </Alert>
      )}
      {state.code === "EMAIL_NOT_VERIFIED" && state.data && (
        <ResendVerification
          email={state.data.email}
          password={state.data.password}
          labels={{ resend: "unverified.resend", resending: "unverified.resending", resent: "unverified.resent" }}
        />
      )}
      <FormField label={t("email")} error={state.fieldErrors?.email} required>
        <Input
          name="email"
          type="email"
          inputMode="email"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
      </FormField>
      <div className="space-y-2">
        <FormField label={t("password")} error={state.fieldErrors?.password} required>
          <PasswordInput name="password" autoComplete="current-password" />
        </FormField>
        <div className="flex justify-end">
          <Link
            href="/forgot-password"
            className="inline-flex min-h-11 items-center rounded text-sm font-medium text-brand-700 underline-offset-4 hover:text-brand-800 hover:underline sm:min-h-0"
          >
            {t("forgot")}
          </Link>
        </div>
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
