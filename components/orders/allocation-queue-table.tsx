import Link from "@/components/ui/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { DataTable, type DataTableState } from "@/components/ui/data-table";
import { money } from "@/components/pricing/money";
import { orderNumberText } from "@/lib/orders/schema";
import type { AllocationQueueItem } from "@/lib/orders/types";
import { PriorityExplanation } from "./priority-explanation";
import { OrderStatusBadge } from "./status-badge";

/** The allocation queue: orders waiting for stock, highest score first, each score explained. */
export function AllocationQueueTable({
  rows,
  state,
  basePath,
  partners,
  empty,
}: {
  rows: AllocationQueueItem[];
  state: DataTableState;
  /** `/<tenant>/admin/orders` */
  basePath: string;
  partners: { value: string; label: string }[];
  empty: React.ReactNode;
}) {
  const t = useTranslations("fulfilment.queue");
  const format = useFormatter();
  const locale = useLocale();
  return (
    <DataTable
      label={t("label")}
      state={state}
      empty={empty}
      noMatch={{ title: t("noMatch.title"), description: t("noMatch.description") }}
      filters={[{ id: "partner", kind: "select", label: t("partnerFilter"), allLabel: t("allPartners"), options: partners }]}
      columns={[
        { id: "number", header: t("order"), className: "whitespace-nowrap" },
        { id: "score", header: t("score"), sortable: true, wrap: true },
        { id: "partner", header: t("partner"), wrap: true },
        { id: "status", header: t("status") },
        { id: "backordered", header: t("backordered"), align: "right" as const, phoneLabel: true },
        { id: "requested", header: t("requested"), priority: "secondary" as const, className: "whitespace-nowrap" },
        { id: "total", header: t("total"), align: "right" as const, priority: "secondary" as const },
      ]}
      rows={rows.map((row) => {
        const name = orderNumberText(row.number);
        return {
          id: row.id,
          label: name,
          cells: {
            number: (
              <Link href={`${basePath}/${row.id}`} className="rounded font-medium text-brand-800 underline-offset-4 hover:underline">
                {name}
              </Link>
            ),
            score: (
              <details className="min-w-0" data-queue-score={row.score}>
                <summary className="cursor-pointer rounded font-semibold text-slate-900 tabular-nums">{t("why", { score: row.score })}</summary>
                <div className="mt-2 max-w-md">
                  <PriorityExplanation score={row.score} terms={row.terms} />
                </div>
              </details>
            ),
            partner: row.partner.name,
            status: (
              <span className="flex flex-wrap items-center gap-1">
                <OrderStatusBadge status={row.status} />
                {row.priority && <Badge tone="danger">{t("urgent")}</Badge>}
              </span>
            ),
            backordered: t("backorderedUnits", { count: row.backorderedUnits }),
            requested: row.requestedDate ? format.dateTime(new Date(`${row.requestedDate}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }) : t("noRequested"),
            total: money(row.totalMinor, row.currency, locale),
          },
        };
      })}
    />
  );
}
