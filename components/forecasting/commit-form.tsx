"use client";

import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadCommit = () => import("@/lib/forecasting/schema").then((module) => module.commitSchema);

export type CommitFormProps = {
  tenant: string;
  level: "TOTAL" | "TERRITORY" | "PARTNER";
  sliceKey: string;
  currency: string;
  /** the months that may be committed (this month and the next ones) */
  months: string[];
  action: ServerAction;
};

/** A commit for one month of the slice: the amount and, always, the reason. */
export function CommitForm({ tenant, level, sliceKey, currency, months, action }: CommitFormProps) {
  const t = useTranslations("forecasting.commit");
  const kit = useActionForm({
    action,
    schema: loadCommit,
    defaultValues: { period: months[0] ?? "", amount: "", reason: "" },
    hidden: { tenant, level, key: sliceKey },
    issues: { "forecasting.validation": useTranslations("forecasting.validation") },
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert success={t("saved")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="period" label={t("period")} required>
          <Select options={months.map((m) => ({ value: m, label: m }))} />
        </Field>
        <Field name="amount" label={t("amount", { currency })} required>
          <Input inputMode="decimal" maxLength={30} placeholder="0.00" />
        </Field>
      </div>
      <Field name="reason" label={t("reason")} hint={t("reasonHint")} required>
        <Textarea maxLength={1000} rows={3} />
      </Field>
      <FormSubmit pendingText={t("saving")}>{t("submit")}</FormSubmit>
    </Form>
  );
}
