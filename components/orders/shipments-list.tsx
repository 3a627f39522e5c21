import Link from "@/components/ui/link";
import { useFormatter, useTranslations } from "next-intl";
import { invoiceNumberText } from "@/lib/invoicing/schema";
import type { OrderInvoice } from "@/lib/invoicing/types";
import type { OrderLineView, OrderShipmentView } from "@/lib/orders/types";

/**
 * An order's shipments: carrier, tracking number, the units (and serial numbers) of each
 * line, and the shipment's invoice when the reader may open it (`invoiceHref`).
 */
export function ShipmentsList({
  shipments,
  lines,
  timeZone,
  invoices = [],
  invoiceHref,
}: {
  shipments: OrderShipmentView[];
  lines: OrderLineView[];
  timeZone: string;
  invoices?: OrderInvoice[];
  invoiceHref?: (invoiceId: string) => string;
}) {
  const t = useTranslations("orders.shipments");
  const format = useFormatter();
  const skuOf = new Map(lines.map((l) => [l.id, l.sku]));
  const invoiceOf = new Map(invoices.map((i) => [i.shipmentId, i]));
  if (!shipments.length) return <p className="text-sm text-slate-700">{t("none")}</p>;
  return (
    <ul className="space-y-4">
      {shipments.map((shipment, index) => (
        <li key={shipment.id} className="space-y-2 rounded-lg border border-slate-200 p-3" data-shipment="">
          <p className="font-medium text-slate-900">
            {t("title", { number: index + 1 })} ·{" "}
            <time dateTime={shipment.shippedAt.toISOString()}>{format.dateTime(shipment.shippedAt, { dateStyle: "medium", timeZone })}</time>
          </p>
          <dl className="grid gap-1 text-sm sm:grid-cols-[auto_1fr] sm:gap-x-4">
            <dt className="text-slate-700">{t("carrier")}</dt>
            <dd className="font-medium text-slate-900 [overflow-wrap:anywhere]">{shipment.carrier}</dd>
            <dt className="text-slate-700">{t("tracking")}</dt>
            <dd className="font-mono text-slate-900 [overflow-wrap:anywhere]" data-tracking="">
              {shipment.trackingNumber ?? t("noTracking")}
            </dd>
            {invoiceHref && invoiceOf.has(shipment.id) && (
              <>
                <dt className="text-slate-700">{t("invoice")}</dt>
                <dd>
                  <Link href={invoiceHref(invoiceOf.get(shipment.id)!.id)} className="rounded font-medium text-brand-800 underline underline-offset-4" data-shipment-invoice="">
                    {invoiceNumberText(invoiceOf.get(shipment.id)!.number)}
                  </Link>
                </dd>
              </>
            )}
          </dl>
          <ul className="space-y-1 text-sm text-slate-800">
            {shipment.lines.map((line) => (
              <li key={line.orderLineId} className="[overflow-wrap:anywhere]">
                {t("units", { sku: skuOf.get(line.orderLineId) ?? "", quantity: line.quantity })}
                {line.serials.length > 0 && ` — ${t("serials", { serials: line.serials.join(", ") })}`}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
