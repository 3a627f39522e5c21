"use client";

import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { ServerAction } from "@/lib/http/action-state";
import type { ProductStatusValue } from "@/lib/catalog/schema";
import type { ProductTransition } from "@/lib/catalog/types";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadChangeProductStatus = () => import("@/lib/catalog/schema").then((module) => module.changeProductStatusSchema);

export type ProductStatusFormProps = {
  tenant: string;
  productId: string;
  /** the status this page shows: a change made meanwhile elsewhere is refused (STALE_EDIT) */
  from: ProductStatusValue;
  transitions: ProductTransition[];
  action: ServerAction;
};

/** Activate, discontinue (with a reason) or reactivate a product. */
export function ProductStatusForm({ tenant, productId, from, transitions, action }: ProductStatusFormProps) {
  const t = useTranslations("catalog.lifecycle");
  const kit = useActionForm({
    action,
    schema: loadChangeProductStatus,
    defaultValues: { to: transitions.length === 1 ? transitions[0]!.to : "", reason: "" },
    hidden: { tenant, productId, from },
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert success={t("saved")} />
      <Field name="to" label={t("to")} required>
        <Select
          placeholder={t("toPlaceholder")}
          options={transitions.map((transition) => ({ value: transition.to, label: t(`actions.${transition.action}`) }))}
        />
      </Field>
      <Field name="reason" label={t("reason")} hint={t("reasonHint")}>
        <Textarea maxLength={1000} rows={2} />
      </Field>
      <FormSubmit pendingText={t("saving")}>{t("submit")}</FormSubmit>
    </Form>
  );
}
