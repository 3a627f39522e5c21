"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { Field, Form, FormAlert, FormSubmit, useActionForm, useScripted } from "@/components/forms";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import type { ComboboxOption } from "@/components/ui/combobox";
import { Input } from "@/components/ui/input";
import type { SelectOption } from "@/components/ui/select";
import type { ServerAction } from "@/lib/http/action-state";
import { signUpSchema } from "@/lib/tenancy/schema";
import { PasswordInput } from "./password-input";
import { PasswordRules } from "./password-rules";
import { signInAndContinue } from "./sign-in";
import { SignupWorkspaceFields } from "./signup-workspace-fields";

export type SignupFormProps = {
  host: string;
  currencyOptions: SelectOption[];
  timeZones: ComboboxOption[];
  /** app/(public)/signup/actions.ts and the sign-in follow-up, passed in by the page. */
  actions: { signUp: ServerAction<{ slug: string }>; afterSignIn: ServerAction };
};

/**
 * Self-service sign-up: creates the tenant and its first admin, then signs that admin in
 * with the same credentials and opens the new back office.
 */
export function SignupForm({ host, currencyOptions, timeZones, actions }: SignupFormProps) {
  const t = useTranslations("auth.signup");
  const uiLocale = useLocale();
  const router = useRouter();
  const scripted = useScripted();
  const kit = useActionForm({
    action: actions.signUp,
    schema: signUpSchema,
    defaultValues: {
      tenantName: "",
      slug: "",
      defaultLocale: uiLocale,
      currency: uiLocale === "es" ? "EUR" : "USD",
      timeZone: "UTC",
      adminName: "",
      email: "",
      password: "",
    },
    onSuccess: async (state) => {
      if (!state.data) return;
      const home = `/${state.data.slug}/admin`;
      const { email, password } = kit.form.getValues();
      const outcome = await signInAndContinue(actions.afterSignIn, email, password, home);
      router.replace(outcome.ok ? outcome.destination : `/login?callbackUrl=${encodeURIComponent(home)}`);
      router.refresh();
    },
  });
  const { state } = kit;
  const password = useWatch({ control: kit.form.control, name: "password" }) ?? "";
  const success = state.status === "success";

  // Created without JavaScript (the browser cannot sign in by itself): on to the sign-in page.
  if (success && !scripted && state.data) {
    return (
      <div className="space-y-5">
        <Alert tone="success" title={t("createdTitle")}>
          {t("createdBody")}
        </Alert>
        <Link
          href={`/login?callbackUrl=${encodeURIComponent(`/${state.data.slug}/admin`)}`}
          className={buttonVariants({ className: "w-full" })}
        >
          {t("signIn")}
        </Link>
      </div>
    );
  }

  return (
    <Form kit={kit} className="space-y-8">
      <FormAlert />
      <SignupWorkspaceFields host={host} currencyOptions={currencyOptions} timeZones={timeZones} />
      <div className="border-t border-slate-200 pt-6">
        <fieldset aria-describedby="signup-account-hint">
          <legend className="mb-1 text-base font-semibold text-slate-900">{t("accountSection")}</legend>
          <p id="signup-account-hint" className="mb-5 text-sm text-slate-600">
            {t("accountHint")}
          </p>
          <div className="space-y-5">
            <Field name="adminName" label={t("adminName")} required>
              <Input autoComplete="name" maxLength={120} />
            </Field>
            <Field name="email" label={t("email")} required>
              <Input type="email" inputMode="email" autoComplete="email" autoCapitalize="none" spellCheck={false} />
            </Field>
            <div className="space-y-3">
              <Field name="password" label={t("password")} required>
                <PasswordInput autoComplete="new-password" maxLength={128} aria-describedby="signup-password-rules" />
              </Field>
              <PasswordRules id="signup-password-rules" value={password} />
            </div>
          </div>
        </fieldset>
      </div>
      <FormSubmit size="lg" className="w-full" busy={success} pendingText={success ? t("redirecting") : t("pending")}>
        {t("submit")}
      </FormSubmit>
    </Form>
  );
}
