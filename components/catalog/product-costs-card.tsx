import { getLocale, getTranslations } from "next-intl/server";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { ProductCostItem } from "@/lib/catalog/types";
import type { ServerAction } from "@/lib/http/action-state";
import { formatMoney } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import { ProductCostForm } from "./product-cost-form";

/** The vendor's cost and floor price per currency: what the price consistency guard checks lists against. */
export async function ProductCostsCard({
  costs,
  edit,
}: {
  costs: ProductCostItem[];
  edit?: { tenant: string; productId: string; currency: string; action: ServerAction };
}) {
  const [t, locale] = await Promise.all([getTranslations("catalog.costs"), getLocale()]);
  const money = (minor: bigint | null, currency: string) => (minor === null ? t("none") : formatMoney(minor, currency, locale as Locale));
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-6">
        {costs.length === 0 ? (
          <p className="text-sm text-slate-600">{t("empty")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t("title")}</caption>
              <thead className="border-b border-slate-200 text-slate-600">
                <tr>
                  <th scope="col" className="py-2 pr-4 font-medium">{t("currency")}</th>
                  <th scope="col" className="py-2 pr-4 font-medium">{t("cost")}</th>
                  <th scope="col" className="py-2 font-medium">{t("floor")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {costs.map((cost) => (
                  <tr key={cost.currency}>
                    <td className="py-2 pr-4 font-mono">{cost.currency}</td>
                    <td className="py-2 pr-4 tabular-nums">{money(cost.costMinor, cost.currency)}</td>
                    <td className="py-2 tabular-nums">{money(cost.floorMinor, cost.currency)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {edit && <ProductCostForm {...edit} />}
      </CardContent>
    </Card>
  );
}
