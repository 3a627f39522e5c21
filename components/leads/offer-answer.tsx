"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Textarea } from "@/components/ui/textarea";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadDeclineLead = () => import("@/lib/leads/schema").then((module) => module.declineLeadSchema);
const loadLeadId = () => import("@/lib/leads/schema").then((module) => module.leadIdSchema);

/**
 * The partner's answer to an offer: accept, or decline with a reason the vendor reads (the
 * lead then goes to another partner). Either is refused once the deadline has passed.
 */
export function OfferAnswer({ tenant, leadId, accept, decline }: { tenant: string; leadId: string; accept: ServerAction; decline: ServerAction }) {
  const t = useTranslations("leads.answer");
  const router = useRouter();
  const hidden = { tenant, leadId };
  const acceptKit = useActionForm({ action: accept, schema: loadLeadId, defaultValues: {}, hidden, onSuccess: () => router.refresh() });
  const declineKit = useActionForm({ action: decline, schema: loadDeclineLead, defaultValues: { reason: "" }, hidden, onSuccess: () => router.refresh() });
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Form kit={acceptKit} className="space-y-4" aria-labelledby="accept-heading">
        <h3 id="accept-heading" className="text-sm font-semibold text-slate-900">
          {t("acceptTitle")}
        </h3>
        <p className="text-sm text-slate-700">{t("acceptHint")}</p>
        <FormAlert success={t("accepted")} />
        <FormSubmit pendingText={t("accepting")}>{t("accept")}</FormSubmit>
      </Form>
      <Form kit={declineKit} className="space-y-4" aria-labelledby="decline-heading">
        <h3 id="decline-heading" className="text-sm font-semibold text-slate-900">
          {t("declineTitle")}
        </h3>
        <FormAlert success={t("declined")} />
        <Field name="reason" label={t("reason")} hint={t("reasonHint")} required>
          <Textarea rows={3} maxLength={1000} />
        </Field>
        <FormSubmit variant="secondary" pendingText={t("declining")}>
          {t("decline")}
        </FormSubmit>
      </Form>
    </div>
  );
}
