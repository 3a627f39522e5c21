"use client";

import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadActionPlan = () => import("@/lib/forecasting/schema").then((module) => module.actionPlanSchema);

export type PlanFormProps = {
  tenant: string;
  diagnosticId: string;
  /** a suggested plan title (the diagnostic's name and subject) */
  title: string;
  assignees: { value: string; label: string }[];
  /** the reader's own seat, chosen first */
  me?: string | undefined;
  today: string;
  action: ServerAction;
};

/** A plan for a diagnostic and its first task: what, who, by when. */
export function PlanForm({ tenant, diagnosticId, title, assignees, me, today, action }: PlanFormProps) {
  const t = useTranslations("forecasting.plans");
  const kit = useActionForm({
    action,
    schema: loadActionPlan,
    defaultValues: { title, taskTitle: "", assignee: me ?? "", dueOn: "" },
    hidden: { tenant, diagnosticId },
    issues: { "activities.validation": useTranslations("activities.validation") },
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert />
      <Field name="title" label={t("titleField")} required>
        <Input maxLength={200} />
      </Field>
      <Field name="taskTitle" label={t("taskTitle")} required>
        <Input maxLength={200} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="assignee" label={t("assignee")} required>
          <Select placeholder="—" options={assignees} />
        </Field>
        <Field name="dueOn" label={t("dueOn")} required>
          <Input type="date" min={today} />
        </Field>
      </div>
      <FormSubmit pendingText={t("saving")}>{t("submit")}</FormSubmit>
    </Form>
  );
}
