"use client";

import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Input } from "@/components/ui/input";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadCoopSettings = () => import("@/lib/coop/schema").then((module) => module.coopSettingsSchema);

export type CoopSettingsValues = { requestSlaHours: number; claimSlaHours: number; version: number };

/**
 * The review targets of the co-op queues, in whole hours (1–720): checked here with the
 * server's own schema (lib/coop/schema.ts coopSettingsSchema, loaded on first use), then again by the service.
 * The version shown travels with it: after another person's save the server answers STALE_EDIT.
 */
export function CoopSettingsForm({ tenant, values, action }: { tenant: string; values: CoopSettingsValues; action: ServerAction }) {
  const t = useTranslations("coopAdmin.settings");
  const kit = useActionForm({
    action,
    schema: loadCoopSettings,
    defaultValues: { requestSlaHours: String(values.requestSlaHours), claimSlaHours: String(values.claimSlaHours) },
    hidden: { tenant, version: String(values.version) },
    issues: { "coop.validation": useTranslations("coop.validation") },
  });
  return (
    <Form kit={kit} className="space-y-4" aria-label={t("formTitle")}>
      <FormAlert success={t("saved")} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field name="requestSlaHours" label={t("requestSlaHours")} hint={t("requestSlaHoursHint")} required>
          <Input inputMode="numeric" maxLength={3} autoComplete="off" className="max-w-40" />
        </Field>
        <Field name="claimSlaHours" label={t("claimSlaHours")} hint={t("claimSlaHoursHint")} required>
          <Input inputMode="numeric" maxLength={3} autoComplete="off" className="max-w-40" />
        </Field>
      </div>
      <FormSubmit pendingText={t("saving")}>{t("save")}</FormSubmit>
    </Form>
  );
}
