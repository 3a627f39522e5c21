import { useFormatter, useTranslations } from "next-intl";
import type { OrderTimelineEntry } from "@/lib/orders/types";
import { OrderStatusBadge } from "./status-badge";

/** The order's steps, oldest first: what happened, to which state, who, when and why. */
export function OrderTimeline({ entries, timeZone }: { entries: OrderTimelineEntry[]; timeZone: string }) {
  const t = useTranslations("orders.timeline");
  const format = useFormatter();
  if (!entries.length) return <p className="text-sm text-slate-700">{t("none")}</p>;
  return (
    <ol className="space-y-4 border-l-2 border-slate-200 pl-4" aria-label={t("label")}>
      {entries.map((entry) => (
        <li key={entry.id} className="space-y-1">
          <p className="flex flex-wrap items-center gap-2 text-sm font-medium text-slate-900">
            <span>{t.has(`actions.${entry.action}`) ? t(`actions.${entry.action}` as never) : entry.action}</span>
            <OrderStatusBadge status={entry.toStatus} />
          </p>
          <p className="text-sm text-slate-700">
            {t("by", { name: entry.actorName })} ·{" "}
            <time dateTime={entry.at.toISOString()}>{format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "short", timeZone })}</time>
          </p>
          {entry.reason && <p className="text-sm text-slate-800 [overflow-wrap:anywhere]">{t("reason", { reason: entry.reason })}</p>}
        </li>
      ))}
    </ol>
  );
}
