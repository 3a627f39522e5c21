import Link from "@/components/ui/link";
import { useFormatter, useTranslations } from "next-intl";
import { History } from "lucide-react";
import { DataTable, type DataTableState } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { TIER_TRIGGERS } from "@/lib/programs/schema";
import type { TierHistoryItem } from "@/lib/programs/types";

/** Tier history: every change, manual evaluation and override, newest first. */
export function TierHistoryTable({
  rows,
  state,
  basePath,
  partnersPath,
  timeZone,
}: {
  rows: TierHistoryItem[];
  state: DataTableState;
  basePath: string;
  partnersPath: string;
  timeZone: string;
}) {
  const t = useTranslations("programs.history");
  const triggers = useTranslations("programs.triggers");
  const format = useFormatter();
  const none = <span className="text-slate-600">{t("none")}</span>;
  return (
    <DataTable
      label={t("label")}
      state={state}
      exportHref={`${basePath}/export`}
      empty={<EmptyState icon={<History />} title={t("empty")} description={t("emptyHint")} />}
      noMatch={{ title: t("noMatch"), description: t("noMatchHint") }}
      filters={[
        { id: "partner", kind: "chip", label: t("partnerChip"), removeLabel: t("partnerChipRemove") },
        { id: "trigger", kind: "select", label: t("trigger"), allLabel: t("allTriggers"), options: TIER_TRIGGERS.map((value) => ({ value, label: triggers(value) })) },
        { id: "changed", kind: "select", label: t("changed"), allLabel: t("allEntries"), options: [{ value: "yes", label: t("changesOnly") }] },
      ]}
      columns={[
        { id: "date", header: t("date"), sortable: true, className: "whitespace-nowrap" },
        { id: "partner", header: t("partner"), wrap: true, className: "min-w-40" },
        { id: "tier", header: t("tier") },
        { id: "trigger", header: t("trigger") },
        { id: "reason", header: t("reason"), wrap: true, priority: "secondary", className: "min-w-48" },
        { id: "actor", header: t("actor"), priority: "secondary" },
      ]}
      rows={rows.map((entry) => ({
        id: entry.id,
        label: `${entry.partnerName} ${format.dateTime(entry.evaluatedAt, { dateStyle: "medium", timeZone })}`,
        cells: {
          date: <time dateTime={entry.evaluatedAt.toISOString()}>{format.dateTime(entry.evaluatedAt, { dateStyle: "medium", timeStyle: "short", timeZone })}</time>,
          partner: (
            <Link href={`${partnersPath}/${entry.partnerId}`} className="font-medium text-brand-800 underline-offset-4 [overflow-wrap:anywhere] hover:underline">
              {entry.partnerName}
            </Link>
          ),
          tier: entry.changed ? t("fromTo", { from: entry.previousTierName ?? t("none"), to: entry.tierName ?? t("none") }) : (entry.tierName ?? t("none")),
          trigger: triggers(entry.trigger),
          reason: entry.reason ?? none,
          actor: entry.actorName ?? t("system"),
        },
      }))}
    />
  );
}
