"use client";

import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadDecideClaim = () => import("@/lib/coop/schema").then((module) => module.decideClaimSchema);
const loadDecideRequest = () => import("@/lib/coop/schema").then((module) => module.decideRequestSchema);

export type DecisionKind = "approve" | "reject" | "askInfo";

const DECISION = { approve: "APPROVE", reject: "REJECT", askInfo: "ASK_INFO" } as const;

export type DecisionFormProps = {
  tenant: string;
  subject: "claim" | "request";
  target: { id: string; version: number; currency: string };
  kind: DecisionKind;
  /** the full amount (claimed or requested), formatted: approving leaves it empty to approve all of it */
  fullAmount: string;
  action: ServerAction;
};

/**
 * One decision on a request or a claim: approve in full (amount empty) or in part (a smaller
 * amount; the rest of the reservation is released), reject with the reason the partner reads,
 * or — claims — ask for more proof. The version shown travels with it: from a stale page
 * the server answers STALE_EDIT and nothing changes.
 */
export function DecisionForm({ tenant, subject, target, kind, fullAmount, action }: DecisionFormProps) {
  const t = useTranslations("coopAdmin.decide");
  const kit = useActionForm({
    action,
    schema: subject === "claim" ? loadDecideClaim : loadDecideRequest,
    defaultValues: { approved: "", reason: "" },
    hidden: { tenant, [`${subject}Id`]: target.id, version: String(target.version), decision: DECISION[kind] },
    issues: { "coop.validation": useTranslations("coop.validation") },
  });
  const heading = `decide-${kind}`;
  return (
    <Form kit={kit} className="space-y-3" aria-labelledby={heading}>
      <h3 id={heading} className="text-sm font-semibold text-slate-900">
        {t(`${kind}.title`)}
      </h3>
      <FormAlert success={t(`${kind}.done`)} />
      {kind === "approve" && (
        <Field name="approved" label={t("approve.amount", { currency: target.currency })} hint={t("approve.amountHint", { amount: fullAmount })} optional>
          <Input inputMode="decimal" maxLength={20} autoComplete="off" className="max-w-60" />
        </Field>
      )}
      <Field name="reason" label={t(`${kind}.reason`)} {...(kind === "approve" ? { optional: true } : { required: true })}>
        <Textarea rows={2} maxLength={1000} />
      </Field>
      <FormSubmit variant={kind === "approve" ? "primary" : "secondary"} pendingText={t("working")}>
        {t(`${kind}.submit.${subject}`)}
      </FormSubmit>
    </Form>
  );
}
