"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm, useRegister } from "@/components/forms";
import { Input } from "@/components/ui/input";
import { Select, type SelectOption } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { MAX_PACK_SIZE, PRODUCT_UNITS } from "@/lib/catalog/constants";
import type { ProductDetail } from "@/lib/catalog/types";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadCreateProduct = () => import("@/lib/catalog/schema").then((module) => module.createProductSchema);
const loadUpdateProduct = () => import("@/lib/catalog/schema").then((module) => module.updateProductSchema);

export type ProductFormProps = {
  tenant: string;
  action: ServerAction;
  brands: SelectOption[];
  families: SelectOption[];
  /** Edit: the product as loaded, with its version. */
  product?: ProductDetail;
  onDone?: () => void;
};

/** New product or edit of one: SKU, names and descriptions in both languages, brand, family, unit, flags. */
export function ProductForm({ tenant, action, brands, families, product, onDone }: ProductFormProps) {
  const t = useTranslations("catalog.form");
  const units = useTranslations("catalog.units");
  const router = useRouter();
  const kit = useActionForm({
    action,
    schema: product ? loadUpdateProduct : loadCreateProduct,
    defaultValues: {
      sku: product?.sku ?? "",
      nameEn: product?.nameEn ?? "",
      nameEs: product?.nameEs ?? "",
      descriptionEn: product?.descriptionEn ?? "",
      descriptionEs: product?.descriptionEs ?? "",
      brandId: product?.brand?.id ?? "",
      familyId: product?.family?.id ?? "",
      unit: product?.unit ?? "EACH",
      packSize: String(product?.packSize ?? 1),
      serialTracked: product?.serialTracked ?? false,
      configurable: product?.configurable ?? false,
    },
    hidden: product ? { tenant, productId: product.id, version: String(product.version) } : { tenant },
    onSuccess: () => {
      onDone?.();
      router.refresh();
    },
  });
  const register = useRegister(kit.form);
  const flag = (name: "serialTracked" | "configurable") => (
    <label className="flex items-start gap-3 text-sm">
      <input type="checkbox" {...register(name, { type: "checkbox" })} aria-describedby={`${name}-hint`} className="mt-0.5 size-4 shrink-0 accent-brand-700" />
      <span>
        <span className="block font-medium text-slate-900">{t(name)}</span>
        <span id={`${name}-hint`} className="block text-slate-600">
          {t(`${name}Hint`)}
        </span>
      </span>
    </label>
  );
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert success={product ? t("saved") : undefined} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="sku" label={t("sku")} hint={t("skuHint")} required>
          <Input maxLength={40} autoCapitalize="characters" spellCheck={false} className="font-mono" />
        </Field>
        <Field name="unit" label={t("unit")} required>
          <Select options={PRODUCT_UNITS.map((value) => ({ value, label: units(value) }))} />
        </Field>
        <Field name="nameEn" label={t("nameEn")} required>
          <Input maxLength={160} lang="en" />
        </Field>
        <Field name="nameEs" label={t("nameEs")} required>
          <Input maxLength={160} lang="es" />
        </Field>
        <Field name="descriptionEn" label={t("descriptionEn")} optional>
          <Textarea maxLength={4000} rows={3} lang="en" />
        </Field>
        <Field name="descriptionEs" label={t("descriptionEs")} optional>
          <Textarea maxLength={4000} rows={3} lang="es" />
        </Field>
        <Field name="brandId" label={t("brand")} optional>
          <Select options={[{ value: "", label: t("noBrand") }, ...brands]} />
        </Field>
        <Field name="familyId" label={t("family")} optional>
          <Select options={[{ value: "", label: t("noFamily") }, ...families]} />
        </Field>
        <Field name="packSize" label={t("packSize")} hint={t("packSizeHint")} required>
          <Input inputMode="numeric" maxLength={String(MAX_PACK_SIZE).length} />
        </Field>
      </div>
      <fieldset className="space-y-3">
        <legend className="sr-only">{t("flags")}</legend>
        {flag("serialTracked")}
        {flag("configurable")}
      </fieldset>
      <FormSubmit pendingText={t("saving")}>{product ? t("save") : t("create")}</FormSubmit>
    </Form>
  );
}
