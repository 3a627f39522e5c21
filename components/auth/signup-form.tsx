"use client";

import { useLocale, useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import type { ComboboxOption } from "@/components/ui/combobox";
import { Input } from "@/components/ui/input";
import type { SelectOption } from "@/components/ui/select";
import type { ServerAction } from "@/lib/http/action-state";
import { PasswordInput } from "./password-input";
import { PasswordRules } from "./password-rules";
import { SignupSent } from "./signup-sent";
import { SignupWorkspaceFields } from "./signup-workspace-fields";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadSignUp = () => import("@/lib/tenancy/schema").then((module) => module.signUpSchema);

export type SignupFormProps = {
  host: string;
  /** Development only: where the captured verification e-mail can be read. */
  mailboxHref?: string | undefined;
  currencyOptions: SelectOption[];
  timeZones: ComboboxOption[];
  /** From the page: sign-up (app/(public)/signup/actions.ts) and "send the link again". */
  actions: { signUp: ServerAction<{ email: string }>; resendVerification: ServerAction<{ email: string }> };
};

/**
 * Self-service sign-up: sends the answers, then asks the person to open the verification
 * link e-mailed to them (the workspace is created when they follow it).
 */
export function SignupForm({ host, mailboxHref, currencyOptions, timeZones, actions }: SignupFormProps) {
  const t = useTranslations("auth.signup");
  const uiLocale = useLocale();
  const kit = useActionForm({
    action: actions.signUp,
    schema: loadSignUp,
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
  });
  const { state } = kit;
  const password = useWatch({ control: kit.form.control, name: "password" }) ?? "";

  if (state.status === "success" && state.data) {
    // Without JavaScript the page is rendered from the action's state, which never holds the password.
    const { tenantName, password: typed } = kit.form.getValues();
    return (
      <SignupSent
        email={state.data.email}
        tenantName={String(tenantName || state.values?.tenantName || "")}
        password={typed ?? ""}
        mailboxHref={mailboxHref}
        resendAction={actions.resendVerification}
      />
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
      <FormSubmit size="lg" className="w-full" pendingText={t("pending")}>
        {t("submit")}
      </FormSubmit>
    </Form>
  );
}
