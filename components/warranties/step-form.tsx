"use client";

import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadClaimReason = () => import("@/lib/warranties/schema").then((module) => module.claimReasonSchema);
const loadClaimStep = () => import("@/lib/warranties/schema").then((module) => module.claimStepSchema);
const loadCredit = () => import("@/lib/warranties/schema").then((module) => module.creditSchema);
const loadIssueRma = () => import("@/lib/warranties/schema").then((module) => module.issueRmaSchema);
const loadReplace = () => import("@/lib/warranties/schema").then((module) => module.replaceSchema);

export type StepKind = "approve" | "reject" | "askInfo" | "answer" | "issueRma" | "receive" | "repair" | "replace" | "credit" | "close";

const SCHEMAS = {
  approve: loadClaimStep,
  receive: loadClaimStep,
  repair: loadClaimStep,
  close: loadClaimStep,
  reject: loadClaimReason,
  askInfo: loadClaimReason,
  answer: loadClaimReason,
  issueRma: loadIssueRma,
  replace: loadReplace,
  credit: loadCredit,
} as const;

const REQUIRED_REASON: ReadonlySet<StepKind> = new Set(["reject", "askInfo", "answer"]);

/**
 * One step of a claim, as the transition table offers it to this person: its own fields (RMA
 * instructions, the replacement's serial, the credit amount) and a reason — required to reject,
 * ask and answer (the other side reads it), a note otherwise. From a stale page the server
 * answers STALE_EDIT and nothing changes.
 */
export function StepForm({ tenant, claim, kind, action }: { tenant: string; claim: { id: string; version: number }; kind: StepKind; action: ServerAction }) {
  const t = useTranslations("warranties.steps");
  const kit = useActionForm({
    action,
    schema: SCHEMAS[kind],
    defaultValues: { reason: "", returnInstructions: "", replacementSerial: "", amount: "" },
    hidden: { tenant, claimId: claim.id, version: String(claim.version) },
    issues: { "warranties.validation": useTranslations("warranties.validation") },
  });
  const required = REQUIRED_REASON.has(kind);
  const reasonLabel = kind === "askInfo" || kind === "answer" ? t(`${kind}.reason`) : required ? t("reason") : t("note");
  return (
    <Form kit={kit} className="space-y-3" aria-labelledby={`step-${kind}`}>
      <h3 id={`step-${kind}`} className="text-sm font-semibold text-slate-900">
        {t(`${kind}.title`)}
      </h3>
      <FormAlert success={t(`${kind}.done`)} />
      {kind === "issueRma" && (
        <Field name="returnInstructions" label={t("issueRma.instructions")} required>
          <Textarea rows={3} maxLength={4000} />
        </Field>
      )}
      {kind === "replace" && (
        <Field name="replacementSerial" label={t("replace.serial")} required>
          <Input maxLength={100} autoComplete="off" />
        </Field>
      )}
      {kind === "credit" && (
        <Field name="amount" label={t("credit.amount")} hint={t("credit.amountHint")} required>
          <Input inputMode="decimal" maxLength={30} autoComplete="off" />
        </Field>
      )}
      {kind !== "issueRma" && (
        <Field name="reason" label={reasonLabel} {...(required ? { required: true } : { optional: true })}>
          <Textarea rows={2} maxLength={2000} />
        </Field>
      )}
      <FormSubmit variant={kind === "reject" ? "secondary" : "primary"} pendingText={t("working")}>
        {t(`${kind}.submit`)}
      </FormSubmit>
    </Form>
  );
}
