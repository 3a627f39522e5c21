"use client";

import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm, useRegister } from "@/components/forms";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadPartnerForecast = () => import("@/lib/forecasting/schema").then((module) => module.partnerForecastSchema);

export type OwnForecastFormProps = {
  tenant: string;
  /** the latest version the partner sees (0: none): another submission meanwhile is refused */
  expectedVersion: number;
  currency: string;
  /** the months offered, with the latest version's amounts as starting values (major units) */
  months: { period: string; label: string; amount: string }[];
  action: ServerAction;
};

function PeriodInput({ name }: { name: string }) {
  const register = useRegister();
  return <input type="hidden" {...register(name)} />;
}

/** The partner's expected purchases per month: one field per month, submitted as a new version. */
export function OwnForecastForm({ tenant, expectedVersion, currency, months, action }: OwnForecastFormProps) {
  const t = useTranslations("forecasting.portal");
  const kit = useActionForm({
    action,
    schema: loadPartnerForecast,
    defaultValues: { note: "", months: months.map(({ period, amount }) => ({ period, amount })) },
    hidden: { tenant, expectedVersion: String(expectedVersion) },
    issues: { "forecasting.validation": useTranslations("forecasting.validation") },
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert success={t("saved")} />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {months.map((month, index) => (
          <div key={month.period}>
            <PeriodInput name={`months.${index}.period`} />
            <Field name={`months.${index}.amount`} label={month.label} hint={currency}>
              <Input inputMode="decimal" maxLength={30} placeholder="0" />
            </Field>
          </div>
        ))}
      </div>
      <Field name="note" label={t("note")} hint={t("noteHint")}>
        <Textarea maxLength={1000} rows={2} />
      </Field>
      <FormSubmit pendingText={t("saving")}>{t("submit")}</FormSubmit>
    </Form>
  );
}
