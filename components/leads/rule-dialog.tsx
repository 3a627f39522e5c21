"use client";

import { useRouter } from "next/navigation";
import { ArrowDown, ArrowUp } from "lucide-react";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { DialogShell, NewOrEditButton } from "@/components/forms/dialog-shell";
import { Input } from "@/components/ui/input";
import type { SelectOption } from "@/components/ui/select";
import { Select } from "@/components/ui/select";
import type { LeadRuleItem, LeadRuleOptions } from "@/lib/leads/types";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadLeadRule = () => import("@/lib/leads/schema").then((module) => module.leadRuleSchema);
const loadMoveLeadRule = () => import("@/lib/leads/schema").then((module) => module.moveLeadRuleSchema);
const loadUpdateLeadRule = () => import("@/lib/leads/schema").then((module) => module.updateLeadRuleSchema);

export type RuleDialogProps = {
  tenant: string;
  action: ServerAction;
  options: LeadRuleOptions & { partnerTypes: SelectOption[] };
  /** Edit: the rule as loaded, with its version. A new rule (last in order) otherwise. */
  rule?: LeadRuleItem;
};

/** "New rule" / "Edit": the conditions a partner must meet, its capacity and the time it has to answer. */
export function RuleDialog({ tenant, action, options, rule }: RuleDialogProps) {
  const t = useTranslations("leads.rules");
  return (
    <DialogShell
      trigger={<NewOrEditButton {...(rule ? { editing: rule.name } : {})} editLabel={t("edit")} newLabel={t("newRule")} />}
      title={rule ? t("editTitle", { rule: rule.name }) : t("newTitle")}
      description={t("ruleDescription")}
    >
      <RuleForm tenant={tenant} action={action} options={options} {...(rule ? { rule } : {})} />
    </DialogShell>
  );
}

function RuleForm({ tenant, action, options, rule, onDone }: RuleDialogProps & { onDone?: () => void }) {
  const t = useTranslations("leads.rules");
  const router = useRouter();
  const kit = useActionForm({
    action,
    schema: rule ? loadUpdateLeadRule : loadLeadRule,
    defaultValues: {
      name: rule?.name ?? "",
      territoryId: rule?.territory?.id ?? "",
      minTierId: rule?.minTier?.id ?? "",
      partnerType: rule?.partnerType ?? "",
      capacity: rule?.capacity === null || rule?.capacity === undefined ? "" : String(rule.capacity),
      slaHours: String(rule?.slaHours ?? 48),
      active: rule ? (rule.active ? "true" : "false") : "true",
    },
    hidden: rule ? { tenant, ruleId: rule.id, version: String(rule.version) } : { tenant },
    onSuccess: () => {
      onDone?.();
      router.refresh();
    },
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert />
      <Field name="name" label={t("name")} required>
        <Input maxLength={80} />
      </Field>
      <Field name="territoryId" label={t("territory")} hint={t("territoryHint")} optional>
        <Select options={[{ value: "", label: t("anyTerritory") }, ...options.territories]} />
      </Field>
      <Field name="minTierId" label={t("tier")} hint={t("tierHint")} optional>
        <Select options={[{ value: "", label: t("anyTier") }, ...options.tiers]} />
      </Field>
      <Field name="partnerType" label={t("partnerType")} optional>
        <Select options={[{ value: "", label: t("anyType") }, ...options.partnerTypes]} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="capacity" label={t("capacity")} hint={t("capacityHint")} optional>
          <Input inputMode="numeric" maxLength={5} />
        </Field>
        <Field name="slaHours" label={t("slaHours")} hint={t("slaHint")} required>
          <Input inputMode="numeric" maxLength={3} />
        </Field>
      </div>
      <Field name="active" label={t("active")} required>
        <Select options={[{ value: "true", label: t("activeYes") }, { value: "false", label: t("activeNo") }]} />
      </Field>
      <FormSubmit pendingText={t("saving")}>{rule ? t("save") : t("create")}</FormSubmit>
    </Form>
  );
}

/** "Move up" / "Move down": buttons, so the order changes with the keyboard too. */
export function RuleOrderButton({ tenant, rule, direction, action }: { tenant: string; rule: { id: string; name: string }; direction: "up" | "down"; action: ServerAction }) {
  const t = useTranslations("leads.rules");
  const router = useRouter();
  const kit = useActionForm({ action, schema: loadMoveLeadRule, hidden: { tenant, ruleId: rule.id, direction }, onSuccess: () => router.refresh() });
  const Icon = direction === "up" ? ArrowUp : ArrowDown;
  return (
    <Form kit={kit} className="inline-flex">
      <FormAlert />
      <FormSubmit size="sm" variant="ghost" pendingText={t("saving")}>
        <Icon aria-hidden="true" />
        <span className="sr-only">{t(direction === "up" ? "moveUp" : "moveDown", { rule: rule.name })}</span>
      </FormSubmit>
    </Form>
  );
}
