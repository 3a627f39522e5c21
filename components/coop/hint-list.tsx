import { useFormatter, useLocale, useTranslations } from "next-intl";
import { money } from "@/components/pricing/money";
import type { CoopHint } from "@/lib/coop/hint";

/** "Order N more this quarter to earn M of co-op", with how it is computed (lib/coop/hint.ts). */
export function HintList({ hints }: { hints: CoopHint[] }) {
  const t = useTranslations("coopPortal.hint");
  const locale = useLocale();
  const format = useFormatter();
  if (!hints.length) return <p className="text-sm text-slate-700">{t("none")}</p>;
  return (
    <ul className="space-y-4" data-coop-hints="">
      {hints.map((hint) => {
        const m = (minor: bigint) => money(minor, hint.currency, locale);
        if (hint.kind === "tier") {
          return (
            <li key={hint.programId} className="space-y-1 text-sm">
              <p className="font-medium text-slate-900">
                {t("tier", { tier: hint.tierName, rate: hint.rate, program: hint.programName })}
              </p>
              {hint.revenueShortMinor !== null && (
                <p className="text-slate-700">
                  {t("tierRevenue", {
                    short: m(hint.revenueShortMinor),
                    tier: hint.tierName,
                    others: String(hint.otherRulesMissing),
                  })}
                </p>
              )}
              {hint.evaluatedAt && (
                <p className="text-xs text-slate-600">
                  {t("tierEvaluated", { date: format.dateTime(hint.evaluatedAt, { dateStyle: "medium" }) })}
                </p>
              )}
            </li>
          );
        }
        const period = t(`period${hint.period}`);
        return (
          <li key={hint.programId} className="space-y-1 text-sm" data-coop-hint={hint.programId}>
            <p className="font-medium text-slate-900">
              {t(hint.basis === "PAID" ? "stepPaid" : "step", {
                order: m(hint.orderMinor),
                earn: m(hint.earnMinor),
                reaches: m(hint.reachesMinor),
                period,
              })}
            </p>
            <p className="text-slate-700">
              {t("explain", {
                program: hint.programName,
                rate: hint.rate,
                scope: hint.brandName ?? hint.familyName ?? t("scopeAll"),
                basis: t(`basis${hint.basis}`),
                period,
                earned: m(hint.earnedMinor),
                purchases: m(hint.purchasesMinor),
                days: hint.daysLeft,
              })}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
