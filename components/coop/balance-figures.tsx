import { useLocale, useTranslations } from "next-intl";
import { money } from "@/components/pricing/money";
import type { FundBalance } from "@/lib/coop/balances";

type Figure = "earned" | "reserved" | "claimed" | "paid" | "expired" | "available" | "expiringSoon";
const HINTED: ReadonlySet<Figure> = new Set(["earned", "reserved", "claimed", "available", "expiringSoon"]);

/**
 * A fund's (or a currency's total) balances as the ledger derives them, each with what it
 * sums, so a partner can tell "reserved" from "in claims" without asking.
 */
export function BalanceFigures({
  balance,
  expiringSoonMinor,
  currency,
  compact = false,
}: {
  balance: FundBalance;
  expiringSoonMinor: bigint;
  currency: string;
  compact?: boolean;
}) {
  const t = useTranslations("coopPortal.balance");
  const locale = useLocale();
  const figures: [Figure, bigint][] = [
    ["available", balance.availableMinor],
    ["expiringSoon", expiringSoonMinor],
    ["earned", balance.earnedMinor],
    ["reserved", balance.reservedMinor],
    ["claimed", balance.claimedMinor],
    ["paid", balance.paidMinor],
    ["expired", balance.expiredMinor],
  ];
  return (
    <dl
      className={
        compact
          ? "grid grid-cols-2 gap-3 sm:grid-cols-4"
          : "grid grid-cols-1 gap-3 min-[420px]:grid-cols-2 lg:grid-cols-4"
      }
      data-coop-balance={currency}
    >
      {figures.map(([key, value]) => (
        <div
          key={key}
          className={`rounded-lg border p-3 ${key === "available" ? "border-brand-300 bg-brand-50" : key === "expiringSoon" && value > 0n ? "border-amber-300 bg-amber-50" : "border-slate-200"}`}
        >
          <dt className="text-sm text-slate-700">{t(key)}</dt>
          <dd
            className={`text-lg font-semibold break-words tabular-nums ${value < 0n ? "text-red-800" : "text-slate-900"}`}
            data-figure={key}
          >
            {money(value, currency, locale)}
          </dd>
          {!compact && key === "available" && value < 0n ? (
            <dd className="mt-1 text-xs text-red-800">{t("owedHint")}</dd>
          ) : (
            !compact &&
            HINTED.has(key) && <dd className="mt-1 text-xs text-slate-600">{t(`${key}Hint` as "earnedHint")}</dd>
          )}
        </div>
      ))}
    </dl>
  );
}
