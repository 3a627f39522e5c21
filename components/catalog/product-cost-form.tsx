"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Input } from "@/components/ui/input";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadProductCost = () => import("@/lib/catalog/schema").then((module) => module.productCostSchema);

export type ProductCostFormProps = {
  tenant: string;
  productId: string;
  action: ServerAction;
  /** the currency offered first (the workspace's) */
  currency: string;
};

/** Cost and floor price in one currency; both empty removes that currency's line. */
export function ProductCostForm({ tenant, productId, action, currency }: ProductCostFormProps) {
  const t = useTranslations("catalog.costs");
  const router = useRouter();
  const kit = useActionForm({
    action,
    schema: loadProductCost,
    defaultValues: { currency, cost: "", floor: "" },
    hidden: { tenant, productId },
    onSuccess: () => router.refresh(),
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert success={t("saved")} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field name="currency" label={t("currency")} required>
          <Input maxLength={3} autoCapitalize="characters" spellCheck={false} className="uppercase" />
        </Field>
        <Field name="cost" label={t("cost")} optional>
          <Input inputMode="decimal" maxLength={20} placeholder="0.00" />
        </Field>
        <Field name="floor" label={t("floor")} optional>
          <Input inputMode="decimal" maxLength={20} placeholder="0.00" />
        </Field>
      </div>
      <p className="text-sm text-slate-600">{t("hint")}</p>
      <FormSubmit pendingText={t("saving")}>{t("save")}</FormSubmit>
    </Form>
  );
}
