import { useLocale, useTranslations } from "next-intl";
import { money } from "@/components/pricing/money";
import type { OwnBalance } from "@/lib/invoicing/account";

/** The partner's balance per currency: open, of which overdue, and credit not yet applied. */
export function OwnBalances({ balances }: { balances: OwnBalance[] }) {
  const t = useTranslations("invoicing.portal");
  const locale = useLocale();
  if (!balances.length) return <p className="text-sm text-slate-700">{t("nothingOpen")}</p>;
  return (
    <dl className="grid gap-4 sm:grid-cols-3" data-own-balance="">
      {balances.flatMap((b) => [
        [t("open", { currency: b.currency }), money(b.openMinor, b.currency, locale), "text-slate-900"],
        [t("overdue", { currency: b.currency }), money(b.overdueMinor, b.currency, locale), b.overdueMinor > 0n ? "text-red-800" : "text-slate-900"],
        [t("credit", { currency: b.currency }), money(b.creditMinor, b.currency, locale), "text-slate-900"],
      ]).map(([label, value, tone]) => (
        <div key={label} className="rounded-lg border border-slate-200 p-3">
          <dt className="text-sm text-slate-700">{label}</dt>
          <dd className={`text-lg font-semibold tabular-nums ${tone}`}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
