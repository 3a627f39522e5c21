"use client";

import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Input } from "@/components/ui/input";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadInvoiceSettings = () => import("@/lib/invoicing/schema").then((module) => module.invoiceSettingsSchema);
const loadTaxRate = () => import("@/lib/invoicing/schema").then((module) => module.taxRateSchema);

const ACCOUNTS = ["receivablesAccount", "revenueAccount", "taxPayableAccount", "bankAccount", "creditNotesAccount"] as const;

export type InvoiceSettingsValues = { defaultRate: string; defaultTermsDays: string; version: number } & Record<(typeof ACCOUNTS)[number], string>;

/** The default tax rate and terms, and the ledger accounts the journal posts to. */
export function InvoiceSettingsForm({ tenant, values, action }: { tenant: string; values: InvoiceSettingsValues; action: ServerAction }) {
  const t = useTranslations("invoicing.settings");
  const issues = useTranslations("invoicing.validation");
  const { version, ...defaults } = values;
  const kit = useActionForm({ action, schema: loadInvoiceSettings, defaultValues: defaults, hidden: { tenant, version: String(version) }, issues: { "invoicing.validation": issues } });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert success={t("saved")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="defaultRate" label={t("defaultRate")} hint={t("defaultRateHint")} required>
          <Input inputMode="decimal" maxLength={6} />
        </Field>
        <Field name="defaultTermsDays" label={t("defaultTerms")} hint={t("defaultTermsHint")} required>
          <Input inputMode="numeric" maxLength={3} />
        </Field>
      </div>
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-slate-900">{t("accounts")}</legend>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {ACCOUNTS.map((name) => (
            <Field key={name} name={name} label={t(`account.${name}`)} required>
              <Input maxLength={40} autoComplete="off" className="font-mono" />
            </Field>
          ))}
        </div>
      </fieldset>
      <FormSubmit pendingText={t("saving")}>{t("save")}</FormSubmit>
    </Form>
  );
}

/** Adds a tax rate for a country or one of its regions (the same place again changes it). */
export function TaxRateForm({ tenant, action }: { tenant: string; action: ServerAction }) {
  const t = useTranslations("invoicing.settings");
  const issues = useTranslations("invoicing.validation");
  const kit = useActionForm({
    action,
    schema: loadTaxRate,
    defaultValues: { country: "", region: "", name: "", rate: "" },
    hidden: { tenant },
    issues: { "invoicing.validation": issues },
    onSuccess: () => kit.form.reset(),
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert success={t("rateSaved")} />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Field name="country" label={t("country")} hint={t("countryHint")} required>
          <Input maxLength={2} autoComplete="off" className="uppercase" />
        </Field>
        <Field name="region" label={t("region")} hint={t("regionHint")} optional>
          <Input maxLength={100} autoComplete="off" />
        </Field>
        <Field name="name" label={t("rateName")} required>
          <Input maxLength={100} autoComplete="off" />
        </Field>
        <Field name="rate" label={t("rate")} hint={t("rateHint")} required>
          <Input inputMode="decimal" maxLength={6} />
        </Field>
      </div>
      <FormSubmit pendingText={t("saving")}>{t("addRate")}</FormSubmit>
    </Form>
  );
}
