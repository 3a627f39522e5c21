"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { FileField } from "@/components/forms/file-field";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadProductImage = () => import("@/lib/catalog/schema").then((module) => module.productImageSchema);

export type ProductImageFormProps = {
  tenant: string;
  productId: string;
  action: ServerAction;
  /** The "product.image" purpose's accepted types and size limit. */
  rule: { accept: readonly string[]; maxBytes: number };
};

/** Upload a picture and add it after the product's other pictures. */
export function ProductImageForm({ tenant, productId, action, rule }: ProductImageFormProps) {
  const t = useTranslations("catalog.images");
  const router = useRouter();
  const kit = useActionForm({
    action,
    schema: loadProductImage,
    defaultValues: { fileId: "" },
    hidden: { tenant, productId },
    onSuccess: () => {
      kit.form.reset({ fileId: "" });
      router.refresh();
    },
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert success={t("added")} />
      <Field name="fileId" label={t("file")} hint={t("fileHint")} required>
        {(control) => (
          <FileField
            {...control}
            uploadUrl={`/${tenant}/admin/files`}
            purpose="product.image"
            accept={rule.accept}
            maxBytes={rule.maxBytes}
            imagePreview
          />
        )}
      </Field>
      <FormSubmit pendingText={t("adding")}>{t("add")}</FormSubmit>
    </Form>
  );
}
