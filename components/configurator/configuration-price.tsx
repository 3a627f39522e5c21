import { useLocale, useTranslations } from "next-intl";
import { ResolutionExplanation } from "@/components/pricing/resolution-explanation";
import { money } from "@/components/pricing/money";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { localName } from "@/lib/catalog/names";
import type { ConfigurationPrice, PriceLine } from "@/lib/configurator/pricing";

/**
 * A configuration's price, line by line: the base product (or each bundle component) at
 * the partner's resolved price — with the price engine's explanation behind "Why this
 * price?" — then each option's adder × quantity, the configured unit's price and the total.
 * When it cannot be priced, why (problems to fix, no price list, another currency).
 */
export function ConfigurationPriceView({ price }: { price: ConfigurationPrice }) {
  const t = useTranslations("configurator.price");
  const locale = useLocale();
  const m = (amount: bigint) => money(amount, price.currency, locale);
  if (!price.ok) {
    const reason =
      price.reason === "invalid"
        ? t("invalid", { count: price.violations.length })
        : price.reason === "unpriced"
          ? t("unpriced", { products: price.missing.map((p) => `${localName(p, locale)} (${p.sku})`).join(", ") })
          : price.reason === "currency"
            ? t("currency", { currency: price.currency, adderCurrency: price.adderCurrency })
            : t("negative", { price: m(price.unitPriceMinor) });
    return (
      <p className="rounded-lg bg-amber-50 p-3 text-sm font-medium text-amber-950" data-configuration-unpriced="">
        {reason}
      </p>
    );
  }
  const label = (line: PriceLine) =>
    line.kind === "option" ? `${localName(line.group, locale)}: ${localName(line, locale)}` : `${localName(line, locale)} (${line.sku})`;
  return (
    <div className="space-y-4" data-configuration-price="">
      <Table label={t("label")}>
          <TableHeader>
            <TableRow>
              <TableHead>{t("line")}</TableHead>
              <TableHead align="right">{t("quantity")}</TableHead>
              <TableHead align="right">{t("each")}</TableHead>
              <TableHead align="right">{t("amount")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {price.lines.map((line, index) => (
              <TableRow key={index}>
                <TableCell className="min-w-40 break-words">
                  <span className="block">{label(line)}</span>
                  <span className="text-xs text-slate-700">{t(`kind.${line.kind}`)}</span>
                </TableCell>
                <TableCell align="right">{line.quantity}</TableCell>
                <TableCell align="right" className="whitespace-nowrap">{m(line.kind === "option" ? line.adderMinor : line.unitPriceMinor)}</TableCell>
                <TableCell align="right" className="whitespace-nowrap">{m(line.amountMinor)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
      </Table>
      <div className="space-y-1 rounded-lg bg-slate-50 p-3 text-sm">
        <p className="text-slate-800">{t("unit", { price: m(price.unitPriceMinor) })}</p>
        <p className="font-semibold text-slate-900" data-configuration-total="">
          {t("total", { price: m(price.unitPriceMinor), quantity: price.quantity, total: m(price.totalMinor) })}
        </p>
      </div>
      {price.lines.map((line, index) =>
        line.kind === "option" ? null : (
          <details key={index} className="text-sm">
            <summary className="cursor-pointer rounded font-medium text-brand-800">{t("why", { product: localName(line, locale) })}</summary>
            <div className="mt-3">
              <ResolutionExplanation resolution={line.resolution} />
            </div>
          </details>
        ),
      )}
      <p className="text-xs text-slate-700">{t("rounding")}</p>
    </div>
  );
}
