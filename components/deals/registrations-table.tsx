import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { DataTable, type DataTableFilter, type DataTableState } from "@/components/ui/data-table";
import { REGISTRATION_STATUSES } from "@/lib/deals/schema";
import type { RegistrationListItem } from "@/lib/deals/types";
import { RegistrationStatusBadge } from "./badges";
import { CustomerCell } from "./customer-cell";
import { formatAmount, formatDay } from "./format";

export type RegistrationsTableProps = {
  rows: RegistrationListItem[];
  state: DataTableState;
  /** `/<tenant>/admin/deals` or `/<tenant>/portal/deals` */
  basePath: string;
  timeZone: string;
  empty: React.ReactNode;
  /** Back office: the partner column and filter, and the evidence count. */
  vendor?: { partners: { value: string; label: string }[] };
};

/** Deal registrations: the vendor's review queue, or a partner's own list. */
export function RegistrationsTable({ rows, state, basePath, timeZone, empty, vendor }: RegistrationsTableProps) {
  const t = useTranslations("deals.registrations");
  const statuses = useTranslations("enums.registrationStatus");
  const format = useFormatter();
  const locale = useLocale();
  const filters: DataTableFilter[] = [
    { id: "q", kind: "search", label: t("filters.search"), placeholder: t("filters.searchPlaceholder") },
    { id: "status", kind: "select", label: t("filters.status"), allLabel: t("filters.allStatuses"), options: REGISTRATION_STATUSES.map((value) => ({ value, label: statuses(value) })) },
    ...(vendor ? [{ id: "partner", kind: "select" as const, label: t("filters.partner"), allLabel: t("filters.allPartners"), options: vendor.partners }] : []),
  ];
  return (
    <DataTable
      label={t("table.label")}
      state={state}
      empty={empty}
      noMatch={{ title: t("noMatch.title"), description: t("noMatch.description") }}
      filters={filters}
      columns={[
        { id: "customer", header: t("table.customer"), className: "min-w-48", wrap: true },
        ...(vendor ? [{ id: "partner", header: t("table.partner"), wrap: true }] : []),
        { id: "status", header: t("table.status") },
        { id: "amount", header: t("table.amount"), align: "right" as const, phoneLabel: true },
        { id: "close", header: t("table.close"), priority: "secondary" as const, className: "whitespace-nowrap" },
        { id: "protection", header: t("table.protection"), priority: "secondary" as const, className: "whitespace-nowrap" },
        { id: "created", header: t("table.created"), sortable: true, priority: "secondary" as const, className: "whitespace-nowrap" },
      ]}
      rows={rows.map((row) => ({
        id: row.id,
        label: row.customerName,
        cells: {
          customer: <CustomerCell href={`${basePath}/registrations/${row.id}`} customerName={row.customerName} detail={row.title} />,
          partner: row.partner.name,
          status: (
            <span className="flex flex-wrap items-center gap-1">
              <RegistrationStatusBadge status={row.status} />
              {vendor && row.evidence > 0 && <Badge tone="danger">{t("table.evidence", { count: row.evidence })}</Badge>}
            </span>
          ),
          amount: formatAmount(row.amountMinor, row.currency, locale),
          close: formatDay(format, row.expectedCloseOn),
          protection: row.protectedUntil ? t("table.until", { day: formatDay(format, row.protectedUntil) }) : "—",
          created: <time dateTime={row.createdAt.toISOString()}>{format.dateTime(row.createdAt, { dateStyle: "medium", timeZone })}</time>,
        },
      }))}
    />
  );
}
