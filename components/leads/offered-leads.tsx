import Link from "@/components/ui/link";
import { useLocale, useTranslations } from "next-intl";
import { formatAmount } from "@/components/deals/format";
import { Card, CardContent } from "@/components/ui/card";
import type { OfferedLeadItem } from "@/lib/leads/types";
import { SlaCountdown } from "./sla-countdown";

/** Leads offered to the partner, soonest deadline first, each with the time left to answer. */
export function OfferedLeads({ offers, basePath, now }: { offers: OfferedLeadItem[]; basePath: string; now: string }) {
  const t = useTranslations("leads.portal");
  const sources = useTranslations("enums.leadSource");
  const locale = useLocale();
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {offers.map((offer) => (
        <li key={offer.leadId}>
          <Card className="h-full">
            <CardContent className="space-y-2 pt-6">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <Link href={`${basePath}/${offer.leadId}`} className="rounded font-medium text-brand-800 underline-offset-4 [overflow-wrap:anywhere] hover:underline">
                  {offer.company}
                </Link>
                <SlaCountdown dueAt={offer.dueAt.toISOString()} now={now} />
              </div>
              <p className="text-sm text-slate-700">
                {[sources(offer.source), offer.territoryPath, offer.valueMinor === null ? null : formatAmount(offer.valueMinor, offer.currency, locale)]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
              {offer.products.length > 0 && <p className="text-sm text-slate-700">{t("products", { products: offer.products.join(", ") })}</p>}
              <Link href={`${basePath}/${offer.leadId}`} className="inline-block text-sm font-medium text-brand-800 underline underline-offset-4">
                {t("answer")}
                <span className="sr-only"> ({offer.company})</span>
              </Link>
            </CardContent>
          </Card>
        </li>
      ))}
    </ul>
  );
}
