"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/forms";
import { CountryPicker } from "@/components/forms/pickers";
import type { ComboboxOption } from "@/components/ui/combobox";
import { Input } from "@/components/ui/input";
import { Select, type SelectOption } from "@/components/ui/select";

export type CustomerOptions = { countries: ComboboxOption[]; industries: SelectOption[] };

/** The end customer's fields, shared by the partner's registration and the vendor's direct deal. */
export function CustomerFields({ countries, industries }: CustomerOptions) {
  const t = useTranslations("deals.form");
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <Field name="customerName" label={t("customerName")} required>
          <Input autoComplete="organization" maxLength={160} />
        </Field>
      </div>
      <Field name="website" label={t("website")} hint={t("websiteHint")} optional>
        <Input inputMode="url" maxLength={255} placeholder="example.com" />
      </Field>
      <Field name="taxId" label={t("taxId")} hint={t("taxIdHint")} optional>
        <Input maxLength={40} />
      </Field>
      <Field name="country" label={t("country")} optional>
        {(control) => <CountryPicker {...control} options={countries} noneLabel={t("noCountry")} />}
      </Field>
      <Field name="region" label={t("region")} optional>
        <Input maxLength={80} />
      </Field>
      <Field name="postalCode" label={t("postalCode")} optional>
        <Input maxLength={16} autoComplete="postal-code" />
      </Field>
      <Field name="industry" label={t("industry")} optional>
        <Select options={[{ value: "", label: t("noIndustry") }, ...industries]} />
      </Field>
    </div>
  );
}

/** Amount, currency and a day: the money and date fields of a deal. */
export function AmountFields({ currencies, dateField, dateLabel, today }: { currencies: string[]; dateField: string; dateLabel: string; today: string }) {
  const t = useTranslations("deals.form");
  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <Field name="amount" label={t("amount")} hint={t("amountHint")} required>
        <Input inputMode="decimal" maxLength={30} />
      </Field>
      <Field name="currency" label={t("currency")} required>
        <Select options={currencies.map((code) => ({ value: code, label: code }))} />
      </Field>
      <Field name={dateField} label={dateLabel} required>
        <Input type="date" min={today} />
      </Field>
    </div>
  );
}
