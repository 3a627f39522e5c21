import "server-only";
import type { Tx } from "@/lib/db/scope";
import { OPEN_STATUSES } from "./lifecycle";

/**
 * The credit check of a submission: the partner's open exposure in the limit's currency —
 * every order it has submitted and not had rejected or cancelled (until invoices and
 * payments land, a delivered order counts as unpaid) — plus this order, against its credit
 * limit. No limit row: no check. An order in another currency than the limit cannot be
 * compared, and is held for finance too (they decide).
 */

export type CreditFigures = { limitMinor: string; openMinor: string; orderMinor: string; currency: string; orderCurrency: string };
export type CreditCheck = { ok: true; figures: CreditFigures | null } | { ok: false; figures: CreditFigures };

export async function checkCredit(tx: Tx, order: { tenantId: string; partnerId: string; id: string; currency: string; totalMinor: bigint }): Promise<CreditCheck> {
  const limit = await tx.creditLimit.findUnique({
    where: { tenantId_partnerId: { tenantId: order.tenantId, partnerId: order.partnerId } },
    select: { currency: true, limitMinor: true },
  });
  if (!limit) return { ok: true, figures: null };
  const open = await tx.order.aggregate({
    where: { tenantId: order.tenantId, partnerId: order.partnerId, currency: limit.currency, status: { in: [...OPEN_STATUSES] }, id: { not: order.id } },
    _sum: { totalMinor: true },
  });
  const openMinor = open._sum.totalMinor ?? 0n;
  const figures: CreditFigures = {
    limitMinor: limit.limitMinor.toString(),
    openMinor: openMinor.toString(),
    orderMinor: order.totalMinor.toString(),
    currency: limit.currency,
    orderCurrency: order.currency,
  };
  if (limit.currency !== order.currency) return { ok: false, figures };
  return openMinor + order.totalMinor > limit.limitMinor ? { ok: false, figures } : { ok: true, figures };
}
