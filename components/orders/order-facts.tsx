import { useLocale, useTranslations } from "next-intl";
import { money } from "@/components/pricing/money";
import type { CreditFigures } from "@/lib/orders/credit";
import type { ShipTo } from "@/lib/orders/schema";
import type { OrderDetail } from "@/lib/orders/types";

/** The order's header: PO, requested day, ship-to, urgency and its amounts. */
export function OrderFacts({ order }: { order: OrderDetail }) {
  const t = useTranslations("orders.facts");
  const locale = useLocale();
  const m = (amount: bigint) => money(amount, order.currency, locale);
  const shipTo = order.shipTo as ShipTo | null;
  const address = shipTo
    ? [shipTo.name, shipTo.line1, shipTo.line2, [shipTo.postalCode, shipTo.city].filter(Boolean).join(" "), shipTo.region, shipTo.country].filter(Boolean)
    : [];
  return (
    <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
      <div>
        <dt className="text-slate-700">{t("po")}</dt>
        <dd className="font-medium text-slate-900 [overflow-wrap:anywhere]">{order.poNumber ?? "—"}</dd>
      </div>
      <div>
        <dt className="text-slate-700">{t("requestedDate")}</dt>
        <dd className="font-medium text-slate-900">{order.requestedDate ?? "—"}</dd>
      </div>
      <div>
        <dt className="text-slate-700">{t("shipTo")}</dt>
        <dd className="font-medium text-slate-900 [overflow-wrap:anywhere]">
          {address.length ? address.map((part, i) => <span key={i} className="block">{part}</span>) : t("noShipTo")}
        </dd>
      </div>
      <div>
        <dt className="text-slate-700">{t("priority")}</dt>
        <dd className="font-medium text-slate-900">{order.priority ? t("urgent") : t("normal")}</dd>
      </div>
      <div>
        <dt className="text-slate-700">{t("subtotal")}</dt>
        <dd className="font-medium text-slate-900 tabular-nums">{m(order.subtotalMinor)}</dd>
      </div>
      <div>
        <dt className="text-slate-700">{t("total")}</dt>
        <dd className="font-semibold text-slate-900 tabular-nums" data-order-total="">
          {m(order.totalMinor)}
        </dd>
      </div>
      {order.notes && (
        <div className="sm:col-span-2">
          <dt className="text-slate-700">{t("notes")}</dt>
          <dd className="text-slate-900 [overflow-wrap:anywhere]">{order.notes}</dd>
        </div>
      )}
    </dl>
  );
}

/** Why a held order waits for finance: the limit, what is already open, and this order. */
export function CreditFiguresList({ figures }: { figures: CreditFigures }) {
  const t = useTranslations("orders.credit");
  const locale = useLocale();
  return (
    <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-3" data-credit-figures="">
      <div>
        <dt className="text-slate-700">{t("limit")}</dt>
        <dd className="font-medium text-slate-900 tabular-nums">{money(figures.limitMinor, figures.currency, locale)}</dd>
      </div>
      <div>
        <dt className="text-slate-700">{t("open")}</dt>
        <dd className="font-medium text-slate-900 tabular-nums">{money(figures.openMinor, figures.currency, locale)}</dd>
      </div>
      <div>
        <dt className="text-slate-700">{t("order")}</dt>
        <dd className="font-medium text-slate-900 tabular-nums">{money(figures.orderMinor, figures.orderCurrency, locale)}</dd>
      </div>
    </dl>
  );
}
