import Link from "@/components/ui/link";
import { useLocale, useTranslations } from "next-intl";
import { DataTable, type DataTableState } from "@/components/ui/data-table";
import { localName } from "@/lib/catalog/names";
import type { EffectivePriceItem } from "@/lib/pricing/types";
import { money } from "./money";

/** The breaks of one product: "from 1: $45.00 · from 100: $42.50". */
export function BreaksText({ item }: { item: Pick<EffectivePriceItem, "breaks" | "currency"> }) {
  const t = useTranslations("pricing.portal");
  const locale = useLocale();
  return (
    <ul className="space-y-0.5">
      {item.breaks.map((b) => (
        <li key={b.minQuantity} className="tabular-nums whitespace-nowrap">
          {t("breakFrom", { quantity: b.minQuantity, price: money(b.unitPriceMinor, item.currency, locale) })}
        </li>
      ))}
    </ul>
  );
}

/** A partner's effective price list: every product it may buy, with its unit price from each break on. */
export function EffectiveTable({
  rows,
  state,
  basePath,
  currencies,
  empty,
}: {
  rows: EffectivePriceItem[];
  state: DataTableState;
  basePath: string;
  currencies: string[];
  empty: React.ReactNode;
}) {
  const t = useTranslations("pricing.portal");
  const units = useTranslations("catalog.units");
  const locale = useLocale();
  return (
    <DataTable
      label={t("label")}
      state={state}
      exportHref={`${basePath}/export`}
      empty={empty}
      noMatch={{ title: t("noMatch.title"), description: t("noMatch.description") }}
      filters={[
        { id: "q", kind: "search", label: t("search"), placeholder: t("searchPlaceholder") },
        ...(currencies.length > 1
          ? [{ id: "currency", kind: "select" as const, label: t("currency"), allLabel: currencies[0]!, options: currencies.slice(1).map((c) => ({ value: c, label: c })) }]
          : []),
      ]}
      columns={[
        { id: "name", header: t("product"), sortable: true, wrap: true, className: "min-w-48" },
        { id: "sku", header: t("sku"), sortable: true, className: "whitespace-nowrap" },
        { id: "price", header: t("price") },
        { id: "unit", header: t("unit"), priority: "secondary" as const },
      ]}
      rows={rows.map((item) => ({
        id: item.productId,
        label: localName(item, locale),
        cells: {
          name: (
            <Link href={`${basePath.replace(/\/price-list$/, "/catalog")}/${item.productId}`} className="rounded font-medium text-brand-800 underline-offset-4 [overflow-wrap:anywhere] hover:underline">
              {localName(item, locale)}
            </Link>
          ),
          sku: <span className="font-mono text-xs">{item.sku}</span>,
          price: <BreaksText item={item} />,
          unit: item.packSize > 1 ? t("pack", { unit: units(item.unit as never), size: item.packSize }) : units(item.unit as never),
        },
      }))}
    />
  );
}
