import Link from "@/components/ui/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { formatDay } from "@/components/deals/format";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { CurrencyTotal, LiabilityRow, ReturnRow, SpendRow } from "@/lib/coop/reports";
import type { Locale } from "@/lib/i18n/config";
import { formatMoney, formatNumber } from "@/lib/i18n/format";

function useMoney() {
  const locale = useLocale() as Locale;
  return (minor: bigint, currency: string, signed = false) => formatMoney(minor, currency, locale, { signed });
}

/** What the vendor still owes, by program and partner, with the totals per currency. */
export function LiabilityTable({ rows, totals, base }: { rows: LiabilityRow[]; totals: CurrencyTotal[]; base: string }) {
  const t = useTranslations("coopAdmin.reports.liability");
  const money = useMoney();
  const format = useFormatter();
  if (rows.length === 0) return <p className="text-sm text-slate-700">{t("empty")}</p>;
  return (
    <div className="space-y-3">
      <Table label={t("label")}>
        <TableHeader>
          <TableRow>
            <TableHead>{t("program")}</TableHead>
            <TableHead>{t("partner")}</TableHead>
            <TableHead align="right">{t("earned")}</TableHead>
            <TableHead align="right">{t("paid")}</TableHead>
            <TableHead align="right">{t("expired")}</TableHead>
            <TableHead align="right">{t("committed")}</TableHead>
            <TableHead align="right">{t("unclaimed")}</TableHead>
            <TableHead align="right">{t("liability")}</TableHead>
            <TableHead align="right">{t("expiringSoon")}</TableHead>
            <TableHead>{t("nextExpiry")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={`${row.programId}|${row.partnerId}|${row.currency}`}>
              <TableCell className="min-w-40">
                <Link href={`${base}/funds?program=${row.programId}&partner=${row.partnerId}`} className="font-medium text-brand-800 underline-offset-4 hover:underline">
                  {row.programName}
                </Link>
              </TableCell>
              <TableCell className="min-w-36">{row.partnerName}</TableCell>
              <TableCell align="right" className="tabular-nums">{money(row.earnedMinor, row.currency)}</TableCell>
              <TableCell align="right" className="tabular-nums">{money(row.paidMinor, row.currency)}</TableCell>
              <TableCell align="right" className="tabular-nums">{money(row.expiredMinor, row.currency)}</TableCell>
              <TableCell align="right" className="tabular-nums">{money(row.committedMinor, row.currency)}</TableCell>
              <TableCell align="right" className="tabular-nums">{money(row.unclaimedMinor, row.currency)}</TableCell>
              <TableCell align="right" className="font-semibold tabular-nums">{money(row.liabilityMinor, row.currency)}</TableCell>
              <TableCell align="right" className="tabular-nums">{row.expiringSoonMinor > 0n ? <span className="font-semibold text-amber-900">{money(row.expiringSoonMinor, row.currency)}</span> : money(0n, row.currency)}</TableCell>
              <TableCell className="whitespace-nowrap">{row.nextExpiry ? formatDay(format, row.nextExpiry) : "—"}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <ul className="space-y-1 text-sm text-slate-800">
        {totals.map((total) => (
          <li key={total.currency}>
            {t("total", { liability: money(total.liabilityMinor, total.currency), committed: money(total.committedMinor, total.currency), unclaimed: money(total.unclaimedMinor, total.currency), expiring: money(total.expiringSoonMinor, total.currency) })}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Spend by activity type: claims paid in the range, and what is approved and not yet paid. */
export function SpendTable({ rows }: { rows: SpendRow[] }) {
  const t = useTranslations("coopAdmin.reports.spend");
  const types = useTranslations("coopAdmin.activityType");
  const money = useMoney();
  const locale = useLocale() as Locale;
  return (
    <Table label={t("tableLabel")}>
      <TableHeader>
        <TableRow>
          <TableHead>{t("type")}</TableHead>
          <TableHead align="right">{t("claims")}</TableHead>
          <TableHead align="right">{t("paid")}</TableHead>
          <TableHead align="right">{t("approvedUnpaid")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={`${row.activityType}|${row.currency}`}>
            <TableCell>{types(row.activityType)}</TableCell>
            <TableCell align="right" className="tabular-nums">{formatNumber(row.claims, locale)}</TableCell>
            <TableCell align="right" className="tabular-nums">{money(row.paidMinor, row.currency)}</TableCell>
            <TableCell align="right" className="tabular-nums">{money(row.approvedUnpaidMinor, row.currency)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** Each paid activity against the partner's invoiced revenue before and after it. */
export function ReturnTable({ rows, months, base }: { rows: ReturnRow[]; months: number; base: string }) {
  const t = useTranslations("coopAdmin.reports.return");
  const types = useTranslations("coopAdmin.activityType");
  const money = useMoney();
  const format = useFormatter();
  const locale = useLocale() as Locale;
  if (rows.length === 0) return <p className="text-sm text-slate-700">{t("empty")}</p>;
  return (
    <Table label={t("label")}>
      <TableHeader>
        <TableRow>
          <TableHead>{t("activity")}</TableHead>
          <TableHead>{t("partner")}</TableHead>
          <TableHead align="right">{t("paid")}</TableHead>
          <TableHead align="right">{t("before", { months })}</TableHead>
          <TableHead align="right">{t("after", { months })}</TableHead>
          <TableHead align="right">{t("change")}</TableHead>
          <TableHead align="right">{t("return")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.claimId}>
            <TableCell className="min-w-48">
              <Link href={`${base}/claims/${row.claimId}`} className="font-medium text-brand-800 underline-offset-4 hover:underline">
                {row.title}
              </Link>
              <span className="block text-xs text-slate-600">{`${types(row.activityType)} · ${formatDay(format, row.startsOn)} – ${formatDay(format, row.endsOn)}`}</span>
            </TableCell>
            <TableCell className="min-w-36">{row.partnerName}</TableCell>
            <TableCell align="right" className="tabular-nums">{money(row.paidMinor, row.currency)}</TableCell>
            <TableCell align="right" className="tabular-nums">{money(row.beforeMinor, row.currency)}</TableCell>
            <TableCell align="right" className="tabular-nums">
              {money(row.afterMinor, row.currency)}
              {!row.afterComplete && <span className="block text-xs text-slate-600">{t("soFar")}</span>}
            </TableCell>
            <TableCell align="right" className="tabular-nums">{money(row.afterMinor - row.beforeMinor, row.currency, true)}</TableCell>
            <TableCell align="right" className="tabular-nums">{row.returnTenths === null ? "—" : t("times", { value: formatNumber(Number(row.returnTenths) / 10, locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) })}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
