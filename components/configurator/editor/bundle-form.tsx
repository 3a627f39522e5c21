"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Input } from "@/components/ui/input";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadBundleItem = () => import("@/lib/configurator/schema").then((module) => module.bundleItemSchema);

/** Adds a catalog product (by SKU) with its quantity per bundle. */
export function BundleForm({ tenant, productId, version, action }: { tenant: string; productId: string; version: number; action: ServerAction }) {
  const t = useTranslations("configurator.editor");
  const router = useRouter();
  const kit = useActionForm({
    action,
    schema: loadBundleItem,
    defaultValues: { sku: "", quantity: "1" },
    hidden: { tenant, productId, version: String(version) },
    onSuccess: () => router.refresh(),
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert success={t("bundleAdded")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="sku" label={t("sku")} required>
          <Input maxLength={40} autoCapitalize="characters" spellCheck={false} className="font-mono uppercase" />
        </Field>
        <Field name="quantity" label={t("bundleQuantity")} required>
          <Input inputMode="numeric" maxLength={5} />
        </Field>
      </div>
      <FormSubmit pendingText={t("saving")}>{t("addBundleItem")}</FormSubmit>
    </Form>
  );
}
