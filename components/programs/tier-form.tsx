"use client";

import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import type { ServerAction } from "@/lib/http/action-state";
import { METRIC_UNIT, PROGRAM_METRICS } from "@/lib/programs/metric-names";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadCreateTier = () => import("@/lib/programs/schema").then((module) => module.createTierSchema);
const loadUpdateTier = () => import("@/lib/programs/schema").then((module) => module.updateTierSchema);

export type TierFormValues = {
  name: string;
  description: string;
  /** minimums as typed: revenue in major units of the currency, counts as whole numbers ("" = no rule) */
  rules: Record<(typeof PROGRAM_METRICS)[number], string>;
};

type TierFormProps = {
  tenant: string;
  action: ServerAction;
  currency: string;
  /** a new tier (added above the highest) or an existing one */
  target: { programId: string } | { tierId: string };
  values: TierFormValues;
  onDone?: () => void;
};

/** A tier's name, description and minimum per metric (empty = no rule on that metric). */
export function TierForm({ tenant, action, currency, target, values, onDone }: TierFormProps) {
  const t = useTranslations("programs.tiers");
  const metrics = useTranslations("programs.metrics");
  const issues = useTranslations("programs.validation");
  const kit = useActionForm({
    issues: { "programs.validation": issues },
    action,
    schema: "programId" in target ? loadCreateTier : loadUpdateTier,
    defaultValues: values,
    hidden: { tenant, ...target },
    onSuccess: () => onDone?.(),
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert />
      <Field name="name" label={t("name")} required>
        <Input maxLength={40} />
      </Field>
      <Field name="description" label={t("descriptionLabel")} optional>
        <Input maxLength={300} />
      </Field>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-900">{t("rules")}</legend>
        <p className="text-sm text-slate-600">{t("rulesHint")}</p>
        {PROGRAM_METRICS.map((metric) => (
          <Field
            key={metric}
            name={`rules.${metric}`}
            label={metrics(metric)}
            hint={METRIC_UNIT[metric] === "money" ? t("moneyHint", { currency }) : t("countHint")}
            optional
          >
            <Input inputMode={METRIC_UNIT[metric] === "money" ? "decimal" : "numeric"} maxLength={18} className="max-w-60" />
          </Field>
        ))}
      </fieldset>
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="secondary">{t("cancel")}</Button>
        </DialogClose>
        <FormSubmit pendingText={t("saving")}>{t("save")}</FormSubmit>
      </DialogFooter>
    </Form>
  );
}
