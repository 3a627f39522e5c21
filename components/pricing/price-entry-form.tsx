"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { ServerAction } from "@/lib/http/action-state";
import type { PriceMethodInput } from "@/lib/pricing/schema";
import { PRICE_METHODS } from "@/lib/pricing/constants";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadPriceEntry = () => import("@/lib/pricing/schema").then((module) => module.priceEntrySchema);

export type PriceEntryFormProps = {
  tenant: string;
  listId: string;
  /** the working copy's version as loaded (STALE_EDIT when another tab changed it) */
  version: number;
  currency: string;
  /** a base list holds absolute prices only */
  base: boolean;
  action: ServerAction;
};

/** Sets a product's price from a quantity on: a new break, or a new value for an existing one. */
export function PriceEntryForm({ tenant, listId, version, currency, base, action }: PriceEntryFormProps) {
  const t = useTranslations("pricing.entry");
  const router = useRouter();
  const methods: readonly PriceMethodInput[] = base ? ["PRICE"] : PRICE_METHODS;
  const kit = useActionForm({
    action,
    schema: loadPriceEntry,
    defaultValues: { sku: "", minQuantity: "1", method: "PRICE", value: "" },
    hidden: { tenant, listId, version: String(version) },
    onSuccess: () => router.refresh(),
  });
  const method = kit.form.watch("method") as PriceMethodInput;
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert success={t("saved")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="sku" label={t("sku")} hint={t("skuHint")} required>
          <Input maxLength={40} autoCapitalize="characters" spellCheck={false} className="font-mono uppercase" />
        </Field>
        <Field name="minQuantity" label={t("minQuantity")} hint={t("minQuantityHint")} required>
          <Input inputMode="numeric" maxLength={10} />
        </Field>
        <Field name="method" label={t("method")} required>
          <Select options={methods.map((value) => ({ value, label: t(`methods.${value}`) }))} />
        </Field>
        <Field name="value" label={t(`value.${method}`, { currency })} hint={t(`valueHint.${method}`)} required>
          <Input inputMode="decimal" maxLength={24} />
        </Field>
      </div>
      <FormSubmit pendingText={t("saving")}>{t("save")}</FormSubmit>
    </Form>
  );
}
