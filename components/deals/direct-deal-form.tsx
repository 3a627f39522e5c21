"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Input } from "@/components/ui/input";
import type { ServerAction } from "@/lib/http/action-state";
import { AmountFields, CustomerFields, type CustomerOptions } from "./customer-fields";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadDirectDeal = () => import("@/lib/deals/schema").then((module) => module.directDealSchema);

export type DirectDealFormProps = CustomerOptions & {
  tenant: string;
  action: ServerAction;
  currencies: string[];
  currency: string;
  today: string;
  onDone?: () => void;
};

/** The vendor's own opportunity, without a partner (in ./direct-deal-dialog.tsx). */
export function DirectDealForm({ tenant, action, currencies, currency, today, countries, industries, onDone }: DirectDealFormProps) {
  const t = useTranslations("deals.direct");
  const f = useTranslations("deals.form");
  const router = useRouter();
  const kit = useActionForm({
    action,
    schema: loadDirectDeal,
    defaultValues: { name: "", customerName: "", website: "", taxId: "", country: "", region: "", postalCode: "", industry: "", amount: "", currency, closeOn: "" },
    hidden: { tenant },
    onSuccess: () => {
      onDone?.();
      router.refresh();
    },
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert />
      <Field name="name" label={f("title")} hint={f("titleHint")} required>
        <Input maxLength={160} />
      </Field>
      <CustomerFields countries={countries} industries={industries} />
      <AmountFields currencies={currencies} dateField="closeOn" dateLabel={f("closeOn")} today={today} />
      <FormSubmit pendingText={t("creating")}>{t("create")}</FormSubmit>
    </Form>
  );
}
