"use client";

import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Select, type SelectOption } from "@/components/ui/select";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadEnrol = () => import("@/lib/programs/schema").then((module) => module.enrolSchema);

/** Enrols the partner in one of the tenant's programs (its tier is evaluated at once). */
export function EnrolForm({ tenant, partnerId, action, programs }: { tenant: string; partnerId: string; action: ServerAction; programs: SelectOption[] }) {
  const t = useTranslations("programs.partner");
  const issues = useTranslations("programs.validation");
  const kit = useActionForm({ issues: { "programs.validation": issues }, action, schema: loadEnrol, defaultValues: { programId: "" }, hidden: { tenant, partnerId } });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert />
      <Field name="programId" label={t("program")} required>
        <Select options={programs} placeholder={t("programPlaceholder")} />
      </Field>
      <FormSubmit pendingText={t("enrolling")}>{t("enrol")}</FormSubmit>
    </Form>
  );
}
