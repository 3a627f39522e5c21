import Link from "@/components/ui/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { EntryView } from "@/lib/coop/types";
import type { Locale } from "@/lib/i18n/config";
import { formatMoney } from "@/lib/i18n/format";

type Figure = "earnedMinor" | "reservedMinor" | "claimedMinor" | "paidMinor" | "expiredMinor";

/** The balance an entry counts toward (the same rules as lib/coop/balances.ts). */
export function figureOf(entry: Pick<EntryView, "kind" | "claimId">): Figure {
  switch (entry.kind) {
    case "ACCRUAL":
    case "ALLOCATION":
    case "ADJUSTMENT":
      return "earnedMinor";
    case "RESERVATION":
    case "RELEASE":
      return entry.claimId ? "claimedMinor" : "reservedMinor";
    case "CLAIM_PAYMENT":
      return "paidMinor";
    case "EXPIRY":
      return "expiredMinor";
    case "ACCRUAL_REVERSAL":
      return "earnedMinor";
  }
}

/** A fund's ledger, newest first: each entry, the balance it counts toward, its effect on what is available, and what it came from. */
export function LedgerTable({
  entries,
  currency,
  base,
  timeZone,
}: {
  entries: EntryView[];
  currency: string;
  base: string;
  timeZone: string;
}) {
  const t = useTranslations("coopAdmin.ledger");
  const tb = useTranslations("coopAdmin.balance");
  const locale = useLocale() as Locale;
  const format = useFormatter();
  const money = (minor: bigint, signed = false) => formatMoney(minor, currency, locale, { signed });
  if (entries.length === 0) return <p className="text-sm text-slate-700">{t("empty")}</p>;
  return (
    <Table label={t("caption")}>
      <TableHeader>
        <TableRow>
          <TableHead>{t("when")}</TableHead>
          <TableHead>{t("kind")}</TableHead>
          <TableHead>{t("countsToward")}</TableHead>
          <TableHead align="right">{t("amount")}</TableHead>
          <TableHead align="right">{t("effect")}</TableHead>
          <TableHead>{t("source")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {entries.map((entry) => (
          <TableRow key={entry.id}>
            <TableCell className="whitespace-nowrap">
              <time dateTime={entry.createdAt.toISOString()}>
                {format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone })}
              </time>
              <span className="block text-xs text-slate-600">{entry.createdByName}</span>
            </TableCell>
            <TableCell>{t(`kinds.${entry.kind}`)}</TableCell>
            <TableCell>{tb(figureOf(entry))}</TableCell>
            <TableCell align="right" className="tabular-nums">
              {money(entry.amountMinor)}
            </TableCell>
            <TableCell align="right" className="tabular-nums">
              {money(entry.availableEffectMinor, true)}
            </TableCell>
            <TableCell className="min-w-48 [overflow-wrap:anywhere]">
              <span className="flex flex-col gap-0.5">
                {entry.kind === "ACCRUAL_REVERSAL" && entry.invoiceId && entry.reason && (
                  <Link
                    href={`${base}/invoices/${entry.invoiceId}#invoice-credit-notes`}
                    className="text-brand-800 underline underline-offset-4"
                  >
                    {t("reversed", { creditNote: entry.reason })}
                  </Link>
                )}
                {entry.invoiceId && (
                  <Link
                    href={`${base}/invoices/${entry.invoiceId}`}
                    className="text-brand-800 underline underline-offset-4"
                  >
                    {t("invoice")}
                  </Link>
                )}
                {entry.claimId && (
                  <Link
                    href={`${base}/coop/claims/${entry.claimId}`}
                    className="text-brand-800 underline underline-offset-4"
                  >
                    {t("claim")}
                  </Link>
                )}
                {!entry.claimId && entry.requestId && (
                  <Link
                    href={`${base}/coop/requests/${entry.requestId}`}
                    className="text-brand-800 underline underline-offset-4"
                  >
                    {t("request")}
                  </Link>
                )}
                {entry.reason && entry.kind !== "ACCRUAL_REVERSAL" && <span className="text-slate-700">{entry.reason}</span>}
              </span>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
