"use client";

import { useTranslations } from "next-intl";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, type SelectOption } from "@/components/ui/select";
import { localeNames, locales } from "@/lib/i18n/config";

export type WorkspaceValues = {
  tenantName: string;
  slug: string;
  defaultLocale: string;
  currency: string;
  timeZone: string;
};

export type SignupWorkspaceFieldsProps = {
  values: WorkspaceValues;
  onChange: (field: keyof WorkspaceValues, value: string) => void;
  errors?: Record<string, string>;
  /** Host shown in the address preview, e.g. "app.canal.io". */
  host: string;
  currencyOptions: SelectOption[];
  timeZones: string[];
};

/** The company half of sign-up: name, address (with live preview), language, currency, time zone. */
export function SignupWorkspaceFields({
  values,
  onChange,
  errors,
  host,
  currencyOptions,
  timeZones,
}: SignupWorkspaceFieldsProps) {
  const t = useTranslations("auth.signup");
  // The browser's own zone may be missing from the server's list (ICU versions differ).
  const zones = values.timeZone && !timeZones.includes(values.timeZone) ? [values.timeZone, ...timeZones] : timeZones;

  return (
    <fieldset aria-describedby="signup-workspace-hint">
      <legend className="mb-1 text-base font-semibold text-slate-900">{t("workspaceSection")}</legend>
      <p id="signup-workspace-hint" className="mb-5 text-sm text-slate-600">
        {t("workspaceHint")}
      </p>
      <div className="space-y-5">
        <FormField label={t("tenantName")} error={errors?.tenantName} required>
          <Input
            name="tenantName"
            autoComplete="organization"
            maxLength={120}
            value={values.tenantName}
            onChange={(event) => onChange("tenantName", event.target.value)}
          />
        </FormField>
        <FormField
          label={t("slug")}
          error={errors?.slug}
          required
          hint={
            <>
              {t("slugHint")}{" "}
              <span className="break-all">
                {t("slugPreview")}{" "}
                <span className="font-mono text-slate-900">
                  {host}/<strong className="font-semibold text-brand-800">{values.slug || t("slugExample")}</strong>
                  /admin
                </span>
              </span>
            </>
          }
        >
          <Input
            name="slug"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            maxLength={40}
            className="font-mono"
            value={values.slug}
            onChange={(event) => onChange("slug", event.target.value)}
          />
        </FormField>
        <div className="grid gap-5 sm:grid-cols-2">
          <FormField label={t("defaultLocale")} hint={t("defaultLocaleHint")} error={errors?.defaultLocale} required>
            <Select
              name="defaultLocale"
              value={values.defaultLocale}
              onChange={(event) => onChange("defaultLocale", event.target.value)}
            >
              {locales.map((locale) => (
                <option key={locale} value={locale} lang={locale}>
                  {localeNames[locale]}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField label={t("currency")} hint={t("currencyHint")} error={errors?.currency} required>
            <Select
              name="currency"
              options={currencyOptions}
              value={values.currency}
              onChange={(event) => onChange("currency", event.target.value)}
            />
          </FormField>
        </div>
        <FormField label={t("timeZone")} hint={t("timeZoneHint")} error={errors?.timeZone} required>
          <Select
            name="timeZone"
            value={values.timeZone}
            onChange={(event) => onChange("timeZone", event.target.value)}
          >
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll("_", " ")}
              </option>
            ))}
          </Select>
        </FormField>
      </div>
    </fieldset>
  );
}
