"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Input } from "@/components/ui/input";
import { Select, type SelectOption } from "@/components/ui/select";
import { RULE_KINDS } from "@/lib/configurator/model";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadRule = () => import("@/lib/configurator/schema").then((module) => module.ruleSchema);

export type RuleFormProps = { tenant: string; productId: string; version: number; options: SelectOption[]; action: ServerAction };

/** Adds a rule: "if this option is chosen then that one is required / excluded / at least n / at most n". */
export function RuleForm({ tenant, productId, version, options, action }: RuleFormProps) {
  const t = useTranslations("configurator.editor");
  const router = useRouter();
  const kit = useActionForm({
    action,
    schema: loadRule,
    defaultValues: { kind: "REQUIRES", optionId: "", targetOptionId: "", quantity: "" },
    hidden: { tenant, productId, version: String(version) },
    onSuccess: () => router.refresh(),
  });
  return (
    <Form kit={kit} className="space-y-4" data-rule-form="">
      <FormAlert success={t("ruleAdded")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="optionId" label={t("ruleIf")} required>
          <Select placeholder={t("chooseOption")} options={options} />
        </Field>
        <Field name="kind" label={t("ruleKind")} required>
          <Select options={RULE_KINDS.map((kind) => ({ value: kind, label: t(`ruleKinds.${kind}`) }))} />
        </Field>
        <Field name="targetOptionId" label={t("ruleThen")} required>
          <Select placeholder={t("chooseOption")} options={options} />
        </Field>
        <Field name="quantity" label={t("ruleQuantity")} hint={t("ruleQuantityHint")} optional>
          <Input inputMode="numeric" maxLength={5} />
        </Field>
      </div>
      <FormSubmit pendingText={t("saving")}>{t("addRule")}</FormSubmit>
    </Form>
  );
}
