"use client";

import { EyeOff } from "lucide-react";
import { useTranslations } from "next-intl";
import { Form, FormAlert, FormSubmit, useActionForm } from "@/components/forms";
import type { ServerAction } from "@/lib/http/action-state";

/** "Hide the checklist": puts the setup checklist away for the workspace. */
export function DismissChecklist({ tenant, action }: { tenant: string; action: ServerAction }) {
  const t = useTranslations("setup.dismissal");
  const kit = useActionForm({ action, hidden: { tenant } });
  return (
    <Form kit={kit} className="flex flex-col items-start gap-1 sm:items-end">
      <FormAlert />
      <FormSubmit size="sm" variant="ghost" pendingText={t("pending")} aria-describedby="setup-dismiss-hint">
        <EyeOff aria-hidden="true" />
        {t("action")}
      </FormSubmit>
      <span id="setup-dismiss-hint" className="text-xs text-slate-600">
        {t("hint")}
      </span>
    </Form>
  );
}
