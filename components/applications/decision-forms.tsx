"use client";

import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Select, type SelectOption } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadApproveApplication = () => import("@/lib/applications/schema").then((module) => module.approveApplicationSchema);
const loadRejectApplication = () => import("@/lib/applications/schema").then((module) => module.rejectApplicationSchema);

export type DecisionFormsProps = {
  tenant: string;
  applicationId: string;
  approve: ServerAction;
  reject: ServerAction;
  /** With partnerPrograms.manage: the programs the new partner may be enrolled in at once. */
  programs?: SelectOption[];
};

/**
 * Approve (an optional note for the applicant) or reject (a reason, required): whichever is
 * sent first wins, the other answers that the application was decided meanwhile.
 */
export function DecisionForms({ tenant, applicationId, approve, reject, programs }: DecisionFormsProps) {
  const t = useTranslations("applications.decide");
  const approveKit = useActionForm({
    action: approve,
    schema: loadApproveApplication,
    defaultValues: { reason: "", programId: "" },
    hidden: { tenant, applicationId },
  });
  const rejectKit = useActionForm({
    action: reject,
    schema: loadRejectApplication,
    defaultValues: { reason: "" },
    hidden: { tenant, applicationId },
  });
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Form kit={approveKit} className="space-y-4" aria-labelledby="approve-heading">
        <h3 id="approve-heading" className="text-sm font-semibold text-slate-900">
          {t("approveTitle")}
        </h3>
        <p className="text-sm text-slate-600">{t("approveHint")}</p>
        <FormAlert success={t("approved")} />
        <Field name="reason" label={t("note")} hint={t("noteHint")} optional>
          <Textarea rows={3} maxLength={1000} />
        </Field>
        {programs && programs.length > 0 && (
          <Field name="programId" label={t("program")} hint={t("programHint")} optional>
            <Select options={[{ value: "", label: t("noProgram") }, ...programs]} />
          </Field>
        )}
        <FormSubmit pendingText={t("approving")}>{t("approve")}</FormSubmit>
      </Form>
      <Form kit={rejectKit} className="space-y-4" aria-labelledby="reject-heading">
        <h3 id="reject-heading" className="text-sm font-semibold text-slate-900">
          {t("rejectTitle")}
        </h3>
        <p className="text-sm text-slate-600">{t("rejectHint")}</p>
        <FormAlert success={t("rejected")} />
        <Field name="reason" label={t("reason")} hint={t("reasonHint")} required>
          <Textarea rows={3} maxLength={1000} />
        </Field>
        <FormSubmit variant="secondary" pendingText={t("rejecting")}>
          {t("reject")}
        </FormSubmit>
      </Form>
    </div>
  );
}
