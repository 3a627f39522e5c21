"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ActionAlert } from "@/components/backoffice/action-alert";
import { useFormAction, type FormAction } from "@/components/backoffice/use-form-action";
import { CardContent, CardFooter } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { localeNames, locales } from "@/lib/i18n/config";

type Saved = { name: string; locale: string; phone: string };

export type ProfileFormProps = {
  action: FormAction<Saved>;
  user: { name: string; email: string; locale: string; phone: string | null };
};

/** Name, language and mobile number of the signed-in person. */
export function ProfileForm({ action, user }: ProfileFormProps) {
  const t = useTranslations("profile.details");
  const router = useRouter();
  // A new language changes every label, so the page is rendered again with the new cookie.
  const [state, formAction] = useFormAction(action, () => router.refresh());
  const errors = state.fieldErrors ?? {};
  // What was just saved wins over the (not yet refreshed) props; after an error, what was typed.
  const values = {
    name: user.name,
    locale: user.locale,
    phone: user.phone ?? "",
    ...(state.status === "success" ? state.data : state.values),
  };

  return (
    <form action={formAction} noValidate>
      <CardContent className="space-y-5">
        <ActionAlert state={state} success={t("saved")} />
        <FormField label={t("email")} hint={t("emailHint")}>
          <Input value={user.email} readOnly type="email" />
        </FormField>
        <FormField label={t("name")} error={errors.name} required>
          <Input name="name" defaultValue={values.name} autoComplete="name" maxLength={120} />
        </FormField>
        <FormField label={t("language")} hint={t("languageHint")} error={errors.locale} required>
          <Select
            name="locale"
            defaultValue={values.locale}
            options={locales.map((code) => ({ value: code, label: localeNames[code] }))}
          />
        </FormField>
        <FormField label={t("phone")} hint={t("phoneHint")} error={errors.phone} optional>
          <Input
            name="phone"
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            placeholder="+34600123456"
            defaultValue={values.phone}
            maxLength={24}
          />
        </FormField>
      </CardContent>
      <CardFooter>
        <SubmitButton pendingText={t("saving")}>{t("save")}</SubmitButton>
      </CardFooter>
    </form>
  );
}
