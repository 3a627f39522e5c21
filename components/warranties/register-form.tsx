"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { ServerAction } from "@/lib/http/action-state";
import { CERTIFICATE_LOCALES } from "@/lib/warranties/constants";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadRegisterSale = () => import("@/lib/warranties/schema").then((module) => module.registerSaleSchema);

/** The partner registers the sale of one unit: the end customer, the certificate's language, the sale day, the site. */
export function RegisterForm({ tenant, unitId, action, today, locale }: { tenant: string; unitId: string; action: ServerAction; today: string; locale: string }) {
  const t = useTranslations("warranties.register");
  const router = useRouter();
  const kit = useActionForm({
    action,
    schema: loadRegisterSale,
    defaultValues: { endCustomerName: "", endCustomerEmail: "", endCustomerLocale: locale === "es" ? "es" : "en", saleOn: today, installationSite: "" },
    hidden: { tenant, unitId },
    issues: { "warranties.validation": useTranslations("warranties.validation") },
    onSuccess: () => router.refresh(),
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert success={t("done")} />
      <Field name="endCustomerName" label={t("customer")} required>
        <Input maxLength={200} autoComplete="organization" />
      </Field>
      <Field name="endCustomerEmail" label={t("email")} hint={t("emailHint")} optional>
        <Input type="email" maxLength={254} autoComplete="email" />
      </Field>
      <Field name="endCustomerLocale" label={t("locale")} required>
        <Select options={CERTIFICATE_LOCALES.map((value) => ({ value, label: t(`locales.${value}`) }))} />
      </Field>
      <Field name="saleOn" label={t("saleOn")} required>
        <Input type="date" max={today} />
      </Field>
      <Field name="installationSite" label={t("site")} optional>
        <Input maxLength={300} />
      </Field>
      <FormSubmit pendingText={t("working")}>{t("submit")}</FormSubmit>
    </Form>
  );
}
