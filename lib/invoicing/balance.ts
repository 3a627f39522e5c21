import "server-only";
import type { Tx } from "@/lib/db/scope";
import type { InvoiceSettlement } from "@/lib/generated/prisma/enums";

/**
 * An invoice's open balance moves only here, under its row lock (the caller took it), in the
 * transaction that writes the allocation or credit note it mirrors:
 * balance = total − paid − credited, never below zero.
 */

export function settlementOf(figures: { balanceMinor: bigint; paidMinor: bigint }): InvoiceSettlement {
  if (figures.balanceMinor === 0n) return figures.paidMinor === 0n ? "CREDITED" : "PAID";
  return figures.paidMinor > 0n ? "PARTIALLY_PAID" : "OPEN";
}

export type LockedInvoice = {
  id: string;
  tenantId: string;
  partnerId: string;
  number: number;
  currency: string;
  totalMinor: bigint;
  paidMinor: bigint;
  creditedMinor: bigint;
  balanceMinor: bigint;
};

const LOCKED = { id: true, tenantId: true, partnerId: true, number: true, currency: true, totalMinor: true, paidMinor: true, creditedMinor: true, balanceMinor: true } as const;

/** Locks the invoices (in id order: two transactions never wait on each other in a circle) and reads them. */
export async function lockInvoices(tx: Tx, tenantId: string, ids: readonly string[]): Promise<Map<string, LockedInvoice>> {
  const sorted = [...new Set(ids)].sort();
  if (!sorted.length) return new Map();
  await tx.$queryRaw`SELECT "id" FROM "Invoice" WHERE "tenantId" = ${tenantId} AND "id" = ANY(${sorted}::text[]) ORDER BY "id" FOR UPDATE`;
  const rows = await tx.invoice.findMany({ where: { tenantId, id: { in: sorted } }, select: LOCKED });
  return new Map(rows.map((r) => [r.id, r]));
}

/** Writes a locked invoice's new paid / credited figures, its balance and settlement. */
export async function moveBalance(tx: Tx, invoice: LockedInvoice, change: { paidMinor?: bigint; creditedMinor?: bigint }): Promise<LockedInvoice> {
  const paidMinor = invoice.paidMinor + (change.paidMinor ?? 0n);
  const creditedMinor = invoice.creditedMinor + (change.creditedMinor ?? 0n);
  const balanceMinor = invoice.totalMinor - paidMinor - creditedMinor;
  if (balanceMinor < 0n) throw new Error(`invoice ${invoice.id} below zero`);
  await tx.invoice.update({
    where: { tenantId_id: { tenantId: invoice.tenantId, id: invoice.id } },
    data: { paidMinor, creditedMinor, balanceMinor, settlement: settlementOf({ balanceMinor, paidMinor }) },
    select: { id: true },
  });
  return { ...invoice, paidMinor, creditedMinor, balanceMinor };
}
