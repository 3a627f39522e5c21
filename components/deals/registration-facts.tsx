import { useFormatter, useLocale, useTranslations } from "next-intl";
import { countryName } from "@/components/backoffice/country";
import { Facts } from "@/components/backoffice/facts";
import { BreakText } from "@/components/ui/break-text";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { RegistrationDetail } from "@/lib/deals/types";
import { formatAmount, formatDay } from "./format";

/** What a registration says about the deal and its customer: both sides see the same. */
export function RegistrationFacts({ registration, extra = [] }: { registration: RegistrationDetail; extra?: { label: string; value: React.ReactNode }[] }) {
  const t = useTranslations("deals.detail");
  const f = useTranslations("deals.form");
  const industries = useTranslations("enums.industry");
  const format = useFormatter();
  const locale = useLocale();
  const none = <span className="font-normal text-slate-600">{t("none")}</span>;
  const r = registration;
  return (
    <div className="grid gap-6 xl:grid-cols-2">
      <Card className="h-fit min-w-0">
        <CardHeader>
          <CardTitle>{t("deal")}</CardTitle>
        </CardHeader>
        <CardContent className="space-y-4">
          <Facts
            items={[
              { label: f("title"), value: r.title },
              { label: f("amount"), value: formatAmount(r.amountMinor, r.currency, locale) },
              { label: f("expectedCloseOn"), value: formatDay(format, r.expectedCloseOn) },
              ...(r.protectedUntil ? [{ label: t("protectedUntil"), value: formatDay(format, r.protectedUntil) }] : []),
              { label: f("competition"), value: r.competition ?? none },
              { label: f("notes"), value: r.notes ? <span className="whitespace-pre-line">{r.notes}</span> : none },
              { label: t("submittedBy"), value: `${r.submittedByName} · ${format.dateTime(r.createdAt, { dateStyle: "medium" })}` },
              ...extra,
            ]}
          />
          {r.lines.length > 0 && (
            <div>
              <h3 className="mb-2 text-sm font-semibold text-slate-900">{f("lines")}</h3>
              <ul className="divide-y divide-slate-100 rounded-md border border-slate-200 text-sm">
                {r.lines.map((line, index) => (
                  <li key={index} className="flex justify-between gap-4 px-3 py-2">
                    <span className="[overflow-wrap:anywhere]">{line.description}</span>
                    <span className="shrink-0 text-slate-700">{t("quantity", { count: line.quantity })}</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </CardContent>
      </Card>
      <Card className="h-fit min-w-0">
        <CardHeader>
          <CardTitle>{t("customer")}</CardTitle>
        </CardHeader>
        <CardContent>
          <Facts
            items={[
              { label: f("customerName"), value: r.customerName },
              { label: f("website"), value: r.domain ? <BreakText value={r.domain} /> : none },
              { label: f("taxId"), value: r.taxId ?? none },
              { label: f("country"), value: r.country ? (countryName(r.country, locale) ?? r.country) : none },
              { label: f("region"), value: r.region ?? none },
              { label: f("postalCode"), value: r.postalCode ?? none },
              { label: f("industry"), value: r.industry ? industries(r.industry as never) : none },
              { label: t("contactName"), value: r.contactName },
              { label: t("contactEmail"), value: r.contactEmail ? <BreakText value={r.contactEmail} /> : none },
              { label: t("contactPhone"), value: r.contactPhone ?? none },
            ]}
          />
        </CardContent>
      </Card>
    </div>
  );
}
