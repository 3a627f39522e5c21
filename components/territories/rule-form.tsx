"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { CountryPicker } from "@/components/forms/pickers";
import type { ComboboxOption } from "@/components/ui/combobox";
import { Input } from "@/components/ui/input";
import { Select, type SelectOption } from "@/components/ui/select";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadRule = () => import("@/lib/territories/schema").then((module) => module.ruleSchema);

export type RuleFormProps = {
  tenant: string;
  territoryId: string;
  action: ServerAction;
  countries: ComboboxOption[];
  industries: SelectOption[];
};

/** The rules editor's "add a rule": any criteria (at least one) and a priority. */
export function RuleForm({ tenant, territoryId, action, countries, industries }: RuleFormProps) {
  const t = useTranslations("territories.rules");
  const issues = useTranslations("territories.validation");
  const router = useRouter();
  const kit = useActionForm({
    action,
    issues: { "territories.validation": issues },
    schema: loadRule,
    defaultValues: { country: "", region: "", postalPrefix: "", industry: "", priority: "0" },
    hidden: { tenant, territoryId },
    onSuccess: () => {
      kit.form.reset();
      router.refresh();
    },
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert success={t("added")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="country" label={t("country")} optional>
          {(control) => <CountryPicker {...control} options={countries} noneLabel={t("any")} />}
        </Field>
        <Field name="region" label={t("region")} optional>
          <Input maxLength={80} />
        </Field>
        <Field name="postalPrefix" label={t("postalPrefix")} hint={t("postalPrefixHint")} optional>
          <Input maxLength={10} />
        </Field>
        <Field name="industry" label={t("industry")} optional>
          <Select options={[{ value: "", label: t("any") }, ...industries]} />
        </Field>
        <Field name="priority" label={t("priority")} hint={t("priorityHint")}>
          <Input inputMode="numeric" maxLength={5} className="max-w-32" />
        </Field>
      </div>
      <FormSubmit pendingText={t("adding")}>{t("add")}</FormSubmit>
    </Form>
  );
}
