"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import { Textarea } from "@/components/ui/textarea";
import type { ServerAction } from "@/lib/http/action-state";

/** zod and the schemas load with the form's first use, not with the page (components/forms/resolver.ts). */
const loadWithdrawRegistration = () => import("@/lib/deals/schema").then((module) => module.withdrawRegistrationSchema);

/** The partner takes back a registration that still waits for review. */
export function WithdrawForm({ tenant, registration, action }: { tenant: string; registration: { id: string; version: number }; action: ServerAction }) {
  const t = useTranslations("deals.withdraw");
  const router = useRouter();
  const kit = useActionForm({
    action,
    schema: loadWithdrawRegistration,
    defaultValues: { reason: "" },
    hidden: { tenant, registrationId: registration.id, version: String(registration.version) },
    onSuccess: () => router.refresh(),
  });
  return (
    <Form kit={kit} className="space-y-4">
      <FormAlert />
      <Field name="reason" label={t("reason")} optional>
        <Textarea rows={2} maxLength={1000} />
      </Field>
      <FormSubmit variant="secondary" pendingText={t("withdrawing")}>
        {t("submit")}
      </FormSubmit>
    </Form>
  );
}
