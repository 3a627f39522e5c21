import Link from "@/components/ui/link";
import { useLocale, useTranslations } from "next-intl";
import { BarChart, type BarTone } from "@/components/charts/bar-chart";
import { money } from "@/components/pricing/money";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { Aging } from "@/lib/invoicing/receivables";
import { AGING_BUCKETS, type AgingBucket } from "@/lib/invoicing/tax";

const TONES: Record<AgingBucket, BarTone> = { current: "success", d1_30: "info", d31_60: "warning", d61_90: "warning", d90plus: "danger" };

/**
 * Open balances by age: one row per partner and currency, the buckets (current, 1–30,
 * 31–60, 61–90, 90+ days past due), the credit on account (unapplied payments and credit
 * notes, negative) and the net balance, and the totals per currency. `partnerHref` links each
 * partner (the back office's receivables page).
 */
export function AgingTable({ aging, partnerHref }: { aging: Aging; partnerHref?: (partnerId: string) => string }) {
  const t = useTranslations("invoicing.aging");
  const locale = useLocale();
  return (
    <Table label={t("label")} data-aging="">
      <TableHeader>
        <TableRow>
          <TableHead>{t("partner")}</TableHead>
          {AGING_BUCKETS.map((b) => (
            <TableHead key={b} align="right" className="whitespace-nowrap">
              {t(`buckets.${b}`)}
            </TableHead>
          ))}
          <TableHead align="right">{t("total")}</TableHead>
          <TableHead align="right" className="whitespace-nowrap">
            {t("credit")}
          </TableHead>
          <TableHead align="right" className="whitespace-nowrap">
            {t("net")}
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {aging.rows.map((row) => (
          <TableRow key={`${row.partnerId}-${row.currency}`}>
            <TableCell className="min-w-40">
              {partnerHref ? (
                <Link href={partnerHref(row.partnerId)} className="rounded font-medium text-brand-800 underline-offset-4 hover:underline">
                  {row.partnerName}
                </Link>
              ) : (
                row.partnerName
              )}
            </TableCell>
            {AGING_BUCKETS.map((b) => (
              <TableCell key={b} align="right" className="whitespace-nowrap tabular-nums">
                {money(row.buckets[b], row.currency, locale)}
              </TableCell>
            ))}
            <TableCell align="right" className="font-semibold whitespace-nowrap tabular-nums">
              {money(row.totalMinor, row.currency, locale)}
            </TableCell>
            <CreditCells figures={row} currency={row.currency} locale={locale} />
          </TableRow>
        ))}
        {aging.totals.map((total) => (
          <TableRow key={total.currency} className="bg-slate-50 font-semibold">
            <TableCell>{t("totalIn", { currency: total.currency })}</TableCell>
            {AGING_BUCKETS.map((b) => (
              <TableCell key={b} align="right" className="whitespace-nowrap tabular-nums">
                {money(total.buckets[b], total.currency, locale)}
              </TableCell>
            ))}
            <TableCell align="right" className="whitespace-nowrap tabular-nums">
              {money(total.totalMinor, total.currency, locale)}
            </TableCell>
            <CreditCells figures={total} currency={total.currency} locale={locale} />
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** Credit on account, shown as a negative amount, and the net balance (below zero: the partner is in credit). */
function CreditCells({ figures, currency, locale }: { figures: { creditMinor: bigint; netMinor: bigint }; currency: string; locale: string }) {
  return (
    <>
      <TableCell align="right" className="whitespace-nowrap tabular-nums" data-aging-credit="">
        {money(-figures.creditMinor, currency, locale)}
      </TableCell>
      <TableCell align="right" className="font-semibold whitespace-nowrap tabular-nums" data-aging-net="">
        {money(figures.netMinor, currency, locale)}
      </TableCell>
    </>
  );
}

/** The totals of one currency by age, as bars (the same figures are in the table). */
export function AgingChart({ total }: { total: Aging["totals"][number] }) {
  const t = useTranslations("invoicing.aging");
  const locale = useLocale();
  return (
    <BarChart
      title={t("chartTitle", { currency: total.currency })}
      columns={[t("bucket"), t("open")]}
      bars={AGING_BUCKETS.map((b) => ({
        key: b,
        label: t(`buckets.${b}`),
        // minor units as a number only scale the bars; the label carries the exact amount
        value: Number(total.buckets[b]),
        valueLabel: money(total.buckets[b], total.currency, locale),
        tone: TONES[b],
      }))}
    />
  );
}
