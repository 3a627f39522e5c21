"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { PhoneField } from "@/components/forms/phone-field";
import { CardContent, CardFooter } from "@/components/ui/card";
import type { ComboboxOption } from "@/components/ui/combobox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { ServerAction } from "@/lib/http/action-state";
import { localeNames, locales } from "@/lib/i18n/config";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadProfile = () => import("@/lib/users/profile-schema").then((module) => module.profileSchema);

/** A saved profile with its phone split into the national number and its country (by the server). */
type Saved = { name: string; locale: string; phone: string; phoneCountry: string | null };

export type ProfileFormProps = {
  action: ServerAction<Saved>;
  user: Saved & { email: string };
  /** Every country with its calling code, and the one a new number most likely has. */
  phoneCountries: ComboboxOption[];
  defaultPhoneCountry: string;
};

/** The form's values for a saved profile (a number without a country takes the likely one). */
function valuesOf(user: Saved, fallbackCountry: string) {
  return { name: user.name, locale: user.locale, phone: user.phone, phoneCountry: user.phoneCountry ?? fallbackCountry };
}

/** Name, language and mobile number of the signed-in person. */
export function ProfileForm({ action, user, phoneCountries, defaultPhoneCountry }: ProfileFormProps) {
  const t = useTranslations("profile.details");
  const router = useRouter();
  const kit = useActionForm({
    action,
    schema: loadProfile,
    defaultValues: valuesOf(user, defaultPhoneCountry),
    onSuccess: (state) => {
      // The number as saved ("600 12 34 56"); a new language changes every label, so the
      // page is rendered again with the new cookie.
      if (state.data) kit.form.reset(valuesOf(state.data, defaultPhoneCountry));
      router.refresh();
    },
  });

  return (
    <Form kit={kit}>
      <CardContent className="space-y-5">
        <FormAlert success={t("saved")} />
        <FormField label={t("email")} hint={t("emailHint")}>
          <Input value={user.email} readOnly type="email" />
        </FormField>
        <Field name="name" label={t("name")} required>
          <Input autoComplete="name" maxLength={120} />
        </Field>
        <Field name="locale" label={t("language")} hint={t("languageHint")} required>
          <Select options={locales.map((code) => ({ value: code, label: localeNames[code] }))} />
        </Field>
        <PhoneField label={t("phone")} hint={t("phoneHint")} countries={phoneCountries} optional />
      </CardContent>
      <CardFooter>
        <FormSubmit pendingText={t("saving")}>{t("save")}</FormSubmit>
      </CardFooter>
    </Form>
  );
}
