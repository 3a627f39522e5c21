import Link from "@/components/ui/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { DataTable, type DataTableFilter, type DataTableState } from "@/components/ui/data-table";
import { localName } from "@/lib/catalog/names";
import { PRODUCT_STATUSES } from "@/lib/catalog/schema";
import type { BrandItem, FamilyItem, ProductListItem } from "@/lib/catalog/types";
import { ProductStatusBadge } from "./product-status-badge";

export type ProductsTableProps = {
  rows: ProductListItem[];
  state: DataTableState;
  basePath: string;
  timeZone: string;
  empty: React.ReactNode;
  brands: BrandItem[];
  families: FamilyItem[];
  /** Back office: status column and filter, CSV export; the portal lists active products only. */
  vendor?: boolean;
};

/** The catalog: the back office's every product, or a partner's active ones. */
export function ProductsTable({ rows, state, basePath, timeZone, empty, brands, families, vendor }: ProductsTableProps) {
  const t = useTranslations("catalog");
  const statuses = useTranslations("catalog.status");
  const units = useTranslations("catalog.units");
  const locale = useLocale();
  const format = useFormatter();
  const missing = (text: string) => <span className="text-slate-600">{text}</span>;
  const filters: DataTableFilter[] = [
    { id: "q", kind: "search", label: t("filters.search"), placeholder: t("filters.searchPlaceholder") },
    ...(vendor
      ? ([
          {
            id: "status",
            kind: "select",
            label: t("filters.status"),
            allLabel: t("filters.allStatuses"),
            options: PRODUCT_STATUSES.map((value) => ({ value, label: statuses(value) })),
          },
        ] satisfies DataTableFilter[])
      : []),
    {
      id: "brand",
      kind: "select",
      label: t("filters.brand"),
      allLabel: t("filters.allBrands"),
      options: brands.map((brand) => ({ value: brand.id, label: brand.name })),
    },
    {
      id: "family",
      kind: "select",
      label: t("filters.family"),
      allLabel: t("filters.allFamilies"),
      options: families.map((family) => ({ value: family.id, label: localName(family, locale) })),
    },
  ];
  return (
    <DataTable
      label={t("table.label")}
      state={state}
      {...(vendor ? { exportHref: `${basePath}/export` } : {})}
      empty={empty}
      noMatch={{ title: t("noMatch.title"), description: t("noMatch.description") }}
      filters={filters}
      columns={[
        { id: "name", header: t("table.name"), sortable: true, className: "min-w-48" },
        { id: "sku", header: t("table.sku"), sortable: true, className: "whitespace-nowrap" },
        ...(vendor ? [{ id: "status", header: t("table.status") }] : []),
        { id: "brand", header: t("table.brand") },
        { id: "family", header: t("table.family"), priority: "secondary" as const },
        { id: "unit", header: t("table.unit"), priority: "secondary" as const },
        ...(vendor
          ? [{ id: "created", header: t("table.created"), sortable: true, priority: "secondary" as const, className: "whitespace-nowrap" }]
          : []),
      ]}
      rows={rows.map((product) => ({
        id: product.id,
        label: localName(product, locale),
        cells: {
          name: (
            <Link
              href={`${basePath}/${product.id}`}
              className="rounded font-medium text-brand-800 underline-offset-4 [overflow-wrap:anywhere] hover:underline"
            >
              {localName(product, locale)}
            </Link>
          ),
          sku: <span className="font-mono text-xs">{product.sku}</span>,
          status: <ProductStatusBadge status={product.status} />,
          brand: product.brand?.name ?? missing(t("table.none")),
          family: product.family ? localName(product.family, locale) : missing(t("table.none")),
          unit: product.packSize > 1 ? t("table.pack", { unit: units(product.unit), size: product.packSize }) : units(product.unit),
          created: (
            <time dateTime={product.createdAt.toISOString()}>
              {format.dateTime(product.createdAt, { dateStyle: "medium", timeZone })}
            </time>
          ),
        },
      }))}
    />
  );
}
