import { useFormatter, useTranslations } from "next-intl";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { OfferExplanation } from "@/lib/leads/engine";
import type { LeadOfferItem } from "@/lib/leads/types";
import { OfferStatusBadge } from "./badges";

/** "Rule «Iberia Gold»: territory Iberia, tier Gold, 3/10 open leads, next in round robin among 4." */
export function ExplanationText({ explanation }: { explanation: OfferExplanation }) {
  const t = useTranslations("leads.explanation");
  const types = useTranslations("enums.partnerType");
  const parts = [
    explanation.territory && t("territory", { territory: explanation.territory }),
    explanation.tier && t("tier", { tier: explanation.tier }),
    explanation.partnerType && t("type", { type: types(explanation.partnerType) }),
    explanation.capacity === null ? t("openLeads", { open: explanation.openLeads }) : t("capacity", { open: explanation.openLeads, capacity: explanation.capacity }),
    explanation.roundRobin ? t("roundRobin", { eligible: explanation.eligible }) : t("eligible", { eligible: explanation.eligible }),
    explanation.excluded > 0 && t("excluded", { count: explanation.excluded }),
  ].filter(Boolean);
  return (
    <span>
      {t("rule", { rule: explanation.rule })} {parts.join(", ")}.
    </span>
  );
}

/** Every offer of a lead, newest first: to whom, when, the deadline, the answer — and why that partner. */
export function OfferHistory({ offers, timeZone, showPartner }: { offers: LeadOfferItem[]; timeZone: string; showPartner: boolean }) {
  const t = useTranslations("leads.offers");
  const format = useFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone });
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent>
        {offers.length === 0 ? (
          <p className="text-sm text-slate-700">{t("empty")}</p>
        ) : (
          <ol className="space-y-4">
            {offers.map((offer) => (
              <li key={offer.id} className="rounded-md border border-slate-200 p-4">
                <div className="flex flex-wrap items-center gap-2">
                  {showPartner && <span className="font-medium text-slate-900 [overflow-wrap:anywhere]">{offer.partner.name}</span>}
                  <OfferStatusBadge status={offer.status} />
                </div>
                <p className="mt-2 text-sm text-slate-700">
                  {t("offeredAt", { when: when(offer.offeredAt) })} · {t("dueAt", { when: when(offer.dueAt) })}
                  {offer.respondedAt && <> · {t("answeredAt", { when: when(offer.respondedAt) })}</>}
                  {offer.respondedByName && <> · {t("answeredBy", { name: offer.respondedByName })}</>}
                </p>
                {offer.declineReason && <p className="mt-1 text-sm text-slate-800">{t("reason", { reason: offer.declineReason })}</p>}
                {showPartner && (
                  <p className="mt-2 text-sm text-slate-700">
                    <span className="font-medium text-slate-900">{t("why")} </span>
                    <ExplanationText explanation={offer.explanation} />
                  </p>
                )}
              </li>
            ))}
          </ol>
        )}
      </CardContent>
    </Card>
  );
}
