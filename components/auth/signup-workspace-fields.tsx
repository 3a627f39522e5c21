"use client";

import { useEffect, type ChangeEvent } from "react";
import { useTranslations } from "next-intl";
import { useFormContext, useWatch } from "react-hook-form";
import { Field } from "@/components/forms";
import { TimeZonePicker } from "@/components/forms/pickers";
import type { ComboboxOption } from "@/components/ui/combobox";
import { Input } from "@/components/ui/input";
import { Select, type SelectOption } from "@/components/ui/select";
import { localeNames, locales } from "@/lib/i18n/config";
import { normalizeSlugInput, slugify, useBrowserGuesses } from "./signup-helpers";
import { SlugAvailability } from "./slug-availability";

export type SignupWorkspaceFieldsProps = {
  /** Host shown in the address preview, e.g. "app.canal.io". */
  host: string;
  currencyOptions: SelectOption[];
  timeZones: ComboboxOption[];
};

/**
 * The company half of sign-up: name, address (suggested from the name until typed by
 * hand, checked as one types), language, currency and time zone (guessed from the browser
 * until chosen). Rendered inside the sign-up <Form>.
 */
export function SignupWorkspaceFields({ host, currencyOptions, timeZones }: SignupWorkspaceFieldsProps) {
  const t = useTranslations("auth.signup");
  const { getValues, getFieldState, resetField, setValue } = useFormContext();
  const slug = useWatch({ name: "slug" }) as string;
  const guesses = useBrowserGuesses();

  // The browser's currency and zone, unless the visitor already chose.
  useEffect(() => {
    if (guesses.currency && !getFieldState("currency").isDirty) setValue("currency", guesses.currency);
    if (guesses.timeZone && !getFieldState("timeZone").isDirty) setValue("timeZone", guesses.timeZone);
  }, [guesses.currency, guesses.timeZone, getFieldState, setValue]);

  function followName(event: ChangeEvent<HTMLInputElement>) {
    const state = getFieldState("slug");
    if (!state.isDirty) setValue("slug", slugify(event.target.value), { shouldValidate: Boolean(state.error) });
  }

  // Light clean-up while typing; emptying the address hands it back to the suggestion
  // (after the form has taken the empty value, hence the microtask).
  function tidySlug(event: ChangeEvent<HTMLInputElement>) {
    const value = event.target.value;
    if (value) event.target.value = normalizeSlugInput(value);
    else queueMicrotask(() => resetField("slug", { defaultValue: slugify(String(getValues("tenantName") ?? "")) }));
  }

  return (
    <fieldset aria-describedby="signup-workspace-hint">
      <legend className="mb-1 text-base font-semibold text-slate-900">{t("workspaceSection")}</legend>
      <p id="signup-workspace-hint" className="mb-5 text-sm text-slate-600">
        {t("workspaceHint")}
      </p>
      <div className="space-y-5">
        <Field name="tenantName" label={t("tenantName")} required>
          <Input autoComplete="organization" maxLength={120} onChange={followName} />
        </Field>
        <div className="space-y-1.5">
          <Field
            name="slug"
            label={t("slug")}
            required
            hint={
              <>
                {t("slugHint")}{" "}
                <span className="break-all">
                  {t("slugPreview")}{" "}
                  <span className="font-mono text-slate-900">
                    {host}/<strong className="font-semibold text-brand-800">{slug || t("slugExample")}</strong>
                    /admin
                  </span>
                </span>
              </>
            }
          >
            <Input
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              maxLength={40}
              className="font-mono"
              aria-describedby="signup-slug-availability"
              onChange={tidySlug}
            />
          </Field>
          <SlugAvailability id="signup-slug-availability" />
        </div>
        <div className="grid gap-5 sm:grid-cols-2">
          <Field name="defaultLocale" label={t("defaultLocale")} hint={t("defaultLocaleHint")} required>
            <Select>
              {locales.map((locale) => (
                <option key={locale} value={locale} lang={locale}>
                  {localeNames[locale]}
                </option>
              ))}
            </Select>
          </Field>
          <Field name="currency" label={t("currency")} hint={t("currencyHint")} required>
            <Select options={currencyOptions} />
          </Field>
        </div>
        <Field name="timeZone" label={t("timeZone")} hint={t("timeZoneHint")} required>
          {(control) => <TimeZonePicker {...control} options={timeZones} />}
        </Field>
      </div>
    </fieldset>
  );
}
