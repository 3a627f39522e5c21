"use client";

import { useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, FieldArray, Form, FormAlert, FormSubmit, useActionForm, useRegister } from "@/components/forms";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import type { ServerAction } from "@/lib/http/action-state";
import { MAX_ORDER_LINES } from "@/lib/orders/constants";
import { ProductPicker } from "./product-picker";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadDraftForm = () => import("@/lib/orders/schema").then((module) => module.draftFormSchema);

export type DraftValues = {
  poNumber: string;
  requestedDate: string;
  priority: boolean;
  notes: string;
  shipTo: { name: string; line1: string; line2: string; city: string; region: string; postalCode: string; country: string };
  lines: { productId: string; quantity: string; requestedUnitPrice: string }[];
};

export type DraftFormProps = {
  tenant: string;
  action: ServerAction;
  /** absent: a new cart */
  draft?: { id: string; version: number };
  values: DraftValues;
  /** the products already on the cart (the picker names them before any search) */
  products: { id: string; sku: string; name: string }[];
  /** the picker's search (`/<tenant>/portal/orders/products`) */
  searchPath: string;
  currency: string;
  today: string;
};

/**
 * The cart: products and quantities (a requested unit price makes a special order), PO
 * number, requested day, ship-to and notes. Saving prices every line on the server; the
 * page then shows each line's price with its explanation and the next break.
 */
export function DraftForm({ tenant, action, draft, values, products, searchPath, currency, today }: DraftFormProps) {
  const t = useTranslations("orders.cart");
  const issues = useTranslations("orders.validation");
  const router = useRouter();
  const kit = useActionForm({
    action,
    schema: loadDraftForm,
    defaultValues: values,
    hidden: draft ? { tenant, orderId: draft.id, version: String(draft.version) } : { tenant },
    issues: { "orders.validation": issues },
    onSuccess: () => router.refresh(),
  });
  const register = useRegister(kit.form);
  // A save or a SKU list added elsewhere on the page gives the cart a new version: the form
  // shows the cart as saved (its lines as the server kept them), never an older copy.
  const latest = useRef(values);
  useEffect(() => {
    latest.current = values;
  });
  const { reset } = kit.form;
  useEffect(() => {
    reset(latest.current);
  }, [draft?.version, reset]);
  const known = new Map(products.map((p) => [p.id, `${p.sku} · ${p.name}`]));
  return (
    <Form kit={kit} className="space-y-6">
      <FormAlert success={draft ? t("saved") : undefined} />
      <FieldArray
        name="lines"
        legend={t("lines")}
        newRow={() => ({ productId: "", quantity: "1", requestedUnitPrice: "" })}
        rowLabel={(index) => t("line", { number: index + 1 })}
        addLabel={t("addLine")}
        removeLabel={(index) => t("removeLine", { number: index + 1 })}
        announce={{ added: (index) => t("lineAdded", { number: index + 1 }), removed: (index) => t("lineRemoved", { number: index + 1 }) }}
        max={MAX_ORDER_LINES}
      >
        {({ name }) => (
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-[minmax(0,1fr)_7rem_9rem]">
            <Field name={name("productId")} label={t("product")} required>
              {(control) => <ProductPicker {...control} endpoint={searchPath} currency={currency} known={known} />}
            </Field>
            <Field name={name("quantity")} label={t("quantity")} required>
              <Input inputMode="numeric" maxLength={7} />
            </Field>
            <Field name={name("requestedUnitPrice")} label={t("requestedPrice", { currency })} hint={t("requestedPriceHint")} optional>
              <Input inputMode="decimal" maxLength={30} />
            </Field>
          </div>
        )}
      </FieldArray>
      <section aria-labelledby="order-header" className="space-y-4">
        <h2 id="order-header" className="text-lg font-semibold text-slate-900">
          {t("headerSection")}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="poNumber" label={t("poNumber")} optional>
            <Input maxLength={64} autoComplete="off" />
          </Field>
          <Field name="requestedDate" label={t("requestedDate")} optional>
            <Input type="date" min={today} />
          </Field>
        </div>
        <label className="flex items-start gap-3 text-sm">
          <input type="checkbox" {...register("priority", { type: "checkbox" })} className="mt-0.5 size-4 shrink-0 accent-brand-700" />
          <span className="font-medium text-slate-900">{t("priority")}</span>
        </label>
        <Field name="notes" label={t("notes")} optional>
          <Textarea rows={2} maxLength={2000} />
        </Field>
      </section>
      <section aria-labelledby="ship-to" className="space-y-4">
        <h2 id="ship-to" className="text-lg font-semibold text-slate-900">
          {t("shipToSection")}
        </h2>
        <p className="text-sm text-slate-700">{t("shipToHint")}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="shipTo.name" label={t("shipTo.name")}>
            <Input maxLength={200} autoComplete="organization" />
          </Field>
          <Field name="shipTo.line1" label={t("shipTo.line1")}>
            <Input maxLength={200} autoComplete="address-line1" />
          </Field>
          <Field name="shipTo.line2" label={t("shipTo.line2")} optional>
            <Input maxLength={200} autoComplete="address-line2" />
          </Field>
          <Field name="shipTo.city" label={t("shipTo.city")}>
            <Input maxLength={100} autoComplete="address-level2" />
          </Field>
          <Field name="shipTo.region" label={t("shipTo.region")} optional>
            <Input maxLength={100} autoComplete="address-level1" />
          </Field>
          <Field name="shipTo.postalCode" label={t("shipTo.postalCode")} optional>
            <Input maxLength={20} autoComplete="postal-code" />
          </Field>
          <Field name="shipTo.country" label={t("shipTo.country")} hint={t("shipTo.countryHint")}>
            <Input maxLength={2} autoComplete="country" className="max-w-24 uppercase" />
          </Field>
        </div>
      </section>
      <FormSubmit pendingText={t("saving")}>{draft ? t("save") : t("create")}</FormSubmit>
    </Form>
  );
}
