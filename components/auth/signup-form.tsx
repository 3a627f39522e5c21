"use client";

import { startTransition, useActionState, useRef, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { signUpAction } from "@/app/(public)/signup/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import type { SelectOption } from "@/components/ui/select";
import type { ActionState } from "@/lib/http/action-state";
import { PasswordInput } from "./password-input";
import { PasswordRules } from "./password-rules";
import { signInAndContinue } from "./sign-in";
import { normalizeSlugInput, slugify, useBrowserGuesses } from "./signup-helpers";
import { SignupWorkspaceFields, type WorkspaceValues } from "./signup-workspace-fields";
import { useFocusError } from "./use-focus-error";

export type SignupFormProps = {
  host: string;
  currencyOptions: SelectOption[];
  timeZones: string[];
};

/**
 * Self-service sign-up: creates the tenant and its first admin, then signs that admin in
 * with the same credentials and opens the new back office.
 */
export function SignupForm({ host, currencyOptions, timeZones }: SignupFormProps) {
  const t = useTranslations("auth.signup");
  const uiLocale = useLocale();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const guesses = useBrowserGuesses();
  // A field missing here was not touched: it follows its suggestion (slug from the name,
  // currency and time zone from the browser, language from the interface).
  const [chosen, setChosen] = useState<Partial<WorkspaceValues>>({});
  const [tenantName, setTenantName] = useState("");
  const [password, setPassword] = useState("");

  const values: WorkspaceValues = {
    tenantName,
    slug: chosen.slug ?? slugify(tenantName),
    defaultLocale: chosen.defaultLocale ?? uiLocale,
    currency: chosen.currency ?? (guesses.currency || (uiLocale === "es" ? "EUR" : "USD")),
    timeZone: chosen.timeZone ?? (guesses.timeZone || "UTC"),
  };

  function change(field: keyof WorkspaceValues, value: string) {
    if (field === "tenantName") return setTenantName(value);
    // Emptying the address hands it back to the automatic suggestion.
    if (field === "slug") return setChosen((c) => ({ ...c, slug: value ? normalizeSlugInput(value) : undefined }));
    setChosen((c) => ({ ...c, [field]: value }));
  }

  const [state, dispatch, pending] = useActionState(
    async (prev: ActionState, formData: FormData): Promise<ActionState> => {
      const result = await signUpAction(prev, formData);
      if (result.status !== "success" || !result.data) return result;
      const home = `/${result.data.slug}/admin`;
      const outcome = await signInAndContinue(String(formData.get("email")), String(formData.get("password")), home);
      router.replace(outcome.ok ? outcome.destination : `/login?callbackUrl=${encodeURIComponent(home)}`);
      router.refresh();
      return { status: "success" };
    },
    { status: "idle" },
  );

  useFocusError(formRef, state);

  // Submitting by hand (not via the `action` prop) avoids React's automatic form reset,
  // which would wipe the selects and every typed value after a refused attempt.
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  }

  const errors = state.fieldErrors;
  const busy = pending || state.status === "success";

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="space-y-8">
      {state.status === "error" && state.message && (
        <Alert tone="error" tabIndex={-1} data-form-error="">
          {state.message}
        </Alert>
      )}
      <SignupWorkspaceFields
        values={values}
        onChange={change}
        errors={errors}
        host={host}
        currencyOptions={currencyOptions}
        timeZones={timeZones}
      />
      <div className="border-t border-slate-200 pt-6">
        <fieldset aria-describedby="signup-account-hint">
          <legend className="mb-1 text-base font-semibold text-slate-900">{t("accountSection")}</legend>
          <p id="signup-account-hint" className="mb-5 text-sm text-slate-600">
            {t("accountHint")}
          </p>
          <div className="space-y-5">
            <FormField label={t("adminName")} error={errors?.adminName} required>
              <Input name="adminName" autoComplete="name" maxLength={120} defaultValue={String(state.values?.adminName ?? "")} />
            </FormField>
            <FormField label={t("email")} error={errors?.email} required>
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
            <div className="space-y-3">
              <FormField label={t("password")} error={errors?.password} required>
                <PasswordInput
                  name="password"
                  autoComplete="new-password"
                  maxLength={128}
                  aria-describedby="signup-password-rules"
                  value={password}
                  onChange={(event) => setPassword(event.target.value)}
                />
              </FormField>
              <PasswordRules id="signup-password-rules" value={password} />
            </div>
          </div>
        </fieldset>
      </div>
      <Button
        type="submit"
        size="lg"
        className="w-full"
        loading={busy}
        loadingText={state.status === "success" ? t("redirecting") : t("pending")}
      >
        {t("submit")}
      </Button>
    </form>
  );
}
