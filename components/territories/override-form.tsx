"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Input } from "@/components/ui/input";
import { Select, type SelectOption } from "@/components/ui/select";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadOverrideTerritory = () => import("@/lib/territories/schema").then((module) => module.overrideTerritorySchema);

/** Choose an account's territory by hand (a reason is required), or hand it back to the rules. */
export function OverrideForm({ tenant, accountId, action, territories, current }: {
  tenant: string;
  accountId: string;
  action: ServerAction;
  territories: SelectOption[];
  current: string | null;
}) {
  const t = useTranslations("territories.override");
  const router = useRouter();
  const kit = useActionForm({
    action,
    schema: loadOverrideTerritory,
    defaultValues: { territoryId: current ?? "", reason: "" },
    hidden: { tenant, accountId },
    onSuccess: () => router.refresh(),
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert success={t("saved")} />
      <Field name="territoryId" label={t("territory")}>
        <Select options={[{ value: "", label: t("byRules") }, ...territories]} />
      </Field>
      <Field name="reason" label={t("reason")} hint={t("reasonHint")}>
        <Input maxLength={500} />
      </Field>
      <FormSubmit pendingText={t("saving")}>{t("save")}</FormSubmit>
    </Form>
  );
}
