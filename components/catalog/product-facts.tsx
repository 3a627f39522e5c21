import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Facts } from "@/components/backoffice/facts";
import { localDescription, localName } from "@/lib/catalog/names";
import type { ProductDetail } from "@/lib/catalog/types";

/** A product's facts in the reader's language (back office and portal). */
export function ProductFacts({ product, timeZone, vendor }: { product: ProductDetail; timeZone: string; vendor?: boolean }) {
  const t = useTranslations("catalog.detail");
  const units = useTranslations("catalog.units");
  const locale = useLocale();
  const format = useFormatter();
  const none = <span className="font-normal text-slate-600">{t("none")}</span>;
  const yesNo = (value: boolean) => (value ? t("yes") : t("no"));
  return (
    <Facts
      items={[
        { label: t("sku"), value: <span className="font-mono">{product.sku}</span> },
        { label: t("brand"), value: product.brand?.name ?? none },
        { label: t("family"), value: product.family ? localName(product.family, locale) : none },
        { label: t("unit"), value: units(product.unit) },
        { label: t("packSize"), value: format.number(product.packSize) },
        { label: t("serialTracked"), value: yesNo(product.serialTracked) },
        { label: t("configurable"), value: yesNo(product.configurable) },
        ...(vendor
          ? [
              { label: t("nameEn"), value: product.nameEn },
              { label: t("nameEs"), value: product.nameEs },
              {
                label: t("updated"),
                value: (
                  <time dateTime={product.updatedAt.toISOString()}>
                    {format.dateTime(product.updatedAt, { dateStyle: "medium", timeStyle: "short", timeZone })}
                  </time>
                ),
              },
            ]
          : [{ label: t("description"), value: localDescription(product, locale) ?? none }]),
      ]}
    />
  );
}
