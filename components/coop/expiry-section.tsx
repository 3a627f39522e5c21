import Link from "@/components/ui/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { money } from "@/components/pricing/money";
import { currencyDigits } from "@/lib/money";
import type { ClaimableRequest } from "@/lib/coop/portal";
import type { FundView } from "@/lib/coop/types";
import { ExpiryChart, type ExpiryBar } from "./expiry-chart";

type Row = { date: string; currency: string; funds: string[]; amountMinor: bigint };

/** Open funds' available money summed per expiry day and currency, soonest first. */
export function expiryRows(funds: FundView[], today: string): Row[] {
  const byKey = new Map<string, Row>();
  for (const fund of funds) {
    if (fund.expiresOn <= today || fund.balance.availableMinor <= 0n) continue;
    const key = `${fund.expiresOn} ${fund.currency}`;
    const row = byKey.get(key) ?? { date: fund.expiresOn, currency: fund.currency, funds: [], amountMinor: 0n };
    row.funds.push(fund.programName);
    row.amountMinor += fund.balance.availableMinor;
    byKey.set(key, row);
  }
  return [...byKey.values()].sort((a, b) => a.date.localeCompare(b.date) || a.currency.localeCompare(b.currency));
}

const dayDate = (day: string) => new Date(`${day}T12:00:00Z`);

/** What expires when: a bar chart per currency with its figures as a table for screen readers, and the claim deadlines. */
export function ExpirySection({
  funds,
  requests,
  today,
  base,
}: {
  funds: FundView[];
  requests: ClaimableRequest[];
  today: string;
  base: string;
}) {
  const t = useTranslations("coopPortal.expiry");
  const locale = useLocale();
  const format = useFormatter();
  const rows = expiryRows(funds, today);
  const day = (value: string) => format.dateTime(dayDate(value), { dateStyle: "medium", timeZone: "UTC" });
  const currencies = [...new Set(rows.map((r) => r.currency))];
  return (
    <div className="space-y-6">
      {rows.length === 0 ? (
        <p className="text-sm text-slate-700">{t("nothing")}</p>
      ) : (
        currencies.map((currency) => {
          const mine = rows.filter((r) => r.currency === currency);
          const scale = 10 ** currencyDigits(currency);
          const bars: ExpiryBar[] = mine.map((r) => ({
            date: r.date,
            label: format.dateTime(dayDate(r.date), { month: "short", day: "numeric", timeZone: "UTC" }),
            amount: Number(r.amountMinor) / scale,
          }));
          return (
            <div key={currency} className="space-y-2">
              <ExpiryChart
                title={`${t("chartTitle")} (${currency})`}
                description={t("chartDescription")}
                bars={bars}
                locale={locale}
                currency={currency}
              />
              <div className="sr-only">
                <table>
                  <caption>{`${t("tableCaption")} (${currency})`}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("date")}</th>
                      <th scope="col">{t("fund")}</th>
                      <th scope="col">{t("available")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {mine.map((r) => (
                      <tr key={r.date}>
                        <td>{day(r.date)}</td>
                        <td>{r.funds.join(", ")}</td>
                        <td>{money(r.amountMinor, r.currency, locale)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          );
        })
      )}
      <div className="space-y-2">
        <h3 className="text-sm font-semibold text-slate-900">{t("deadlinesTitle")}</h3>
        {requests.length === 0 ? (
          <p className="text-sm text-slate-700">{t("noDeadlines")}</p>
        ) : (
          <ul className="space-y-1 text-sm text-slate-800">
            {requests.map((r) => (
              <li key={r.id}>
                <Link
                  href={`${base}/requests/${r.id}`}
                  className="rounded font-medium text-brand-800 underline-offset-4 hover:underline"
                >
                  {t("deadline", { title: r.title, date: day(r.claimDeadline) })}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
