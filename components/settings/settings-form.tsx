"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { TimeZonePicker } from "@/components/forms/pickers";
import { CardContent, CardFooter } from "@/components/ui/card";
import type { ComboboxOption } from "@/components/ui/combobox";
import { Input } from "@/components/ui/input";
import { Select, type SelectOption } from "@/components/ui/select";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadTenantSettings = () => import("@/lib/tenancy/schema").then((module) => module.tenantSettingsSchema);

export type SettingsFormProps = {
  tenant: string;
  action: ServerAction;
  current: { name: string; defaultLocale: string; currency: string; timeZone: string };
  options: { locales: SelectOption[]; currencies: SelectOption[]; timeZones: ComboboxOption[] };
};

/** The workspace's name, default language, currency and time zone. */
export function SettingsForm({ tenant, action, current, options }: SettingsFormProps) {
  const t = useTranslations("settings.form");
  const router = useRouter();
  const kit = useActionForm({
    action,
    schema: loadTenantSettings,
    defaultValues: current,
    hidden: { tenant },
    // The shell shows the tenant's name, so the whole page is refreshed after a save.
    onSuccess: () => router.refresh(),
  });

  return (
    <Form kit={kit}>
      <CardContent className="space-y-5">
        <FormAlert success={t("saved")} />
        <Field name="name" label={t("name")} hint={t("nameHint")} required>
          <Input maxLength={120} autoComplete="organization" />
        </Field>
        <div className="grid gap-5 sm:grid-cols-2">
          <Field name="defaultLocale" label={t("defaultLocale")} hint={t("defaultLocaleHint")} required>
            <Select options={options.locales} />
          </Field>
          <Field name="currency" label={t("currency")} hint={t("currencyHint")} required>
            <Select options={options.currencies} />
          </Field>
        </div>
        <Field name="timeZone" label={t("timeZone")} hint={t("timeZoneHint")} required>
          {(control) => <TimeZonePicker {...control} options={options.timeZones} />}
        </Field>
      </CardContent>
      <CardFooter>
        <FormSubmit pendingText={t("saving")}>{t("save")}</FormSubmit>
      </CardFooter>
    </Form>
  );
}
