import { useLocale, useTranslations } from "next-intl";
import type { Resolution, ResolutionStep } from "@/lib/pricing/resolve";
import { money, signedPercent } from "./money";

/**
 * The engine's explanation in words, step by step: which lists apply, which had no price
 * and why, the break chosen (with the base price and the rounding of a relative price), the
 * total and the distance to the next break.
 */
export function ResolutionExplanation({ resolution }: { resolution: Resolution }) {
  const t = useTranslations("pricing.explain");
  const levels = useTranslations("pricing.levels");
  const locale = useLocale();
  const { currency } = resolution;
  const m = (amount: bigint) => money(amount, currency, locale);
  const named = (list: { name: string; level: string }) => t("named", { name: list.name, level: levels(list.level as never) });

  function sentence(step: ResolutionStep): string {
    switch (step.kind) {
      case "applicable":
        return t("applicable", { lists: new Intl.ListFormat(locale, { type: "conjunction" }).format(step.lists.map(named)) });
      case "noLists":
        return t("noLists", { currency });
      case "noEntry":
        return t("noEntry", { list: named(step.list) });
      case "belowFirstBreak":
        return t("belowFirstBreak", { list: named(step.list), quantity: step.firstBreak });
      case "tie":
        return t("tie", { chosen: step.chosen.name, others: step.others.map((o) => o.name).join(", ") });
      case "needsBase":
        return t("needsBase", { list: named(step.list) });
      case "negative":
        return t("negative", { list: named(step.list), price: m(step.unitPriceMinor) });
      case "price": {
        const head = t("chosen", { list: named(step.list), quantity: step.minQuantity, wide: step.listWide ? "yes" : "no" });
        if (step.method === "PRICE" || !step.base) return `${head} ${t("absolute", { price: m(step.unitPriceMinor) })}`;
        const base = t("base", { price: m(step.base.unitPriceMinor), list: step.base.list.name, quantity: step.base.minQuantity });
        const change = step.method === "PERCENT" ? signedPercent(step.percent!, locale) : money(step.amountMinor!, currency, locale);
        return `${head} ${t("relative", { change, base, price: m(step.unitPriceMinor) })}${step.rounded ? ` ${t("rounded")}` : ""}`;
      }
    }
  }

  return (
    <div className="space-y-3">
      <ol className="list-decimal space-y-2 pl-5 text-sm text-slate-800">
        {resolution.steps.map((step, index) => (
          <li key={index} className="break-words">
            {sentence(step)}
          </li>
        ))}
      </ol>
      {resolution.ok ? (
        <div className="space-y-1 rounded-lg bg-slate-50 p-3 text-sm">
          <p className="font-semibold text-slate-900" data-price-total="">
            {t("total", { price: m(resolution.unitPriceMinor), quantity: resolution.quantity, total: m(resolution.totalMinor) })}
          </p>
          {resolution.nextBreak && (
            <p className="text-slate-700" data-next-break="">
              {t("nextBreak", { more: resolution.nextBreak.more, quantity: resolution.nextBreak.quantity, price: m(resolution.nextBreak.unitPriceMinor) })}
            </p>
          )}
        </div>
      ) : (
        <p className="rounded-lg bg-amber-50 p-3 text-sm font-medium text-amber-950">{t("noPrice")}</p>
      )}
    </div>
  );
}
