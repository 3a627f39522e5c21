"use client";

import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Input } from "@/components/ui/input";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadPartnerTerms = () => import("@/lib/invoicing/schema").then((module) => module.partnerTermsSchema);

/** A partner's own payment terms; empty follows the tenant's default. */
export function PartnerTermsForm({ tenant, partnerId, termsDays, defaultDays, action }: { tenant: string; partnerId: string; termsDays: number | null; defaultDays: number; action: ServerAction }) {
  const t = useTranslations("invoicing.terms");
  const issues = useTranslations("invoicing.validation");
  const kit = useActionForm({
    action,
    schema: loadPartnerTerms,
    defaultValues: { termsDays: termsDays === null ? "" : String(termsDays) },
    hidden: { tenant, partnerId },
    issues: { "invoicing.validation": issues },
  });
  return (
    <Form kit={kit} className="flex flex-wrap items-end gap-4">
      <FormAlert success={t("saved")} />
      <Field name="termsDays" label={t("label")} hint={t("hint", { days: defaultDays })} optional>
        <Input inputMode="numeric" maxLength={3} className="max-w-32" />
      </Field>
      <FormSubmit variant="secondary" pendingText={t("saving")}>
        {t("save")}
      </FormSubmit>
    </Form>
  );
}
