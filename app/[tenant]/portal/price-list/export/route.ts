import { getLocale, getTranslations } from "next-intl/server";
import { partnerRoute } from "@/lib/auth/wrappers";
import { localName } from "@/lib/catalog/names";
import { csvResponse, csvStream, type CsvColumn } from "@/lib/lists/csv";
import { toDecimalString } from "@/lib/money";
import { exportEffectivePriceList } from "@/lib/pricing/quote";
import { effectiveListQuery } from "@/lib/pricing/schema";
import type { EffectivePriceItem } from "@/lib/pricing/types";

/** Most breaks a product's row carries in the file (columns "From 1", "Price 1", …). */
const BREAK_COLUMNS = 5;

/** CSV of the partner's whole effective price list (filters kept), streamed in batches. */
export const GET = partnerRoute("partnerPrices.read", async (req, { ctx }) => {
  const query = effectiveListQuery.parse(req.nextUrl.searchParams);
  const [t, units, locale] = await Promise.all([getTranslations("pricing.csv"), getTranslations("catalog.units"), getLocale()]);
  const columns: CsvColumn<EffectivePriceItem>[] = [
    { header: t("sku"), value: (row) => row.sku },
    { header: t("product"), value: (row) => localName(row, locale) },
    { header: t("unit"), value: (row) => units(row.unit as never) },
    { header: t("packSize"), value: (row) => row.packSize },
    { header: t("currency"), value: (row) => row.currency },
    ...Array.from({ length: BREAK_COLUMNS }, (_, i): CsvColumn<EffectivePriceItem>[] => [
      { header: t("from", { number: i + 1 }), value: (row) => row.breaks[i]?.minQuantity ?? null },
      { header: t("price", { number: i + 1 }), value: (row) => (row.breaks[i] ? toDecimalString(row.breaks[i]!.unitPriceMinor, row.currency) : null) },
    ]).flat(),
  ];
  return csvResponse(`price-list-${ctx.tenant.slug}`, csvStream(columns, exportEffectivePriceList(ctx, query, locale)));
});
