import "server-only";
import type { Tx } from "@/lib/db/scope";

/**
 * What tiers, incentives and forecasts read about a partner's deals, one function per
 * metric, each for a period [from, to] (instants; a calendar period is its first moment
 * and the first moment after it, `to` excluded). They run in the caller's transaction,
 * which must read the tenant (a vendor or system scope, as the programs' evaluation runs).
 *
 * - registered: registrations submitted in the period, whatever became of them;
 * - approved: registrations approved in the period (those that expired since included);
 * - won deals / won value: the partner's deals closed as won in the period; value is the
 *   sum in `currency` only — deals in another currency are not converted, so not counted.
 */
export type DealMetricQuery = { tenantId: string; partnerId: string; from: Date; to: Date };

const within = (query: DealMetricQuery) => ({ gte: query.from, lt: query.to });

export function registeredDeals(tx: Tx, query: DealMetricQuery): Promise<number> {
  return tx.dealRegistration.count({ where: { tenantId: query.tenantId, partnerId: query.partnerId, createdAt: within(query) } });
}

export function approvedDeals(tx: Tx, query: DealMetricQuery): Promise<number> {
  // Approval is the one decision that sets a protection end; a rejection or withdrawal does not.
  return tx.dealRegistration.count({
    where: { tenantId: query.tenantId, partnerId: query.partnerId, decidedAt: within(query), protectedUntil: { not: null } },
  });
}

export function wonDeals(tx: Tx, query: DealMetricQuery): Promise<number> {
  return tx.opportunity.count({ where: { tenantId: query.tenantId, partnerId: query.partnerId, status: "WON", closedAt: within(query) } });
}

export async function wonValue(tx: Tx, query: DealMetricQuery & { currency: string }): Promise<bigint> {
  const sum = await tx.opportunity.aggregate({
    where: { tenantId: query.tenantId, partnerId: query.partnerId, status: "WON", currency: query.currency, closedAt: within(query) },
    _sum: { amountMinor: true },
  });
  return sum._sum.amountMinor ?? 0n;
}
