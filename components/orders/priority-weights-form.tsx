"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Input } from "@/components/ui/input";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadPriorityWeights = () => import("@/lib/orders/priority-schema").then((module) => module.priorityWeightsSchema);

export type PriorityWeightsValues = {
  version: number;
  tierWeight: number;
  ageWeight: number;
  ageDays: number;
  requestedWeight: number;
  requestedWindowDays: number;
  valueWeight: number;
  /** the cap as the person would type it, in the tenant's currency */
  valueCap: string;
  priorityFlagWeight: number;
  standingWeight: number;
};

const WEIGHTS = ["tierWeight", "ageWeight", "requestedWeight", "valueWeight", "priorityFlagWeight", "standingWeight"] as const;
/** the span or cap that goes with a weight */
const COMPANION: Partial<Record<(typeof WEIGHTS)[number], "ageDays" | "requestedWindowDays" | "valueCap">> = {
  ageWeight: "ageDays",
  requestedWeight: "requestedWindowDays",
  valueWeight: "valueCap",
};

/** The tenant's shipment priority weights (0–100 points each) with the spans and cap they use. */
export function PriorityWeightsForm({ tenant, currency, values, action }: { tenant: string; currency: string; values: PriorityWeightsValues; action: ServerAction }) {
  const t = useTranslations("fulfilment.weights");
  const issues = useTranslations("fulfilment.validation");
  const router = useRouter();
  const { version, ...fields } = values;
  const kit = useActionForm({
    action,
    schema: loadPriorityWeights,
    defaultValues: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, String(v)])),
    hidden: { tenant, version: String(version) },
    issues: { "fulfilment.validation": issues },
    onSuccess: () => router.refresh(),
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert success={t("saved")} />
      <div className="grid gap-4 sm:grid-cols-2">
        {WEIGHTS.map((name) => {
          const companion = COMPANION[name];
          return (
            <fieldset key={name} className="min-w-0 space-y-3 rounded-lg border border-slate-200 p-3">
              <Field name={name} label={t(name)} hint={t(`${name}Hint`)} required>
                <Input inputMode="numeric" maxLength={3} />
              </Field>
              {companion && (
                <Field name={companion} label={companion === "valueCap" ? t("valueCap", { currency }) : t(companion)} required>
                  <Input inputMode={companion === "valueCap" ? "decimal" : "numeric"} maxLength={companion === "valueCap" ? 20 : 3} />
                </Field>
              )}
            </fieldset>
          );
        })}
      </div>
      <FormSubmit pendingText={t("saving")}>{t("save")}</FormSubmit>
    </Form>
  );
}
