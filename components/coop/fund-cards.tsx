import Link from "@/components/ui/link";
import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { FundView } from "@/lib/coop/types";
import { BalanceFigures } from "./balance-figures";

const dayDate = (day: string) => new Date(`${day}T12:00:00Z`);

/** One card per fund: program, period, when it expires, its balances, and the link to its entries. */
export function FundCards({ funds, today, base }: { funds: FundView[]; today: string; base: string }) {
  const t = useTranslations("coopPortal");
  const format = useFormatter();
  const day = (value: string) => format.dateTime(dayDate(value), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <ul className="grid gap-4 xl:grid-cols-2">
      {funds.map((fund) => {
        const expired = fund.expiresOn <= today;
        return (
          <li key={fund.id}>
            <Card className="h-full">
              <CardHeader>
                <div className="flex flex-wrap items-center gap-2">
                  <CardTitle className="break-words">{fund.programName}</CardTitle>
                  <Badge tone={fund.kind === "COOP" ? "brand" : "info"}>{t(`programKind.${fund.kind}`)}</Badge>
                </div>
                <p className="text-sm text-slate-700">
                  {t("overview.period", { start: day(fund.periodStart), end: day(fund.periodEnd) })} ·{" "}
                  <span
                    className={
                      expired ? "text-slate-600" : fund.expiringSoonMinor > 0n ? "font-medium text-amber-900" : ""
                    }
                  >
                    {t(expired ? "overview.expired" : "overview.expires", { date: day(fund.expiresOn) })}
                  </span>
                </p>
              </CardHeader>
              <CardContent className="space-y-4">
                <BalanceFigures
                  balance={fund.balance}
                  expiringSoonMinor={fund.expiringSoonMinor}
                  currency={fund.currency}
                  compact
                />
                <Link
                  href={`${base}/funds/${fund.id}`}
                  className="inline-flex rounded text-sm font-medium text-brand-800 underline-offset-4 hover:underline"
                >
                  {t("overview.openFund", { name: fund.programName })}
                </Link>
              </CardContent>
            </Card>
          </li>
        );
      })}
    </ul>
  );
}
