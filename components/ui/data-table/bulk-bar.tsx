"use client";

import { useTranslations } from "next-intl";
import { ConfirmAction } from "@/components/backoffice/confirm-action";
import type { DataTableBulkAction } from "./types";

/** Appears while rows are selected: how many, and the action to run on them. */
export function BulkBar({ bulk, ids, onDone }: { bulk: DataTableBulkAction; ids: string[]; onDone: () => void }) {
  const t = useTranslations("dataTable");
  return (
    <div
      role="region"
      aria-label={t("bulkLabel")}
      className="flex flex-wrap items-center gap-3 rounded-xl border border-brand-200 bg-brand-50 px-4 py-2"
    >
      <p className="mr-auto text-sm font-medium text-brand-900" aria-live="polite">
        {t("selected", { count: ids.length })}
      </p>
      <ConfirmAction
        action={bulk.action}
        fields={{ ...bulk.fields, [bulk.idField]: ids.join(",") }}
        tone="primary"
        triggerIcon={bulk.icon}
        triggerLabel={bulk.label}
        title={bulk.confirmTitle}
        description={bulk.confirmBody}
        confirmLabel={bulk.confirmLabel}
        pendingLabel={bulk.pendingLabel}
        onSuccess={onDone}
      />
    </div>
  );
}
