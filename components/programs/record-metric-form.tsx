"use client";

import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { ServerAction } from "@/lib/http/action-state";
import { PROGRAM_METRICS } from "@/lib/programs/metric-names";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadRecordMetric = () => import("@/lib/programs/schema").then((module) => module.recordMetricSchema);

/**
 * Records a metric value for the partner: revenue or won deals of a period (summed over
 * the trailing 12 months), certified people as of the period's end.
 */
export function RecordMetricForm({
  tenant,
  partnerId,
  action,
  currency,
  today,
  onDone,
}: {
  tenant: string;
  partnerId: string;
  action: ServerAction;
  currency: string;
  /** YYYY-MM-DD in the tenant's time zone: the form's starting period end */
  today: string;
  onDone?: () => void;
}) {
  const t = useTranslations("programs.metrics");
  const issues = useTranslations("programs.validation");
  const kit = useActionForm({
    issues: { "programs.validation": issues },
    action,
    schema: loadRecordMetric,
    defaultValues: { metric: "REVENUE_T12M", periodStart: "", periodEnd: today, value: "", note: "" },
    hidden: { tenant, partnerId },
    onSuccess: () => onDone?.(),
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert />
      <Field name="metric" label={t("metric")} required>
        <Select options={PROGRAM_METRICS.map((metric) => ({ value: metric, label: t(metric) }))} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="periodStart" label={t("periodStart")} required>
          <Input type="date" />
        </Field>
        <Field name="periodEnd" label={t("periodEnd")} hint={t("periodEndHint")} required>
          <Input type="date" />
        </Field>
      </div>
      <Field name="value" label={t("value")} hint={t("valueHint", { currency })} required>
        <Input inputMode="decimal" maxLength={18} className="max-w-60" />
      </Field>
      <Field name="note" label={t("note")} optional>
        <Input maxLength={300} />
      </Field>
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="secondary">{t("cancel")}</Button>
        </DialogClose>
        <FormSubmit pendingText={t("saving")}>{t("save")}</FormSubmit>
      </DialogFooter>
    </Form>
  );
}
