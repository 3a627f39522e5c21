import { useTranslations } from "next-intl";
import type { PartnerLeadMetrics } from "@/lib/leads/types";

/** "2 h 5 min", "3 d 4 h", "45 min": a duration people read at a glance. */
function useDuration() {
  const t = useTranslations("leads.metrics");
  return (seconds: number) => {
    const minutes = Math.round(seconds / 60);
    if (minutes < 60) return t("minutes", { minutes });
    const hours = Math.floor(minutes / 60);
    if (hours < 48) return t("hours", { hours, minutes: minutes % 60 });
    return t("days", { days: Math.floor(hours / 24), hours: hours % 24 });
  };
}

/** Acceptance rate and median speed to accept per partner (the vendor's leads page and Partner 360). */
export function LeadMetricsTable({ metrics, caption }: { metrics: PartnerLeadMetrics[]; caption: string }) {
  const t = useTranslations("leads.metrics");
  const duration = useDuration();
  if (metrics.length === 0) return <p className="text-sm text-slate-700">{t("empty")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">{t("partner")}</th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">{t("rate")}</th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">{t("answered")}</th>
            <th scope="col" className="py-2 text-right font-medium">{t("speed")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {metrics.map((m) => (
            <tr key={m.partner.id}>
              <th scope="row" className="py-2 pr-4 font-medium text-slate-900 [overflow-wrap:anywhere]">{m.partner.name}</th>
              <td className="py-2 pr-4 text-right tabular-nums">{m.acceptance.percent === null ? "—" : `${m.acceptance.percent} %`}</td>
              <td className="py-2 pr-4 text-right tabular-nums">
                {t("breakdown", { accepted: m.acceptance.accepted, declined: m.acceptance.declined, expired: m.acceptance.expired })}
              </td>
              <td className="py-2 text-right tabular-nums">{m.medianSecondsToAccept === null ? "—" : duration(m.medianSecondsToAccept)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
