import "server-only";
import type { Tx } from "@/lib/db/scope";
import { createId } from "@/lib/ids";

/**
 * The journal (accounting export, docs/invoicing.md): every invoice, payment and credit note
 * posts its lines when it is recorded, with the account codes of that moment, so changing
 * the ledger settings later never changes a period already exported. Append-only (row-level
 * security refuses UPDATE and DELETE); each posting's debits equal its credits — checked
 * here before anything is written, so an unbalanced posting cannot exist.
 */

export type LedgerAccounts = {
  receivablesAccount: string;
  revenueAccount: string;
  taxPayableAccount: string;
  bankAccount: string;
  creditNotesAccount: string;
};

export type Posting = {
  tenantId: string;
  partnerId: string;
  partnerName: string;
  postingId: string;
  sourceType: "INVOICE" | "PAYMENT" | "CREDIT_NOTE" | "COOP_PAYOUT";
  entryDate: Date;
  currency: string;
  reference: string;
  lines: { account: string; debitMinor?: bigint; creditMinor?: bigint }[];
};

export async function post(tx: Tx, posting: Posting): Promise<void> {
  const lines = posting.lines.filter((l) => (l.debitMinor ?? 0n) !== 0n || (l.creditMinor ?? 0n) !== 0n);
  const debit = lines.reduce((a, l) => a + (l.debitMinor ?? 0n), 0n);
  const credit = lines.reduce((a, l) => a + (l.creditMinor ?? 0n), 0n);
  if (debit !== credit) throw new Error(`unbalanced posting ${posting.postingId}: ${debit} ≠ ${credit}`);
  // one row per line, in the order given: seq keeps it for the export
  for (const line of lines) {
    await tx.journalLine.create({
      data: {
        id: createId("journalLine"),
        tenantId: posting.tenantId,
        partnerId: posting.partnerId,
        partnerName: posting.partnerName,
        postingId: posting.postingId,
        sourceType: posting.sourceType,
        entryDate: posting.entryDate,
        account: line.account,
        currency: posting.currency,
        debitMinor: line.debitMinor ?? 0n,
        creditMinor: line.creditMinor ?? 0n,
        reference: posting.reference,
      },
      select: { id: true },
    });
  }
}
