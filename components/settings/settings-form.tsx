"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ActionAlert } from "@/components/backoffice/action-alert";
import { TenantField } from "@/components/backoffice/tenant-field";
import { useFormAction, type FormAction } from "@/components/backoffice/use-form-action";
import { CardContent, CardFooter } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, type SelectOption } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";

export type SettingsFormProps = {
  tenant: string;
  action: FormAction;
  current: { name: string; defaultLocale: string; currency: string; timeZone: string };
  options: { locales: SelectOption[]; currencies: SelectOption[]; timeZones: SelectOption[] };
};

/** The workspace's name, default language, currency and time zone. */
export function SettingsForm({ tenant, action, current, options }: SettingsFormProps) {
  const t = useTranslations("settings.form");
  const router = useRouter();
  // The shell shows the tenant's name, so the whole page is refreshed after a save.
  const [state, formAction] = useFormAction(action, () => router.refresh());
  const errors = state.fieldErrors ?? {};
  const values = { ...current, ...state.values };

  return (
    <form action={formAction} noValidate>
      <TenantField slug={tenant} />
      <CardContent className="space-y-5">
        <ActionAlert state={state} success={t("saved")} />
        <FormField label={t("name")} hint={t("nameHint")} error={errors.name} required>
          <Input name="name" defaultValue={values.name} maxLength={120} autoComplete="organization" />
        </FormField>
        <div className="grid gap-5 sm:grid-cols-2">
          <FormField label={t("defaultLocale")} hint={t("defaultLocaleHint")} error={errors.defaultLocale} required>
            <Select name="defaultLocale" options={options.locales} defaultValue={values.defaultLocale} />
          </FormField>
          <FormField label={t("currency")} hint={t("currencyHint")} error={errors.currency} required>
            <Select name="currency" options={options.currencies} defaultValue={values.currency} />
          </FormField>
        </div>
        <FormField label={t("timeZone")} hint={t("timeZoneHint")} error={errors.timeZone} required>
          <Select name="timeZone" options={options.timeZones} defaultValue={values.timeZone} />
        </FormField>
      </CardContent>
      <CardFooter>
        <SubmitButton pendingText={t("saving")}>{t("save")}</SubmitButton>
      </CardFooter>
    </form>
  );
}
