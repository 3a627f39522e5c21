"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Input } from "@/components/ui/input";
import type { DealSettingsItem } from "@/lib/deals/types";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadDealSettings = () => import("@/lib/deals/schema").then((module) => module.dealSettingsSchema);

/** The tenant's registration rules: protection on approval, the reminder before it ends, the longest extension. */
export function RulesForm({ tenant, settings, action }: { tenant: string; settings: DealSettingsItem; action: ServerAction }) {
  const t = useTranslations("deals.settings");
  const router = useRouter();
  const kit = useActionForm({
    action,
    schema: loadDealSettings,
    defaultValues: {
      protectionDays: String(settings.protectionDays),
      reminderDays: String(settings.reminderDays),
      maxExtensionDays: String(settings.maxExtensionDays),
    },
    hidden: { tenant, version: String(settings.version) },
    onSuccess: () => router.refresh(),
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert success={t("rulesSaved")} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field name="protectionDays" label={t("protectionDays")} hint={t("protectionDaysHint")} required>
          <Input inputMode="numeric" maxLength={3} />
        </Field>
        <Field name="reminderDays" label={t("reminderDays")} hint={t("reminderDaysHint")} required>
          <Input inputMode="numeric" maxLength={2} />
        </Field>
        <Field name="maxExtensionDays" label={t("maxExtensionDays")} hint={t("maxExtensionDaysHint")} required>
          <Input inputMode="numeric" maxLength={3} />
        </Field>
      </div>
      <FormSubmit pendingText={t("saving")}>{t("saveRules")}</FormSubmit>
    </Form>
  );
}
