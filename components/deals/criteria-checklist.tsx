"use client";

import { useRouter } from "next/navigation";
import { Check, Circle } from "lucide-react";
import { useTranslations } from "next-intl";
import { Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import type { StageCriterion } from "@/lib/deals/types";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadCheckCriterion = () => import("@/lib/deals/schema").then((module) => module.checkCriterionSchema);

export type CriteriaChecklistProps = {
  tenant: string;
  deal: { id: string; version: number };
  criteria: StageCriterion[];
  met: string[];
  /** absent: read only */
  action?: ServerAction;
};

/** The exit criteria of the deal's stage: what holds, and a button per line to tick or clear it. */
export function CriteriaChecklist({ tenant, deal, criteria, met, action }: CriteriaChecklistProps) {
  const t = useTranslations("deals.criteria");
  if (!criteria.length) return <p className="text-sm text-slate-600">{t("none")}</p>;
  return (
    <ul className="space-y-2" aria-label={t("label")}>
      {criteria.map((criterion) => (
        <li key={criterion.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-200 p-2 text-sm">
          <span className="flex min-w-0 items-center gap-2">
            {met.includes(criterion.id) ? (
              <Check aria-hidden="true" className="size-4 shrink-0 text-emerald-700" />
            ) : (
              <Circle aria-hidden="true" className="size-4 shrink-0 text-slate-500" />
            )}
            <span className="[overflow-wrap:anywhere]">{criterion.label}</span>
            <span className="sr-only">{met.includes(criterion.id) ? t("done") : t("open")}</span>
          </span>
          {action && <Toggle tenant={tenant} deal={deal} criterion={criterion} checked={met.includes(criterion.id)} action={action} />}
        </li>
      ))}
    </ul>
  );
}

function Toggle({ tenant, deal, criterion, checked, action }: { tenant: string; deal: { id: string; version: number }; criterion: StageCriterion; checked: boolean; action: ServerAction }) {
  const t = useTranslations("deals.criteria");
  const router = useRouter();
  const kit = useActionForm({
    action,
    schema: loadCheckCriterion,
    hidden: { tenant, opportunityId: deal.id, version: String(deal.version), criterionId: criterion.id, checked: String(!checked) },
    onSuccess: () => router.refresh(),
  });
  return (
    <Form kit={kit} className="flex flex-wrap items-center gap-2">
      <FormAlert />
      <FormSubmit size="sm" variant="secondary" pendingText={t("saving")}>
        {checked ? t("clear") : t("check")}
        <span className="sr-only"> ({criterion.label})</span>
      </FormSubmit>
    </Form>
  );
}
