"use client";

import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import type { ServerAction } from "@/lib/http/action-state";
import { AGREEMENT_LOCALES } from "@/lib/programs/constants";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadPublishAgreement = () => import("@/lib/programs/schema").then((module) => module.publishAgreementSchema);

/**
 * Publishes the next agreement version, in English, Spanish or both. Starts from the
 * latest version's text, so a change is an edit rather than a retype.
 */
export function AgreementForm({
  tenant,
  programId,
  action,
  latest,
}: {
  tenant: string;
  programId: string;
  action: ServerAction;
  latest: Record<(typeof AGREEMENT_LOCALES)[number], { title: string; body: string }>;
}) {
  const t = useTranslations("programs.agreement");
  const issues = useTranslations("programs.validation");
  const kit = useActionForm({ issues: { "programs.validation": issues }, action, schema: loadPublishAgreement, defaultValues: latest, hidden: { tenant, programId } });
  return (
    <Form kit={kit} className="space-y-5">
      <FormAlert success={t("published")} />
      {AGREEMENT_LOCALES.map((locale) => (
        <fieldset key={locale} className="space-y-3">
          <legend className="text-sm font-semibold text-slate-900">{t(`language.${locale}`)}</legend>
          <Field name={`${locale}.title`} label={t("titleLabel")} optional>
            <Input maxLength={160} lang={locale} />
          </Field>
          <Field name={`${locale}.body`} label={t("body")} optional>
            <Textarea maxLength={20000} rows={8} lang={locale} />
          </Field>
        </fieldset>
      ))}
      <p className="text-sm text-slate-600">{t("publishHint")}</p>
      <FormSubmit pendingText={t("publishing")}>{t("publish")}</FormSubmit>
    </Form>
  );
}
