import Link from "@/components/ui/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { DataTable, type DataTableFilter, type DataTableState } from "@/components/ui/data-table";
import { money } from "@/components/pricing/money";
import { ORDER_STATUSES, orderNumberText } from "@/lib/orders/schema";
import type { OrderListItem } from "@/lib/orders/types";
import { OrderStatusBadge } from "./status-badge";

export type OrdersTableProps = {
  rows: OrderListItem[];
  state: DataTableState;
  /** `/<tenant>/admin/orders` or `/<tenant>/portal/orders` */
  basePath: string;
  timeZone: string;
  empty: React.ReactNode;
  /** Back office: the partner column and filter, the requested day and backorder filters, the CSV export; carts are never in its queue. */
  vendor?: { partners: { value: string; label: string }[]; exportHref: string };
};

/** Orders: the vendor's queue, or a partner's own orders and carts. */
export function OrdersTable({ rows, state, basePath, timeZone, empty, vendor }: OrdersTableProps) {
  const t = useTranslations("orders.table");
  const queue = useTranslations("orderQueue.table");
  const statuses = useTranslations("orders.status");
  const format = useFormatter();
  const locale = useLocale();
  const offered = vendor ? ORDER_STATUSES.filter((s) => s !== "DRAFT") : ORDER_STATUSES;
  const filters: DataTableFilter[] = [
    { id: "q", kind: "search", label: t("filters.search"), placeholder: t("filters.searchPlaceholder") },
    { id: "status", kind: "select", label: t("filters.status"), allLabel: t("filters.allStatuses"), options: offered.map((value) => ({ value, label: statuses(value) })) },
    ...(vendor
      ? [
          { id: "partner", kind: "select" as const, label: t("filters.partner"), allLabel: t("filters.allPartners"), options: vendor.partners },
          { id: "requestedFrom", kind: "date" as const, label: queue("requestedFrom") },
          { id: "requestedTo", kind: "date" as const, label: queue("requestedTo") },
          { id: "backordered", kind: "select" as const, label: queue("backordered"), allLabel: queue("anyStock"), options: [{ value: "yes", label: queue("backorderedOnly") }] },
        ]
      : []),
  ];
  return (
    <DataTable
      label={t("label")}
      state={state}
      empty={empty}
      noMatch={{ title: t("noMatch.title"), description: t("noMatch.description") }}
      filters={filters}
      {...(vendor ? { exportHref: vendor.exportHref } : {})}
      columns={[
        { id: "number", header: t("number"), sortable: true, className: "whitespace-nowrap" },
        ...(vendor ? [{ id: "partner", header: t("partner"), wrap: true }] : []),
        { id: "status", header: t("status") },
        { id: "total", header: t("total"), align: "right" as const, phoneLabel: true },
        { id: "po", header: t("po"), priority: "secondary" as const, wrap: true },
        ...(vendor ? [{ id: "requested", header: queue("requested"), priority: "secondary" as const, className: "whitespace-nowrap" }] : []),
        { id: "created", header: t("created"), sortable: true, priority: "secondary" as const, className: "whitespace-nowrap" },
      ]}
      rows={rows.map((row) => {
        const name = row.number === null ? t("draft") : orderNumberText(row.number);
        return {
          id: row.id,
          label: name,
          cells: {
            number: (
              <Link href={`${basePath}/${row.id}`} className="rounded font-medium text-brand-800 underline-offset-4 hover:underline">
                {name}
              </Link>
            ),
            partner: row.partner.name,
            status: (
              <span className="flex flex-wrap items-center gap-1">
                <OrderStatusBadge status={row.status} />
                {row.priority && <Badge tone="danger">{t("urgent")}</Badge>}
                {vendor && row.backorderedUnits > 0 && <Badge tone="warning">{queue("waiting", { count: row.backorderedUnits })}</Badge>}
              </span>
            ),
            total: money(row.totalMinor, row.currency, locale),
            po: row.poNumber ?? "—",
            requested: row.requestedDate ? format.dateTime(new Date(`${row.requestedDate}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }) : "—",
            created: <time dateTime={row.createdAt.toISOString()}>{format.dateTime(row.submittedAt ?? row.createdAt, { dateStyle: "medium", timeZone })}</time>,
          },
        };
      })}
    />
  );
}
