import { useLocale, useTranslations } from "next-intl";
import { money } from "@/components/pricing/money";
import type { PriorityTerm } from "@/lib/orders/priority";

/**
 * An order's priority score term by term, in the reader's language: the terms are stored
 * as data (lib/orders/priority.ts), so the same score reads in English and Spanish. The
 * points column adds up to the score shown in the last row.
 */
export function PriorityExplanation({ score, terms }: { score: number; terms: PriorityTerm[] }) {
  const t = useTranslations("fulfilment");
  const locale = useLocale();
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const facts = (term: PriorityTerm): string => {
    const f = term.facts;
    switch (term.term) {
      case "tier":
        return f.name === undefined ? t("facts.noTier") : t("facts.tier", { name: String(f.name), rank: Number(f.rank), top: Number(f.top) });
      case "age":
        return t("facts.age", { days: Number(f.days), cap: Number(f.cap) });
      case "requested":
        if (f.daysLeft === undefined) return t("facts.noRequested");
        return Number(f.daysLeft) < 0 ? t("facts.requestedLate", { days: -Number(f.daysLeft) }) : t("facts.requested", { daysLeft: Number(f.daysLeft), window: Number(f.window) });
      case "value":
        return t("facts.value", { total: money(BigInt(f.totalMinor!), String(f.currency), locale), cap: money(BigInt(f.capMinor!), String(f.currency), locale) });
      case "priority":
        return term.factorMille > 0 ? t("facts.priorityYes") : t("facts.priorityNo");
      case "standing":
        return f.kind === "EXPOSURE"
          ? t("facts.EXPOSURE", { open: money(BigInt(f.openMinor!), String(f.currency), locale), limit: money(BigInt(f.limitMinor!), String(f.currency), locale) })
          : t(`facts.${f.kind === "CREDIT_HOLD" ? "CREDIT_HOLD" : "NO_LIMIT"}`);
    }
  };
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-0 text-left text-sm">
        <caption className="sr-only">{t("explain.label", { score })}</caption>
        <thead className="text-xs text-slate-700">
          <tr>
            <th scope="col" className="py-1 pr-3 font-medium">{t("explain.term")}</th>
            <th scope="col" className="py-1 pr-3 font-medium">{t("explain.facts")}</th>
            <th scope="col" className="py-1 pr-3 text-right font-medium">{t("explain.share")}</th>
            <th scope="col" className="py-1 text-right font-medium">{t("explain.points")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 text-slate-800">
          {terms.map((term) => (
            <tr key={term.term} data-priority-term={term.term}>
              <th scope="row" className="py-1 pr-3 font-medium">{t(`terms.${term.term}`)}</th>
              <td className="py-1 pr-3 [overflow-wrap:anywhere]">{facts(term)}</td>
              <td className="py-1 pr-3 text-right tabular-nums whitespace-nowrap">
                {percent.format(term.factorMille / 1000)} × {term.weight}
              </td>
              <td className="py-1 text-right font-medium tabular-nums">{term.points}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t border-slate-300">
            <th scope="row" colSpan={3} className="py-1 pr-3 text-right font-semibold">{t("explain.total")}</th>
            <td className="py-1 text-right font-semibold tabular-nums" data-priority-score>{score}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
