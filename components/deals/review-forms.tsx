"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadApproveRegistration = () => import("@/lib/deals/schema").then((module) => module.approveRegistrationSchema);
const loadRejectRegistration = () => import("@/lib/deals/schema").then((module) => module.rejectRegistrationSchema);

export type ReviewFormsProps = {
  tenant: string;
  registration: { id: string; version: number };
  /** the tenant's default protection period, prefilled */
  protectionDays: number;
  approve: ServerAction;
  reject: ServerAction;
};

/**
 * Approve with a protection period (the tenant's default, editable) or reject with a
 * reason the partner reads. Whichever is sent first wins; the other, from a stale page,
 * is told to reload (STALE_EDIT).
 */
export function ReviewForms({ tenant, registration, protectionDays, approve, reject }: ReviewFormsProps) {
  const t = useTranslations("deals.review");
  const router = useRouter();
  const hidden = { tenant, registrationId: registration.id, version: String(registration.version) };
  const approveKit = useActionForm({
    action: approve,
    schema: loadApproveRegistration,
    defaultValues: { protectionDays: String(protectionDays), reason: "" },
    hidden,
    onSuccess: () => router.refresh(),
  });
  const rejectKit = useActionForm({
    action: reject,
    schema: loadRejectRegistration,
    defaultValues: { reason: "" },
    hidden,
    onSuccess: () => router.refresh(),
  });
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Form kit={approveKit} className="space-y-4" aria-labelledby="approve-heading">
        <h3 id="approve-heading" className="text-sm font-semibold text-slate-900">
          {t("approveTitle")}
        </h3>
        <FormAlert success={t("approved")} />
        <Field name="protectionDays" label={t("protectionDays")} hint={t("protectionHint")} required>
          <Input inputMode="numeric" maxLength={3} className="max-w-32" />
        </Field>
        <Field name="reason" label={t("note")} optional>
          <Textarea rows={3} maxLength={1000} />
        </Field>
        <FormSubmit pendingText={t("approving")}>{t("approve")}</FormSubmit>
      </Form>
      <Form kit={rejectKit} className="space-y-4" aria-labelledby="reject-heading">
        <h3 id="reject-heading" className="text-sm font-semibold text-slate-900">
          {t("rejectTitle")}
        </h3>
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
