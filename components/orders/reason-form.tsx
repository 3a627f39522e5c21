"use client";

import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Textarea } from "@/components/ui/textarea";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadDecision = () => import("@/lib/orders/schema").then((module) => module.decisionSchema);

export type DecisionKind = "approve" | "reject" | "hold" | "release" | "cancel" | "cancelBackorder";

/**
 * One back-office decision on an order, with its reason: required to reject, hold, cancel
 * and cancel a backorder (the partner reads it), a note otherwise. From a stale page the server answers
 * STALE_EDIT and nothing changes.
 */
export function DecisionForm({ tenant, order, kind, action, required }: { tenant: string; order: { id: string; version: number }; kind: DecisionKind; action: ServerAction; required: boolean }) {
  const t = useTranslations("orders.decide");
  const kit = useActionForm({
    action,
    schema: loadDecision,
    defaultValues: { reason: "" },
    hidden: { tenant, orderId: order.id, version: String(order.version) },
  });
  return (
    <Form kit={kit} className="space-y-3" aria-labelledby={`${kind}-heading`}>
      <h3 id={`${kind}-heading`} className="text-sm font-semibold text-slate-900">
        {t(`${kind}.title`)}
      </h3>
      <FormAlert success={t(`${kind}.done`)} />
      <Field name="reason" label={required ? t("reason") : t("note")} {...(required ? { required: true } : { optional: true })}>
        <Textarea rows={2} maxLength={1000} />
      </Field>
      <FormSubmit variant={kind === "approve" || kind === "release" ? "primary" : "secondary"} pendingText={t("working")}>
        {t(`${kind}.submit`)}
      </FormSubmit>
    </Form>
  );
}
