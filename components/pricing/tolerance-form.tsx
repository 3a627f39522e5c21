"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Input } from "@/components/ui/input";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadPricingSettings = () => import("@/lib/pricing/schema").then((module) => module.pricingSettingsSchema);

/** The guard's tolerance: how far apart one product's prices in different lists may be. */
export function ToleranceForm({ tenant, action, current }: { tenant: string; action: ServerAction; current: { tolerancePercent: string; version: number } }) {
  const t = useTranslations("pricing.settings");
  const router = useRouter();
  const kit = useActionForm({
    action,
    schema: loadPricingSettings,
    defaultValues: { tolerancePercent: current.tolerancePercent },
    hidden: { tenant, version: String(current.version) },
    onSuccess: () => router.refresh(),
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert success={t("saved")} />
      <Field name="tolerancePercent" label={t("tolerance")} hint={t("toleranceHint")} required>
        <Input inputMode="decimal" maxLength={9} className="max-w-40" />
      </Field>
      <FormSubmit pendingText={t("saving")}>{t("save")}</FormSubmit>
    </Form>
  );
}
