import Link from "@/components/ui/link";
import { useLocale, useTranslations } from "next-intl";
import { DataTable, type DataTableFilter, type DataTableState } from "@/components/ui/data-table";
import { formatDay } from "@/lib/warranties/explain";
import type { UnitRow } from "@/lib/warranties/list";

export type UnitsTableProps = {
  rows: UnitRow[];
  state: DataTableState;
  /** where a unit's serial leads: the coverage lookup (back office) or the unit's page (portal) */
  hrefOf: (row: UnitRow) => string;
  empty: React.ReactNode;
  /** Back office: the partner column and filter. */
  vendor?: { partners: { value: string; label: string }[] };
};

/** Serialised units with their registration: the vendor's over every partner, a partner's own. */
export function UnitsTable({ rows, state, hrefOf, empty, vendor }: UnitsTableProps) {
  const t = useTranslations("warranties.table");
  const locale = useLocale();
  const filters: DataTableFilter[] = [
    { id: "q", kind: "search", label: t("filters.serial"), placeholder: t("filters.serialPlaceholder") },
    { id: "registered", kind: "select", label: t("filters.registered"), allLabel: t("filters.any"), options: [{ value: "yes", label: t("filters.yes") }, { value: "no", label: t("filters.no") }] },
    ...(vendor ? [{ id: "partner", kind: "select" as const, label: t("filters.partner"), allLabel: t("filters.allPartners"), options: vendor.partners }] : []),
  ];
  return (
    <DataTable
      label={t("unitsLabel")}
      state={state}
      empty={empty}
      noMatch={{ title: t("noMatch.title"), description: t("noMatch.description") }}
      filters={filters}
      columns={[
        { id: "serial", header: t("serial"), sortable: true, className: "whitespace-nowrap" },
        { id: "product", header: t("product"), wrap: true },
        ...(vendor ? [{ id: "partner", header: t("partner"), wrap: true }] : []),
        { id: "registration", header: t("registration"), wrap: true },
        { id: "shipped", header: t("shipped"), priority: "secondary" as const, className: "whitespace-nowrap" },
        { id: "source", header: t("source"), priority: "secondary" as const },
      ]}
      rows={rows.map((row) => ({
        id: row.id,
        label: row.serial,
        cells: {
          serial: (
            <Link href={hrefOf(row)} className="rounded font-medium text-brand-800 underline-offset-4 hover:underline">
              {row.serial}
            </Link>
          ),
          product: `${row.sku} · ${locale === "es" ? row.productNameEs : row.productNameEn}`,
          partner: row.partner.name,
          registration: row.registeredOn ? t("registeredTo", { customer: row.endCustomerName ?? "", day: formatDay(row.registeredOn, locale) }) : t("notRegistered"),
          shipped: formatDay(row.shippedOn, locale),
          source: t(`sources.${row.source}`),
        },
      }))}
    />
  );
}
