import { useLocale, useTranslations } from "next-intl";
import type { PriceFindingDetail } from "@/lib/pricing/guard";
import { money } from "./money";

/** One finding of the consistency guard, explained with its amounts, lists and day. */
export function FindingText({ finding }: { finding: PriceFindingDetail }) {
  const t = useTranslations("pricing.findings");
  const locale = useLocale();
  const m = (minor: string | undefined) => (minor === undefined ? "" : money(minor, finding.currency, locale));
  const product = finding.sku ? `${finding.sku} · ${finding.productName ?? ""}` : "";
  const [first, second] = finding.lists;
  const v = finding.values;
  const text = (() => {
    switch (finding.kind) {
      case "CHANNEL_SPREAD":
        return t("text.CHANNEL_SPREAD", { product, low: m(v.low), lowList: first?.name ?? "", high: m(v.high), highList: second?.name ?? "", date: finding.date, spread: v.spreadPercent ?? "", tolerance: v.tolerancePercent ?? "" });
      case "INVERTED_TIERS":
        return t("text.INVERTED_TIERS", { product, lowerTier: v.lowerTier ?? "", lower: m(v.lower), lowerList: first?.name ?? "", higherTier: v.higherTier ?? "", higher: m(v.higher), higherList: second?.name ?? "", quantity: finding.quantity ?? 1 });
      case "BELOW_FLOOR":
      case "BELOW_COST":
        return t(`text.${finding.kind}`, { product, price: m(v.price), list: first?.name ?? "", quantity: finding.quantity ?? 1, limit: m(v.limit) });
      case "AMBIGUOUS_OVERLAP":
        return t("text.AMBIGUOUS_OVERLAP", { first: first?.name ?? "", second: second?.name ?? "", from: v.from ?? "", until: v.until || t("openEnded"), winner: v.winner ?? "", products: Number(v.products ?? 0) });
    }
  })();
  return (
    <p className="text-sm break-words text-slate-800">
      <span className="font-semibold text-slate-900">{t(`kinds.${finding.kind}`)}:</span> {text}
    </p>
  );
}
