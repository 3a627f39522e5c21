import { useFormatter, useLocale, useTranslations } from "next-intl";
import { DataTable, type DataTableFilter, type DataTableState } from "@/components/ui/data-table";
import { OPPORTUNITY_STATUSES } from "@/lib/deals/schema";
import type { OpportunityListItem } from "@/lib/deals/types";
import { OpportunityStatusBadge } from "./badges";
import { CustomerCell } from "./customer-cell";
import { formatAmount, formatDay } from "./format";

type Option = { value: string; label: string };

export type OpportunitiesTableProps = {
  rows: OpportunityListItem[];
  state: DataTableState;
  basePath: string;
  empty: React.ReactNode;
  stages: Option[];
  /** Back office: partner, territory and rep columns and filters. */
  vendor?: { partners: Option[]; territories: Option[]; reps: Option[] };
};

/** The pipeline as a table: every deal with its stage, value and close date (both sides). */
export function OpportunitiesTable({ rows, state, basePath, empty, stages, vendor }: OpportunitiesTableProps) {
  const t = useTranslations("deals.opportunities");
  const f = useTranslations("deals.filters");
  const statuses = useTranslations("enums.opportunityStatus");
  const format = useFormatter();
  const locale = useLocale();
  const filters: DataTableFilter[] = [
    { id: "q", kind: "search", label: t("filters.search"), placeholder: t("filters.searchPlaceholder") },
    { id: "status", kind: "select", label: t("filters.status"), allLabel: t("filters.allStatuses"), options: OPPORTUNITY_STATUSES.map((value) => ({ value, label: statuses(value) })) },
    { id: "stage", kind: "select", label: t("filters.stage"), allLabel: t("filters.allStages"), options: stages },
    ...(vendor
      ? [
          { id: "partner", kind: "select" as const, label: f("partner"), allLabel: f("allPartners"), options: [{ value: "direct", label: f("direct") }, ...vendor.partners] },
          { id: "territory", kind: "select" as const, label: f("territory"), allLabel: f("allTerritories"), options: vendor.territories },
          { id: "rep", kind: "select" as const, label: f("rep"), allLabel: f("allReps"), options: vendor.reps },
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
        { id: "customer", header: t("table.customer"), className: "min-w-48", wrap: true },
        { id: "stage", header: t("table.stage") },
        { id: "amount", header: t("table.amount"), sortable: true, align: "right" as const, phoneLabel: true },
        { id: "close", header: t("table.close"), sortable: true, className: "whitespace-nowrap" },
        ...(vendor
          ? [
              { id: "partner", header: t("table.partner"), wrap: true, priority: "secondary" as const },
              { id: "rep", header: t("table.rep"), priority: "secondary" as const },
            ]
          : []),
        { id: "created", header: t("table.created"), sortable: true, priority: "secondary" as const, className: "whitespace-nowrap" },
      ]}
      rows={rows.map((row) => ({
        id: row.id,
        label: row.customerName,
        cells: {
          customer: <CustomerCell href={`${basePath}/opportunities/${row.id}`} customerName={row.customerName} detail={row.name} />,
          stage: (
            <span className="flex flex-wrap items-center gap-1">
              {row.stage.name}
              {row.status !== "OPEN" && <OpportunityStatusBadge status={row.status} />}
            </span>
          ),
          amount: formatAmount(row.amountMinor, row.currency, locale),
          close: formatDay(format, row.closeOn),
          partner: row.partner?.name ?? t("table.direct"),
          rep: row.rep?.name ?? "—",
          created: <time dateTime={row.createdAt.toISOString()}>{format.dateTime(row.createdAt, { dateStyle: "medium" })}</time>,
        },
      }))}
    />
  );
}
