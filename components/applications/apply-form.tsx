"use client";

import { useState } from "react";
import { CircleCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { CountryPicker } from "@/components/forms/pickers";
import { PhoneField } from "@/components/forms/phone-field";
import type { ComboboxOption } from "@/components/ui/combobox";
import { Input } from "@/components/ui/input";
import { Select, type SelectOption } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadApplicationForm = () => import("@/lib/applications/schema").then((module) => module.applicationFormSchema);

export type ApplyFormProps = {
  tenant: string;
  locale: "en" | "es";
  action: ServerAction;
  types: SelectOption[];
  countries: ComboboxOption[];
  currencies: SelectOption[];
  defaultCurrency: string;
  phoneCountries: ComboboxOption[];
  defaultPhoneCountry: string;
};

/**
 * The public application form. `nickname` is a honeypot: out of sight and out of the tab
 * order, so people leave it empty and bots that fill every field give themselves away.
 */
export function ApplyForm(props: ApplyFormProps) {
  const t = useTranslations("applications.apply");
  const issues = useTranslations("applications.validation");
  const [sent, setSent] = useState(false);
  const kit = useActionForm({
    action: props.action,
    issues: { "applications.validation": issues },
    schema: loadApplicationForm,
    defaultValues: {
      companyName: "",
      taxId: "",
      partnerType: "",
      country: "",
      region: "",
      website: "",
      contactName: "",
      contactEmail: "",
      contactPhone: "",
      contactPhoneCountry: props.defaultPhoneCountry,
      expectedVolume: "",
      currency: props.defaultCurrency,
      brands: "",
      nickname: "",
    },
    hidden: { tenant: props.tenant, locale: props.locale },
    onSuccess: () => setSent(true),
  });
  if (sent) {
    return (
      <div role="status" className="flex items-start gap-3 rounded-lg border border-emerald-200 bg-emerald-50 p-4 text-sm text-emerald-900">
        <CircleCheck aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-emerald-700" />
        <div className="space-y-1">
          <p className="font-semibold">{t("sentTitle")}</p>
          <p>{t("sentBody")}</p>
        </div>
      </div>
    );
  }
  return (
    <Form kit={kit} className="space-y-6">
      {/* Without JavaScript the page comes back with the answer here. */}
      <FormAlert success={t("sentBody")} />
      <fieldset className="space-y-4">
        <legend className="mb-2 text-base font-semibold text-slate-900">{t("company")}</legend>
        <Field name="companyName" label={t("companyName")} required>
          <Input autoComplete="organization" maxLength={160} />
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="taxId" label={t("taxId")} hint={t("taxIdHint")} required>
            <Input maxLength={40} autoCapitalize="characters" spellCheck={false} />
          </Field>
          <Field name="partnerType" label={t("partnerType")} required>
            <Select options={props.types} placeholder={t("partnerTypePlaceholder")} />
          </Field>
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="country" label={t("country")} required>
            {(control) => <CountryPicker {...control} options={props.countries} noneLabel={t("countryPlaceholder")} />}
          </Field>
          <Field name="region" label={t("region")} optional>
            <Input autoComplete="address-level1" maxLength={120} />
          </Field>
        </div>
        <Field name="website" label={t("website")} hint={t("websiteHint")} optional>
          <Input type="text" inputMode="url" autoComplete="url" maxLength={300} spellCheck={false} />
        </Field>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="mb-2 text-base font-semibold text-slate-900">{t("contact")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="contactName" label={t("contactName")} required>
            <Input autoComplete="name" maxLength={120} />
          </Field>
          <Field name="contactEmail" label={t("contactEmail")} hint={t("contactEmailHint")} required>
            <Input type="email" autoComplete="email" maxLength={254} spellCheck={false} />
          </Field>
        </div>
        <PhoneField
          name="contactPhone"
          countryName="contactPhoneCountry"
          label={t("contactPhone")}
          countries={props.phoneCountries}
          optional
        />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="mb-2 text-base font-semibold text-slate-900">{t("business")}</legend>
        <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_minmax(0,10rem)]">
          <Field name="expectedVolume" label={t("expectedVolume")} hint={t("expectedVolumeHint")} required>
            <Input inputMode="decimal" maxLength={30} />
          </Field>
          <Field name="currency" label={t("currency")} required>
            <Select options={props.currencies} />
          </Field>
        </div>
        <Field name="brands" label={t("brands")} hint={t("brandsHint")} optional>
          <Textarea rows={2} maxLength={2000} />
        </Field>
      </fieldset>
      {/* Clipped to nothing and hidden from assistive technology; bots read the markup. */}
      <div aria-hidden="true" className="sr-only">
        <label htmlFor="apply-nickname" className="sr-only">
          {t("honeypot")}
        </label>
        <input id="apply-nickname" tabIndex={-1} autoComplete="off" className="sr-only" {...kit.form.register("nickname")} />
      </div>
      <FormSubmit pendingText={t("sending")}>{t("submit")}</FormSubmit>
    </Form>
  );
}
