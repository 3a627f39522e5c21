"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Textarea } from "@/components/ui/textarea";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadLeadVersion = () => import("@/lib/leads/schema").then((module) => module.leadVersionSchema);
const loadLoseLead = () => import("@/lib/leads/schema").then((module) => module.loseLeadSchema);

type Props = { tenant: string; lead: { id: string; version: number }; action: ServerAction };

const hiddenOf = ({ tenant, lead }: Props) => ({ tenant, leadId: lead.id, version: String(lead.version) });

/**
 * The vendor offers a lead again that nobody holds (after changing the rules or the
 * partners). Carries the lead's version: a page left open while the lead moved on is told to reload.
 */
export function DistributeLeadForm(props: Props) {
  const t = useTranslations("leads.actions");
  const router = useRouter();
  const kit = useActionForm({ action: props.action, schema: loadLeadVersion, defaultValues: {}, hidden: hiddenOf(props), onSuccess: () => router.refresh() });
  return (
    <Form kit={kit} className="space-y-4" aria-labelledby="distribute-heading">
      <h3 id="distribute-heading" className="text-sm font-semibold text-slate-900">
        {t("distributeTitle")}
      </h3>
      <p className="text-sm text-slate-700">{t("distributeHint")}</p>
      <FormAlert success={t("distributed")} />
      <FormSubmit pendingText={t("distributing")}>{t("distribute")}</FormSubmit>
    </Form>
  );
}

/** The vendor closes a lead as lost, with a reason (an open offer is withdrawn). */
export function LoseLeadForm(props: Props) {
  const t = useTranslations("leads.actions");
  const router = useRouter();
  const kit = useActionForm({ action: props.action, schema: loadLoseLead, defaultValues: { reason: "" }, hidden: hiddenOf(props), onSuccess: () => router.refresh() });
  return (
    <Form kit={kit} className="space-y-4" aria-labelledby="lose-heading">
      <h3 id="lose-heading" className="text-sm font-semibold text-slate-900">
        {t("loseTitle")}
      </h3>
      <FormAlert success={t("lost")} />
      <Field name="reason" label={t("reason")} required>
        <Textarea rows={3} maxLength={1000} />
      </Field>
      <FormSubmit variant="secondary" pendingText={t("losing")}>
        {t("lose")}
      </FormSubmit>
    </Form>
  );
}
