import Link from "@/components/ui/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { FileText, ImageIcon } from "lucide-react";
import { formatDay } from "@/components/deals/format";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { FundBalance } from "@/lib/coop/balances";
import type { FundSummary } from "@/lib/coop/detail";
import type { DocumentView } from "@/lib/coop/records";
import type { Locale } from "@/lib/i18n/config";
import { formatMoney } from "@/lib/i18n/format";

export const BALANCE_KEYS = ["earnedMinor", "reservedMinor", "claimedMinor", "paidMinor", "expiredMinor", "availableMinor"] as const;

/** A fund's six balances, each a sum of its ledger entries (lib/coop/balances.ts). */
export function BalanceList({ balance, currency, className }: { balance: FundBalance; currency: string; className?: string }) {
  const t = useTranslations("coopAdmin.balance");
  const locale = useLocale() as Locale;
  return (
    <dl className={className ?? "grid grid-cols-2 gap-x-4 gap-y-3 text-sm sm:grid-cols-3"}>
      {BALANCE_KEYS.map((key) => (
        <div key={key}>
          <dt className="text-slate-600">{t(key)}</dt>
          <dd className={key === "availableMinor" ? "font-semibold text-slate-900 tabular-nums" : "text-slate-900 tabular-nums"}>{formatMoney(balance[key], currency, locale)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The fund a request or claim draws on: its program, period and balances, with a link to its ledger. */
export function FundCard({ fund, currency, href }: { fund: FundSummary; currency: string; href: string }) {
  const t = useTranslations("coopAdmin.fund");
  const format = useFormatter();
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
      </CardHeader>
      <CardContent className="space-y-4 text-sm">
        <p className="text-slate-800">
          <Link href={href} className="font-medium text-brand-800 underline underline-offset-4">
            {fund.programName}
          </Link>
          {` · ${t("period", { start: formatDay(format, fund.periodStart), end: formatDay(format, fund.periodEnd) })} · ${t("expires", { day: formatDay(format, fund.expiresOn) })}`}
        </p>
        <BalanceList balance={fund.balance} currency={currency} />
      </CardContent>
    </Card>
  );
}

/** Files a partner attached (proof of performance, co-branded material), each a download through the files module. */
export function DocumentList({ documents, fileBase, title }: { documents: DocumentView[]; fileBase: string; title: string }) {
  const t = useTranslations("coopAdmin.documents");
  const format = useFormatter();
  return (
    <Card>
      <CardHeader>
        <CardTitle>{title}</CardTitle>
      </CardHeader>
      <CardContent>
        {documents.length === 0 ? (
          <p className="text-sm text-slate-700">{t("none")}</p>
        ) : (
          <ul className="space-y-2 text-sm">
            {documents.map((doc) => {
              const Icon = doc.contentType.startsWith("image/") ? ImageIcon : FileText;
              return (
                <li key={doc.fileId} className="flex items-start gap-2">
                  <Icon aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-slate-600" />
                  <a href={`${fileBase}/${doc.fileId}`} download={doc.name} className="rounded font-medium text-brand-800 underline underline-offset-4 [overflow-wrap:anywhere]">
                    {t("download", { name: doc.name })}
                  </a>
                  <span className="shrink-0 text-slate-600">{format.number(doc.size / 1024, { maximumFractionDigits: 0 })} KB</span>
                </li>
              );
            })}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}

/** A definition list of facts ("Activity", "Dates", …) in two columns from 640 px. */
export function Facts({ items }: { items: [label: string, value: React.ReactNode][] }) {
  return (
    <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
      {items.map(([label, value]) => (
        <div key={label}>
          <dt className="text-slate-600">{label}</dt>
          <dd className="text-slate-900 [overflow-wrap:anywhere]">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
