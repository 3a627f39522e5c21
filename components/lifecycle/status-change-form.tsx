"use client";

import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { ServerAction } from "@/lib/http/action-state";
import type { PartnerStatusValue } from "@/lib/partners/schema";
import type { PartnerTransition } from "@/lib/partners/types";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadChangePartnerStatus = () => import("@/lib/partners/schema").then((module) => module.changePartnerStatusSchema);

export type StatusChangeFormProps = {
  tenant: string;
  partnerId: string;
  /** the status this page shows: a change made meanwhile elsewhere is refused (STALE_EDIT) */
  from: PartnerStatusValue;
  /** only the transitions the table allows from `from` to this person */
  transitions: PartnerTransition[];
  action: ServerAction;
};

/** "Change status": one of the allowed transitions and the reason, which both sides are told. */
export function StatusChangeForm({ tenant, partnerId, from, transitions, action }: StatusChangeFormProps) {
  const t = useTranslations("lifecycle.change");
  const kit = useActionForm({
    action,
    schema: loadChangePartnerStatus,
    defaultValues: { to: transitions.length === 1 ? transitions[0]!.to : "", reason: "" },
    hidden: { tenant, partnerId, from },
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert success={t("saved")} />
      <Field name="to" label={t("to")} hint={t("toHint")} required>
        <Select
          placeholder={t("toPlaceholder")}
          options={transitions.map((transition) => ({ value: transition.to, label: t(`actions.${transition.action}`) }))}
        />
      </Field>
      <Field name="reason" label={t("reason")} hint={t("reasonHint")} required>
        <Textarea maxLength={1000} rows={3} />
      </Field>
      <FormSubmit pendingText={t("saving")}>{t("submit")}</FormSubmit>
    </Form>
  );
}
