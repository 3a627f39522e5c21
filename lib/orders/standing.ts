import "server-only";
import type { Tx } from "@/lib/db/scope";
import { OPEN_STATUSES } from "./lifecycle";
import type { PaymentStanding } from "./priority";

/**
 * A partner's payment standing for shipment prioritisation — the ONE place it is read, so
 * that receivables (open invoices, days overdue) can replace its body without touching the
 * score. Until then it is the credit position the orders module knows: an order held for
 * credit → CREDIT_HOLD; a credit limit → the open exposure (the credit check's open orders,
 * lib/orders/credit.ts) against it; no limit → NO_LIMIT.
 */
export async function paymentStandings(tx: Tx, tenantId: string, partnerIds: readonly string[]): Promise<Map<string, PaymentStanding>> {
  const ids = [...new Set(partnerIds)];
  const out = new Map<string, PaymentStanding>(ids.map((id) => [id, { kind: "NO_LIMIT" }]));
  if (!ids.length) return out;
  const [limits, held] = await Promise.all([
    tx.creditLimit.findMany({ where: { tenantId, partnerId: { in: ids } }, select: { partnerId: true, currency: true, limitMinor: true } }),
    tx.order.groupBy({ by: ["partnerId"], where: { tenantId, partnerId: { in: ids }, status: "ON_HOLD", holdKind: "CREDIT" }, _count: { _all: true } }),
  ]);
  const open = limits.length
    ? await tx.order.groupBy({
        by: ["partnerId", "currency"],
        where: { tenantId, partnerId: { in: limits.map((l) => l.partnerId) }, status: { in: [...OPEN_STATUSES] } },
        _sum: { totalMinor: true },
      })
    : [];
  for (const limit of limits) {
    const openMinor = open.find((o) => o.partnerId === limit.partnerId && o.currency === limit.currency)?._sum.totalMinor ?? 0n;
    out.set(limit.partnerId, { kind: "EXPOSURE", openMinor, limitMinor: limit.limitMinor, currency: limit.currency });
  }
  for (const row of held) out.set(row.partnerId, { kind: "CREDIT_HOLD" });
  return out;
}
