import Link from "@/components/ui/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { money } from "@/components/pricing/money";
import { DataTable, type DataTableState } from "@/components/ui/data-table";
import { localName } from "@/lib/catalog/names";
import type { SavedConfigurationItem } from "@/lib/configurator/types";

/** A partner's saved configurations: name, product, units, price when saved. */
export function SavedConfigurationsTable({ rows, state, basePath, timeZone, empty }: { rows: SavedConfigurationItem[]; state: DataTableState; basePath: string; timeZone: string; empty: React.ReactNode }) {
  const t = useTranslations("configurator.saved");
  const locale = useLocale();
  const format = useFormatter();
  return (
    <DataTable
      label={t("label")}
      state={state}
      empty={empty}
      noMatch={{ title: t("noMatch.title"), description: t("noMatch.description") }}
      filters={[{ id: "q", kind: "search", label: t("search"), placeholder: t("searchPlaceholder") }]}
      columns={[
        { id: "name", header: t("name"), sortable: true, wrap: true, className: "min-w-48" },
        { id: "product", header: t("product"), wrap: true },
        { id: "total", header: t("total"), sortable: true, className: "whitespace-nowrap" },
        { id: "created", header: t("created"), sortable: true, priority: "secondary" as const },
      ]}
      rows={rows.map((item) => ({
        id: item.id,
        label: item.name,
        cells: {
          name: (
            <Link href={`${basePath}/${item.id}`} className="rounded font-medium text-brand-800 underline-offset-4 [overflow-wrap:anywhere] hover:underline">
              {item.name}
            </Link>
          ),
          product: (
            <span>
              {localName(item.product, locale)} <span className="font-mono text-xs">{item.product.sku}</span>
            </span>
          ),
          total: (
            <span className="tabular-nums">
              {t("totalCell", { total: money(item.totalMinor, item.currency, locale), quantity: item.quantity })}
            </span>
          ),
          created: format.dateTime(item.createdAt, { dateStyle: "medium", timeZone }),
        },
      }))}
    />
  );
}
