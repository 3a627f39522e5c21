import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { DataTable, type DataTableFilter, type DataTableState } from "@/components/ui/data-table";
import { PRICE_LIST_STATUSES, PRICE_LIST_TARGETS } from "@/lib/pricing/schema";
import type { PriceListItem } from "@/lib/pricing/types";
import { PriceListStatusBadge, TargetText } from "./price-list-badges";

/** The price lists: whom each is for, currency, validity, status and published version. */
export function PriceListsTable({ rows, state, basePath, empty }: { rows: PriceListItem[]; state: DataTableState; basePath: string; empty: React.ReactNode }) {
  const t = useTranslations("pricing");
  const filters: DataTableFilter[] = [
    { id: "q", kind: "search", label: t("filters.search"), placeholder: t("filters.searchPlaceholder") },
    { id: "status", kind: "select", label: t("filters.status"), allLabel: t("filters.allStatuses"), options: PRICE_LIST_STATUSES.map((value) => ({ value, label: t(`status.${value}`) })) },
    { id: "target", kind: "select", label: t("filters.target"), allLabel: t("filters.allTargets"), options: PRICE_LIST_TARGETS.map((value) => ({ value, label: t(`form.targets.${value}`) })) },
  ];
  return (
    <DataTable
      label={t("table.label")}
      state={state}
      empty={empty}
      noMatch={{ title: t("noMatch.title"), description: t("noMatch.description") }}
      filters={filters}
      columns={[
        { id: "name", header: t("table.name"), sortable: true, className: "min-w-48" },
        { id: "target", header: t("table.target"), wrap: true },
        { id: "status", header: t("table.status") },
        { id: "currency", header: t("table.currency") },
        { id: "validity", header: t("table.validity"), priority: "secondary" as const, className: "whitespace-nowrap" },
        { id: "prices", header: t("table.prices"), priority: "secondary" as const, phoneLabel: true },
        { id: "version", header: t("table.version"), priority: "secondary" as const, phoneLabel: true },
      ]}
      rows={rows.map((list) => ({
        id: list.id,
        label: list.name,
        cells: {
          name: (
            <Link href={`${basePath}/${list.id}`} className="rounded font-medium text-brand-800 underline-offset-4 [overflow-wrap:anywhere] hover:underline">
              {list.name}
            </Link>
          ),
          target: <TargetText list={list} />,
          status: <PriceListStatusBadge status={list.status} />,
          currency: <span className="font-mono">{list.currency}</span>,
          validity: list.validUntil ? t("table.between", { from: list.validFrom, until: list.validUntil }) : t("table.from", { from: list.validFrom }),
          prices: list.entries,
          version: list.publishedNumber ? t("table.versionNumber", { number: list.publishedNumber }) : t("table.never"),
        },
      }))}
    />
  );
}
