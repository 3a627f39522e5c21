import { useLocale, useTranslations } from "next-intl";
import { ResolutionExplanation } from "@/components/pricing/resolution-explanation";
import { money } from "@/components/pricing/money";
import { lineName, resolutionOf } from "@/lib/orders/explanation";
import type { OrderLineView } from "@/lib/orders/types";

/**
 * An order's lines: product, quantity, unit price and total, the special-order prices
 * when there are some, units shipped and backordered (waiting for stock), and the engine's explanation of each price (with the
 * distance to the next break) behind a disclosure.
 */
export function OrderLines({ lines, currency, showShipped }: { lines: OrderLineView[]; currency: string; showShipped: boolean }) {
  const t = useTranslations("orders.lines");
  const locale = useLocale();
  const m = (amount: bigint) => money(amount, currency, locale);
  if (!lines.length) return <p className="text-sm text-slate-700">{t("none")}</p>;
  return (
    <ul className="divide-y divide-slate-200" aria-label={t("label")}>
      {lines.map((line) => {
        const resolution = resolutionOf(line.explanation);
        return (
          <li key={line.id} className="space-y-2 py-4 first:pt-0 last:pb-0" data-order-line={line.sku}>
            <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
              <p className="min-w-0 font-medium text-slate-900 [overflow-wrap:anywhere]">
                <span className="font-mono text-sm text-slate-700">{line.sku}</span> · {lineName(line, locale)}
              </p>
              <p className="font-semibold text-slate-900 tabular-nums">{m(line.lineTotalMinor)}</p>
            </div>
            <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-700">
              <div className="flex gap-1">
                <dt>{t("quantity")}</dt>
                <dd className="font-medium text-slate-900 tabular-nums">{line.quantity}</dd>
              </div>
              <div className="flex gap-1">
                <dt>{t("unitPrice")}</dt>
                <dd className="font-medium text-slate-900 tabular-nums">{m(line.approvedUnitPriceMinor ?? line.listUnitPriceMinor)}</dd>
              </div>
              {line.requestedUnitPriceMinor !== null && (
                <div className="flex gap-1">
                  <dt>{t("requested")}</dt>
                  <dd className="font-medium text-slate-900 tabular-nums">{m(line.requestedUnitPriceMinor)}</dd>
                </div>
              )}
              {showShipped && (
                <div className="flex gap-1">
                  <dt>{t("shipped")}</dt>
                  <dd className="font-medium text-slate-900 tabular-nums">{t("shippedOf", { shipped: line.shippedQuantity, quantity: line.quantity })}</dd>
                </div>
              )}
              {showShipped && line.backorderedQuantity > 0 && (
                <div className="flex gap-1">
                  <dt>{t("backordered")}</dt>
                  <dd className="font-medium text-amber-900 tabular-nums">{t("backorderedUnits", { count: line.backorderedQuantity })}</dd>
                </div>
              )}
              {line.serialTracked && (
                <div>
                  <dt className="sr-only">{t("serialTrackedLabel")}</dt>
                  <dd>{t("serialTracked")}</dd>
                </div>
              )}
            </dl>
            {resolution && (
              <details className="rounded-lg border border-slate-200 p-3">
                <summary className="cursor-pointer rounded text-sm font-medium text-brand-800">{t("explain")}</summary>
                <div className="mt-3">
                  <ResolutionExplanation resolution={resolution} />
                </div>
              </details>
            )}
          </li>
        );
      })}
    </ul>
  );
}
