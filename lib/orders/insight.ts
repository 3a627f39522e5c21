import "server-only";
import { todayIn } from "@/lib/activities/dates";
import { authorize, can, scopeOf, type PartnerCtx, type VendorCtx } from "@/lib/auth/context";
import { withReadScope } from "@/lib/db/read";
import type { Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { balancesIn, trailingStart, trailingVolumeIn, type OwnBalance, type TrailingVolume } from "@/lib/invoicing/account";
import type { NextBreak } from "@/lib/pricing/resolve";
import { tierOutlookIn, type TierOutlook } from "@/lib/programs/outlook";
import { openExposure } from "./credit";
import { resolutionOf } from "./explanation";
import type { OrderStatusValue } from "./lifecycle";

/**
 * Account insight, for the rep on the partner 360 and for the rep and the partner while an
 * order is open: the partner's trailing volume (invoiced net, lib/invoicing), how far its
 * order lines are from their next price break (the pricing engine's own `nextBreak`, kept
 * on each line when it was priced — never recomputed here), how far it is from its next
 * tier (the programs module's last evaluation), its open receivables and its credit
 * headroom. Each part is read only when the reader may read its source (invoices,
 * programs); what it may not read is null and the screen leaves it out.
 */

/** While an order's prices can still move: before approval locks them. */
export const INSIGHT_STATUSES = ["DRAFT", "SUBMITTED", "PENDING_APPROVAL", "ON_HOLD"] as const satisfies readonly OrderStatusValue[];

export type BreakDistance = {
  orderId: string;
  orderNumber: number | null;
  sku: string;
  name: string;
  nameEs: string;
  quantity: number;
  currency: string;
  unitPriceMinor: bigint;
  next: NextBreak;
};

export type AccountInsight = {
  today: string;
  /** invoiced net from `since` (inclusive) to today */
  volume: { since: string; rows: TrailingVolume[] } | null;
  /** the lines closest to a cheaper break first */
  breaks: BreakDistance[];
  /** null when the reader may not read programs; `outlook` null when the partner is in none */
  tier: { outlook: TierOutlook | null } | null;
  receivables: OwnBalance[] | null;
  credit: { currency: string; limitMinor: bigint; exposureMinor: bigint } | null;
};

const BREAKS_SHOWN = 5;

async function breaksIn(tx: Tx, where: { tenantId: string; partnerId: string; orderId?: string }): Promise<BreakDistance[]> {
  const lines = await tx.orderLine.findMany({
    where: { tenantId: where.tenantId, order: { partnerId: where.partnerId, status: { in: [...INSIGHT_STATUSES] }, ...(where.orderId ? { id: where.orderId } : {}) } },
    orderBy: [{ orderId: "asc" }, { position: "asc" }],
    take: 200,
    select: { orderId: true, sku: true, name: true, nameEs: true, quantity: true, explanation: true, order: { select: { number: true, currency: true } } },
  });
  const found: BreakDistance[] = [];
  for (const line of lines) {
    const resolution = resolutionOf(line.explanation);
    if (!resolution?.ok || !resolution.nextBreak) continue;
    found.push({
      orderId: line.orderId,
      orderNumber: line.order.number,
      sku: line.sku,
      name: line.name,
      nameEs: line.nameEs,
      quantity: line.quantity,
      currency: line.order.currency,
      unitPriceMinor: resolution.unitPriceMinor,
      next: resolution.nextBreak,
    });
  }
  return found.sort((a, b) => a.next.more - b.next.more || a.sku.localeCompare(b.sku)).slice(0, BREAKS_SHOWN);
}

async function creditIn(tx: Tx, tenantId: string, partnerId: string): Promise<AccountInsight["credit"]> {
  const limit = await tx.creditLimit.findUnique({ where: { tenantId_partnerId: { tenantId, partnerId } }, select: { currency: true, limitMinor: true } });
  if (!limit) return null;
  // the credit check's own figure (lib/orders/credit.ts): open invoices + submitted orders not invoiced yet
  return { currency: limit.currency, limitMinor: limit.limitMinor, exposureMinor: await openExposure(tx, { tenantId, partnerId, currency: limit.currency }) };
}

type Reads = { invoices: boolean; programs: boolean; credit: boolean };

async function insightIn(tx: Tx, key: { tenantId: string; partnerId: string; orderId?: string; today: string }, reads: Reads): Promise<AccountInsight> {
  const since = trailingStart(key.today);
  // one statement at a time: a transaction runs them in turn anyway
  const breaks = await breaksIn(tx, key);
  const volume = reads.invoices ? { since, rows: await trailingVolumeIn(tx, key.tenantId, key.partnerId, since) } : null;
  const receivables = reads.invoices ? await balancesIn(tx, key.tenantId, key.partnerId, key.today) : null;
  const tier = reads.programs ? { outlook: await tierOutlookIn(tx, key.tenantId, key.partnerId) } : null;
  const credit = reads.credit ? await creditIn(tx, key.tenantId, key.partnerId) : null;
  return { today: key.today, volume, breaks, tier, receivables, credit };
}

const vendorReads = (ctx: VendorCtx): Reads => ({ invoices: can(ctx, "invoices.read"), programs: can(ctx, "programs.read"), credit: can(ctx, "orders.read") });

/** The partner 360's insight: every open order's lines near a break. */
export async function partnerInsight(ctx: VendorCtx, partnerId: string): Promise<AccountInsight> {
  authorize(ctx, "partners.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const partner = await tx.partner.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: partnerId } }, select: { id: true } });
    if (!partner) throw new AppError("NOT_FOUND");
    return insightIn(tx, { tenantId: ctx.tenantId, partnerId, today: todayIn(ctx.tenant.timeZone) }, vendorReads(ctx));
  });
}

/** The back office's order page: this order's lines near a break, and the partner's account. */
export async function orderInsight(ctx: VendorCtx, orderId: string): Promise<AccountInsight> {
  authorize(ctx, "orders.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const order = await tx.order.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: orderId } }, select: { partnerId: true } });
    if (!order) throw new AppError("NOT_FOUND");
    return insightIn(tx, { tenantId: ctx.tenantId, partnerId: order.partnerId, orderId, today: todayIn(ctx.tenant.timeZone) }, vendorReads(ctx));
  });
}

/** The partner's cart: the same insight on its own account (what its role may read). */
export async function ownOrderInsight(ctx: PartnerCtx, orderId: string): Promise<AccountInsight> {
  authorize(ctx, "ownOrders.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const order = await tx.order.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: orderId } }, select: { partnerId: true } });
    if (!order || order.partnerId !== ctx.partnerId) throw new AppError("NOT_FOUND");
    return insightIn(
      tx,
      { tenantId: ctx.tenantId, partnerId: ctx.partnerId, orderId, today: todayIn(ctx.tenant.timeZone) },
      { invoices: can(ctx, "ownInvoices.read"), programs: can(ctx, "ownProgram.read"), credit: can(ctx, "ownInvoices.read") },
    );
  });
}
