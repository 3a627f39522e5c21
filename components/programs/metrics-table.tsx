import Link from "@/components/ui/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { ChartLine } from "lucide-react";
import { ConfirmAction } from "@/components/backoffice/confirm-action";
import { DataTable, type DataTableState } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import type { ServerAction } from "@/lib/http/action-state";
import { PROGRAM_METRICS } from "@/lib/programs/metric-names";
import type { RecordedMetricItem } from "@/lib/programs/types";
import { metricValue } from "./metric-format";

/** Metric values the vendor recorded (the tier rules' inputs until orders and deals land). */
export function MetricsTable({
  rows,
  state,
  basePath,
  partnersPath,
  tenant,
  remove,
}: {
  rows: RecordedMetricItem[];
  state: DataTableState;
  basePath: string;
  partnersPath: string;
  tenant: string;
  /** with metrics.record: delete a mistaken value */
  remove?: ServerAction;
}) {
  const t = useTranslations("programs.metrics");
  const format = useFormatter();
  const locale = useLocale();
  const day = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <DataTable
      label={t("label")}
      state={state}
      exportHref={`${basePath}/export`}
      empty={<EmptyState icon={<ChartLine />} title={t("empty")} description={t("emptyHint")} />}
      noMatch={{ title: t("noMatch"), description: t("noMatchHint") }}
      filters={[
        { id: "partner", kind: "chip", label: t("partnerChip"), removeLabel: t("partnerChipRemove") },
        { id: "metric", kind: "select", label: t("metric"), allLabel: t("allMetrics"), options: PROGRAM_METRICS.map((value) => ({ value, label: t(value) })) },
      ]}
      columns={[
        { id: "partner", header: t("partner"), wrap: true, className: "min-w-40" },
        { id: "metric", header: t("metric") },
        { id: "value", header: t("value"), align: "right" },
        { id: "periodEnd", header: t("period"), sortable: true, className: "whitespace-nowrap" },
        { id: "note", header: t("note"), wrap: true, priority: "secondary" },
        { id: "recorded", header: t("recorded"), sortable: true, priority: "secondary", className: "whitespace-nowrap" },
        ...(remove ? [{ id: "actions", header: t("actions"), hideable: false, priority: "secondary" as const }] : []),
      ]}
      rows={rows.map((row) => ({
        id: row.id,
        label: `${row.partnerName} ${t(row.metric)}`,
        cells: {
          partner: (
            <Link href={`${partnersPath}/${row.partnerId}`} className="font-medium text-brand-800 underline-offset-4 [overflow-wrap:anywhere] hover:underline">
              {row.partnerName}
            </Link>
          ),
          metric: t(row.metric),
          value: metricValue(row.metric, row.value, row.currency ?? "USD", locale),
          periodEnd: `${day(row.periodStart)} – ${day(row.periodEnd)}`,
          note: row.note ?? "",
          recorded: (
            <>
              <time dateTime={row.createdAt.toISOString()}>{format.dateTime(row.createdAt, { dateStyle: "medium" })}</time>
              {row.recordedByName && <span className="block text-xs text-slate-600">{row.recordedByName}</span>}
            </>
          ),
          ...(remove
            ? {
                actions: (
                  <ConfirmAction
                    action={remove}
                    fields={{ tenant, metricId: row.id }}
                    triggerLabel={t("delete")}
                    triggerContext={`${row.partnerName} ${t(row.metric)}`}
                    triggerVariant="ghost"
                    title={t("deleteTitle")}
                    description={t("deleteDescription")}
                    confirmLabel={t("delete")}
                    pendingLabel={t("deleting")}
                  />
                ),
              }
            : {}),
        },
      }))}
    />
  );
}
