import Link from "@/components/ui/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { money } from "@/components/pricing/money";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { Statement } from "@/lib/invoicing/receivables";

/**
 * A statement: opening balance, each invoice, payment and credit note with the running
 * balance, closing balance; then today's open invoices and credit on account (unapplied
 * payments and credit notes, shown negative).
 */
export function StatementView({ statement, invoiceHref }: { statement: Statement; invoiceHref: (id: string) => string }) {
  const t = useTranslations("invoicing.statement");
  const format = useFormatter();
  const locale = useLocale();
  const m = (minor: bigint) => money(minor, statement.currency, locale);
  return (
    <div className="space-y-4">
      <Table label={t("label", { from: statement.from, to: statement.to })} data-statement="">
      <TableHeader>
        <TableRow>
          <TableHead>{t("date")}</TableHead>
          <TableHead>{t("document")}</TableHead>
          <TableHead align="right">{t("amount")}</TableHead>
          <TableHead align="right">{t("balance")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        <TableRow>
          <TableCell colSpan={3}>{t("opening")}</TableCell>
          <TableCell align="right" className="font-semibold tabular-nums">
            {m(statement.openingMinor)}
          </TableCell>
        </TableRow>
        {statement.entries.map((entry) => (
          <TableRow key={`${entry.kind}-${entry.id}`}>
            <TableCell className="whitespace-nowrap">{format.dateTime(entry.date, { dateStyle: "medium", timeZone: "UTC" })}</TableCell>
            <TableCell className="[overflow-wrap:anywhere]">
              {t(`kinds.${entry.kind}`)}{" "}
              {entry.kind === "INVOICE" ? (
                <Link href={invoiceHref(entry.id)} className="rounded font-medium text-brand-800 underline underline-offset-4">
                  {entry.reference}
                </Link>
              ) : (
                entry.reference
              )}
            </TableCell>
            <TableCell align="right" className="whitespace-nowrap tabular-nums">
              {m(entry.amountMinor)}
            </TableCell>
            <TableCell align="right" className="whitespace-nowrap tabular-nums">
              {m(entry.balanceMinor)}
            </TableCell>
          </TableRow>
        ))}
        <TableRow className="bg-slate-50 font-semibold">
          <TableCell colSpan={3}>{t("closing")}</TableCell>
          <TableCell align="right" className="tabular-nums" data-statement-closing="">
            {m(statement.closingMinor)}
          </TableCell>
        </TableRow>
      </TableBody>
      </Table>
      <div className="rounded-lg border border-slate-200 p-4 text-sm">
        <h3 className="font-semibold text-slate-900">{t("now")}</h3>
        <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-[auto_auto]">
          <dt className="text-slate-600">{t("openNow")}</dt>
          <dd className="font-medium tabular-nums sm:text-right">{m(statement.openMinor)}</dd>
          <dt className="text-slate-600">{t("creditNow")}</dt>
          <dd className="font-medium tabular-nums sm:text-right" data-statement-credit="">
            {m(-statement.creditMinor)}
          </dd>
        </dl>
        <p className="mt-2 text-slate-600">{t("creditHint")}</p>
      </div>
    </div>
  );
}
