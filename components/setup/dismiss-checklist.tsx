"use client";

import { EyeOff } from "lucide-react";
import { useTranslations } from "next-intl";
import { ActionButtonForm } from "@/components/forms/action-button-form";
import type { ServerAction } from "@/lib/http/action-state";

/** "Hide the checklist": puts the setup checklist away for the workspace. */
export function DismissChecklist({ tenant, action }: { tenant: string; action: ServerAction }) {
  const t = useTranslations("setup.dismissal");
  return (
    <ActionButtonForm
      action={action}
      fields={{ tenant }}
      formClassName="flex flex-col items-start gap-1 sm:items-end"
      size="sm"
      variant="ghost"
      pendingText={t("pending")}
      aria-describedby="setup-dismiss-hint"
      after={
        <span id="setup-dismiss-hint" className="text-xs text-slate-600">
          {t("hint")}
        </span>
      }
    >
      <EyeOff aria-hidden="true" />
      {t("action")}
    </ActionButtonForm>
  );
}
