"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Textarea } from "@/components/ui/textarea";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadArchivePriceList = () => import("@/lib/pricing/schema").then((module) => module.archivePriceListSchema);

/** Withdraw a list (reason required): it stops applying at once; its versions are kept. */
export function ArchiveForm({ tenant, listId, version, action }: { tenant: string; listId: string; version: number; action: ServerAction }) {
  const t = useTranslations("pricing.archive");
  const router = useRouter();
  const kit = useActionForm({
    action,
    schema: loadArchivePriceList,
    defaultValues: { reason: "" },
    hidden: { tenant, listId, version: String(version) },
    onSuccess: () => router.refresh(),
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert success={t("archived")} />
      <Field name="reason" label={t("reason")} required>
        <Textarea maxLength={1000} rows={2} />
      </Field>
      <FormSubmit pendingText={t("archiving")} variant="danger">
        {t("submit")}
      </FormSubmit>
    </Form>
  );
}
