import Link from "@/components/ui/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { formatAmount } from "@/components/deals/format";
import { DataTable, type DataTableFilter, type DataTableState } from "@/components/ui/data-table";
import { LEAD_SOURCES, LEAD_STATUSES } from "@/lib/leads/schema";
import type { LeadListItem } from "@/lib/leads/types";
import { LeadStatusBadge } from "./badges";

export type LeadsTableProps = {
  rows: LeadListItem[];
  state: DataTableState;
  /** `/<tenant>/admin/leads` or `/<tenant>/portal/leads` */
  basePath: string;
  timeZone: string;
  empty: React.ReactNode;
  /** Back office: the partner column, and status/source/partner filters. */
  vendor?: { partners: { value: string; label: string }[] };
};

/** Leads: every lead for the vendor, or a partner's accepted and converted ones. */
export function LeadsTable({ rows, state, basePath, timeZone, empty, vendor }: LeadsTableProps) {
  const t = useTranslations("leads.list");
  const statuses = useTranslations("enums.leadStatus");
  const sources = useTranslations("enums.leadSource");
  const format = useFormatter();
  const locale = useLocale();
  const statusOptions = vendor ? LEAD_STATUSES : (["ACCEPTED", "CONVERTED"] as const);
  const filters: DataTableFilter[] = [
    { id: "q", kind: "search", label: t("filters.search"), placeholder: t("filters.searchPlaceholder") },
    { id: "status", kind: "select", label: t("filters.status"), allLabel: t("filters.allStatuses"), options: statusOptions.map((value) => ({ value, label: statuses(value) })) },
    ...(vendor
      ? [
          { id: "source", kind: "select" as const, label: t("filters.source"), allLabel: t("filters.allSources"), options: LEAD_SOURCES.map((value) => ({ value, label: sources(value) })) },
          { id: "partner", kind: "select" as const, label: t("filters.partner"), allLabel: t("filters.allPartners"), options: vendor.partners },
        ]
      : []),
  ];
  return (
    <DataTable
      label={t("table.label")}
      state={state}
      empty={empty}
      noMatch={{ title: t("noMatch.title"), description: t("noMatch.description") }}
      filters={filters}
      columns={[
        { id: "company", header: t("table.company"), sortable: true, className: "min-w-48", wrap: true },
        ...(vendor ? [{ id: "partner", header: t("table.partner"), wrap: true }] : []),
        { id: "status", header: t("table.status") },
        { id: "value", header: t("table.value"), align: "right" as const, phoneLabel: true },
        { id: "territory", header: t("table.territory"), priority: "secondary" as const, wrap: true },
        { id: "source", header: t("table.source"), priority: "secondary" as const },
        { id: "created", header: t("table.created"), sortable: true, priority: "secondary" as const, className: "whitespace-nowrap" },
      ]}
      rows={rows.map((row) => ({
        id: row.id,
        label: row.company,
        cells: {
          company: (
            <span className="grid gap-1">
              <Link href={`${basePath}/${row.id}`} className="rounded font-medium text-brand-800 underline-offset-4 [overflow-wrap:anywhere] hover:underline">
                {row.company}
              </Link>
              <span className="text-sm text-slate-600 [overflow-wrap:anywhere]">{row.contactName}</span>
            </span>
          ),
          partner: row.partner?.name ?? t("table.nobody"),
          status: <LeadStatusBadge status={row.status} />,
          value: row.valueMinor === null ? "—" : formatAmount(row.valueMinor, row.currency, locale),
          territory: row.territoryPath ?? "—",
          source: sources(row.source),
          created: <time dateTime={row.createdAt.toISOString()}>{format.dateTime(row.createdAt, { dateStyle: "medium", timeZone })}</time>,
        },
      }))}
    />
  );
}
