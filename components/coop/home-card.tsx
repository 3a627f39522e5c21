import Link from "@/components/ui/link";
import { ArrowRight } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { money } from "@/components/pricing/money";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { CoopHint } from "@/lib/coop/hint";
import type { FundView } from "@/lib/coop/types";
import { HintList } from "./hint-list";

/** The portal home's co-op card: available and expiring soon per currency (open funds), the first hint, the way in. */
export function CoopHomeCard({
  funds,
  hints,
  today,
  href,
  vendor,
}: {
  funds: FundView[];
  hints: CoopHint[];
  today: string;
  href: string;
  vendor: string;
}) {
  const t = useTranslations("coopPortal.home");
  const locale = useLocale();
  const totals = new Map<string, { available: bigint; soon: bigint }>();
  for (const fund of funds) {
    if (fund.expiresOn <= today) continue;
    const sum = totals.get(fund.currency) ?? { available: 0n, soon: 0n };
    totals.set(fund.currency, {
      available: sum.available + fund.balance.availableMinor,
      soon: sum.soon + fund.expiringSoonMinor,
    });
  }
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description", { vendor })}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        {totals.size === 0 ? (
          <p className="text-sm text-slate-700">{t("none")}</p>
        ) : (
          <dl className="grid grid-cols-1 gap-3 min-[420px]:grid-cols-2" data-coop-home="">
            {[...totals].flatMap(([currency, sum]) => [
              <div key={`${currency}-a`} className="rounded-lg border border-brand-300 bg-brand-50 p-3">
                <dt className="text-sm text-slate-700">{t("available")}</dt>
                <dd className="text-lg font-semibold break-words text-slate-900 tabular-nums" data-figure="available">
                  {money(sum.available, currency, locale)}
                </dd>
              </div>,
              <div
                key={`${currency}-s`}
                className={`rounded-lg border p-3 ${sum.soon > 0n ? "border-amber-300 bg-amber-50" : "border-slate-200"}`}
              >
                <dt className="text-sm text-slate-700">{t("expiringSoon")}</dt>
                <dd
                  className="text-lg font-semibold break-words text-slate-900 tabular-nums"
                  data-figure="expiringSoon"
                >
                  {money(sum.soon, currency, locale)}
                </dd>
              </div>,
            ])}
          </dl>
        )}
        {hints.length > 0 && <HintList hints={hints.slice(0, 1)} />}
        <Link
          href={href}
          className="inline-flex items-center gap-1 rounded text-sm font-medium text-brand-700 hover:underline"
        >
          {t("open")}
          <ArrowRight aria-hidden="true" className="size-4" />
        </Link>
      </CardContent>
    </Card>
  );
}
