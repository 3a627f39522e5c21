"use client";

import { useTranslations } from "next-intl";
import { RefreshCw } from "lucide-react";
import { ConfirmAction } from "@/components/backoffice/confirm-action";
import type { ServerAction } from "@/lib/http/action-state";

/** "Apply the rules to every account": moves accounts placed by rules, never ones chosen by hand. */
export function RerunRules({ tenant, action }: { tenant: string; action: ServerAction }) {
  const t = useTranslations("territories.rerun");
  return (
    <ConfirmAction
      action={action}
      fields={{ tenant }}
      triggerLabel={t("trigger")}
      triggerIcon={<RefreshCw aria-hidden="true" />}
      triggerSize="md"
      title={t("title")}
      description={t("body")}
      confirmLabel={t("confirm")}
      pendingLabel={t("pending")}
      tone="primary"
    />
  );
}
