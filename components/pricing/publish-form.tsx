"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Textarea } from "@/components/ui/textarea";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadPublishPriceList = () => import("@/lib/pricing/schema").then((module) => module.publishPriceListSchema);

export type PublishFormProps = {
  tenant: string;
  listId: string;
  version: number;
  action: ServerAction;
  /** the price check found problems and this person may publish anyway (pricing.override) */
  override: boolean;
};

/** Publish the working copy: blocked by the price check unless a tenant admin gives a reason. */
export function PublishForm({ tenant, listId, version, action, override }: PublishFormProps) {
  const t = useTranslations("pricing.publish");
  const router = useRouter();
  const kit = useActionForm({
    action,
    schema: loadPublishPriceList,
    defaultValues: { overrideReason: "" },
    hidden: { tenant, listId, version: String(version) },
    onSuccess: () => router.refresh(),
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert success={t("published")} />
      {override && (
        <Field name="overrideReason" label={t("overrideReason")} hint={t("overrideHint")} optional>
          <Textarea maxLength={1000} rows={2} />
        </Field>
      )}
      <FormSubmit pendingText={t("publishing")}>{t("submit")}</FormSubmit>
    </Form>
  );
}
