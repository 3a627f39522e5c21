"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Input } from "@/components/ui/input";
import { toDecimalString } from "@/lib/money";
import type { ServerAction } from "@/lib/http/action-state";
import { AmountFields } from "./customer-fields";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadUpdateOpportunity = () => import("@/lib/deals/schema").then((module) => module.updateOpportunitySchema);

export type OpportunityFormProps = {
  tenant: string;
  action: ServerAction;
  deal: { id: string; version: number; name: string; amountMinor: bigint; currency: string; closeOn: string };
  currencies: string[];
  today: string;
};

/** An open deal's name, amount and close date; another tab's save first means STALE_EDIT. */
export function OpportunityForm({ tenant, action, deal, currencies, today }: OpportunityFormProps) {
  const t = useTranslations("deals.opportunity");
  const f = useTranslations("deals.form");
  const router = useRouter();
  const kit = useActionForm({
    action,
    schema: loadUpdateOpportunity,
    defaultValues: { name: deal.name, amount: toDecimalString(deal.amountMinor, deal.currency), currency: deal.currency, closeOn: deal.closeOn },
    hidden: { tenant, opportunityId: deal.id, version: String(deal.version) },
    onSuccess: () => router.refresh(),
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert success={t("saved")} />
      <Field name="name" label={f("title")} required>
        <Input maxLength={160} />
      </Field>
      <AmountFields currencies={currencies} dateField="closeOn" dateLabel={f("closeOn")} today={today} />
      <FormSubmit pendingText={t("saving")}>{t("save")}</FormSubmit>
    </Form>
  );
}
