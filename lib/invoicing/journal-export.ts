import "server-only";
import { dayToDate } from "@/lib/activities/dates";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { withReadScope } from "@/lib/db/read";
import { inBatches, type CsvColumn } from "@/lib/lists/csv";
import { toDecimalString } from "@/lib/money";

/**
 * The accounting export: the journal lines of a period (entry dates inclusive) in written
 * order, as posted — account codes and partner names of that moment — so re-exporting a
 * period gives the same bytes whatever changed since. Every posting balances, so every
 * period does.
 */

export type JournalRow = { entryDate: Date; account: string; currency: string; debitMinor: bigint; creditMinor: bigint; partnerName: string; reference: string; seq: number };

export const JOURNAL_COLUMNS: CsvColumn<JournalRow>[] = [
  { header: "date", value: (r) => r.entryDate.toISOString().slice(0, 10) },
  { header: "account", value: (r) => r.account },
  { header: "debit", value: (r) => toDecimalString(r.debitMinor, r.currency) },
  { header: "credit", value: (r) => toDecimalString(r.creditMinor, r.currency) },
  { header: "currency", value: (r) => r.currency },
  { header: "partner", value: (r) => r.partnerName },
  { header: "reference", value: (r) => r.reference },
];

export function exportJournal(ctx: VendorCtx, period: { from: string; to: string }): AsyncIterable<JournalRow> {
  authorize(ctx, "invoices.manage");
  // keyset on (entryDate, seq): later postings into the period cannot shift a batch
  let after: { entryDate: Date; seq: number } | null = null;
  return inBatches(async ({ take }) => {
    const rows = await withReadScope(scopeOf(ctx), (tx) =>
      tx.journalLine.findMany({
        where: {
          tenantId: ctx.tenantId,
          entryDate: { gte: dayToDate(period.from), lte: dayToDate(period.to) },
          ...(after ? { OR: [{ entryDate: { gt: after.entryDate } }, { entryDate: after.entryDate, seq: { gt: after.seq } }] } : {}),
        },
        orderBy: [{ entryDate: "asc" }, { seq: "asc" }],
        take,
        select: { entryDate: true, account: true, currency: true, debitMinor: true, creditMinor: true, partnerName: true, reference: true, seq: true },
      }),
    );
    const last = rows.at(-1);
    if (last) after = { entryDate: last.entryDate, seq: last.seq };
    return rows;
  });
}
