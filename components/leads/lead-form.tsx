"use client";

import { useTranslations } from "next-intl";
import { FormSection } from "@/components/forms/form-section";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { CountryPicker } from "@/components/forms/pickers";
import type { ComboboxOption } from "@/components/ui/combobox";
import { Input } from "@/components/ui/input";
import { Select, type SelectOption } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadLead = () => import("@/lib/leads/schema").then((module) => module.leadSchema);

export type LeadFormProps = {
  tenant: string;
  action: ServerAction;
  currencies: string[];
  currency: string;
  countries: ComboboxOption[];
  industries: SelectOption[];
  sources: SelectOption[];
};

/**
 * The vendor enters a lead: the company and where it is (its territory follows from the
 * territory rules), the contact, where it came from and what it wants. Saving offers it at
 * once to the partner the distribution rules choose.
 */
export function LeadForm({ tenant, action, currencies, currency, countries, industries, sources }: LeadFormProps) {
  const t = useTranslations("leads.form");
  const kit = useActionForm({
    action,
    schema: loadLead,
    defaultValues: {
      company: "",
      contactName: "",
      email: "",
      phone: "",
      website: "",
      country: "",
      region: "",
      postalCode: "",
      industry: "",
      source: "",
      products: "",
      value: "",
      currency,
      notes: "",
    },
    hidden: { tenant },
  });
  return (
    <Form kit={kit} className="space-y-6">
      <FormAlert />
      <FormSection id="lead-company" title={t("companySection")}>
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="sm:col-span-2">
            <Field name="company" label={t("company")} required>
              <Input autoComplete="organization" maxLength={160} />
            </Field>
          </div>
          <Field name="website" label={t("website")} optional>
            <Input inputMode="url" maxLength={255} placeholder="example.com" />
          </Field>
          <Field name="industry" label={t("industry")} optional>
            <Select options={[{ value: "", label: t("noIndustry") }, ...industries]} />
          </Field>
          <Field name="country" label={t("country")} hint={t("countryHint")} optional>
            {(control) => <CountryPicker {...control} options={countries} noneLabel={t("noCountry")} />}
          </Field>
          <Field name="region" label={t("region")} optional>
            <Input maxLength={80} />
          </Field>
          <Field name="postalCode" label={t("postalCode")} optional>
            <Input maxLength={16} autoComplete="postal-code" />
          </Field>
        </div>
      </FormSection>
      <FormSection id="lead-contact" title={t("contactSection")}>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field name="contactName" label={t("contactName")} required>
            <Input autoComplete="name" maxLength={120} />
          </Field>
          <Field name="email" label={t("email")} optional>
            <Input type="email" autoComplete="email" maxLength={254} />
          </Field>
          <Field name="phone" label={t("phone")} optional>
            <Input type="tel" autoComplete="tel" maxLength={40} />
          </Field>
        </div>
      </FormSection>
      <FormSection id="lead-interest" title={t("interestSection")}>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field name="source" label={t("source")} required>
            <Select options={[{ value: "", label: t("chooseSource") }, ...sources]} />
          </Field>
          <Field name="value" label={t("value")} hint={t("valueHint")} optional>
            <Input inputMode="decimal" maxLength={30} />
          </Field>
          <Field name="currency" label={t("currency")} required>
            <Select options={currencies.map((code) => ({ value: code, label: code }))} />
          </Field>
        </div>
        <Field name="products" label={t("products")} hint={t("productsHint")} optional>
          <Input maxLength={1000} />
        </Field>
        <Field name="notes" label={t("notes")} optional>
          <Textarea rows={3} maxLength={2000} />
        </Field>
      </FormSection>
      <FormSubmit pendingText={t("saving")}>{t("submit")}</FormSubmit>
    </Form>
  );
}
