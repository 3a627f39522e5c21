import { useFormatter, useLocale, useTranslations } from "next-intl";
import { countryName } from "@/components/backoffice/country";
import { Facts } from "@/components/backoffice/facts";
import { formatAmount } from "@/components/deals/format";
import { BreakText } from "@/components/ui/break-text";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { LeadDetail } from "@/lib/leads/types";

/** What the vendor knows about a lead: company, contact, place and interest (both sides see it once offered). */
export function LeadFacts({ lead }: { lead: LeadDetail }) {
  const t = useTranslations("leads.detail");
  const f = useTranslations("leads.form");
  const sources = useTranslations("enums.leadSource");
  const industries = useTranslations("enums.industry");
  const format = useFormatter();
  const locale = useLocale();
  const none = <span className="font-normal text-slate-600">{t("none")}</span>;
  const place = [lead.region, lead.postalCode, lead.country ? countryName(lead.country, locale) : null].filter(Boolean).join(", ");
  return (
    <div className="grid gap-6 xl:grid-cols-2">
      <Card className="h-fit min-w-0">
        <CardHeader>
          <CardTitle>{t("company")}</CardTitle>
        </CardHeader>
        <CardContent>
          <Facts
            items={[
              { label: f("company"), value: lead.company },
              { label: f("website"), value: lead.domain ? <BreakText value={lead.domain} /> : none },
              { label: t("place"), value: place || none },
              { label: f("industry"), value: lead.industry ? industries(lead.industry as never) : none },
              { label: t("territory"), value: lead.territoryPath ?? t("noTerritory") },
            ]}
          />
        </CardContent>
      </Card>
      <Card className="h-fit min-w-0">
        <CardHeader>
          <CardTitle>{t("interest")}</CardTitle>
        </CardHeader>
        <CardContent>
          <Facts
            items={[
              { label: f("contactName"), value: lead.contactName },
              { label: f("email"), value: lead.email ? <BreakText value={lead.email} /> : none },
              { label: f("phone"), value: lead.phone ?? none },
              { label: f("source"), value: sources(lead.source) },
              { label: f("products"), value: lead.products.length ? lead.products.join(", ") : none },
              { label: f("value"), value: lead.valueMinor === null ? none : formatAmount(lead.valueMinor, lead.currency, locale) },
              { label: f("notes"), value: lead.notes ? <span className="whitespace-pre-line">{lead.notes}</span> : none },
              { label: t("enteredBy"), value: `${lead.createdByName} · ${format.dateTime(lead.createdAt, { dateStyle: "medium" })}` },
              ...(lead.lostReason ? [{ label: t("lostReason"), value: lead.lostReason }] : []),
            ]}
          />
        </CardContent>
      </Card>
    </div>
  );
}
