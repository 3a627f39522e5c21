"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadDecideExtension = () => import("@/lib/deals/schema").then((module) => module.decideExtensionSchema);
const loadRequestExtension = () => import("@/lib/deals/schema").then((module) => module.requestExtensionSchema);

/** The partner asks for more protection: days (up to the tenant's maximum) and why. */
export function RequestExtensionForm({ tenant, registrationId, maxDays, action }: { tenant: string; registrationId: string; maxDays: number; action: ServerAction }) {
  const t = useTranslations("deals.extensions");
  const router = useRouter();
  const kit = useActionForm({
    action,
    schema: loadRequestExtension,
    defaultValues: { days: "30", reason: "" },
    hidden: { tenant, registrationId },
    onSuccess: () => router.refresh(),
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert success={t("requested")} />
      <Field name="days" label={t("days")} hint={t("daysHint", { max: maxDays })} required>
        <Input inputMode="numeric" maxLength={3} className="max-w-32" />
      </Field>
      <Field name="reason" label={t("reason")} hint={t("reasonHint")} required>
        <Textarea rows={3} maxLength={1000} />
      </Field>
      <FormSubmit pendingText={t("requesting")}>{t("request")}</FormSubmit>
    </Form>
  );
}

/** The vendor answers a request: approve, or reject with a reason the partner reads. */
export function DecideExtensionForm({ tenant, extensionId, action }: { tenant: string; extensionId: string; action: ServerAction }) {
  const t = useTranslations("deals.extensions");
  const router = useRouter();
  const kit = useActionForm({
    action,
    schema: loadDecideExtension,
    defaultValues: { decision: "", reason: "" },
    hidden: { tenant, extensionId },
    onSuccess: () => router.refresh(),
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert />
      <Field name="decision" label={t("decision")} required>
        <Select
          placeholder={t("decisionPlaceholder")}
          options={[
            { value: "APPROVED", label: t("approve") },
            { value: "REJECTED", label: t("reject") },
          ]}
        />
      </Field>
      <Field name="reason" label={t("decisionReason")} hint={t("decisionReasonHint")} optional>
        <Textarea rows={2} maxLength={1000} />
      </Field>
      <FormSubmit pendingText={t("deciding")}>{t("decide")}</FormSubmit>
    </Form>
  );
}
