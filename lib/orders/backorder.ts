import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { withScope } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { needsOf } from "./allocation";
import { stayStep } from "./lifecycle";
import { effectiveUnitPrice, totalsOf } from "./pricing";
import type { DecisionInput } from "./schema";
import { lockOrder, writeStep } from "./steps";
import type { OrderSummary } from "./types";

/**
 * Cancelling the backorder of an allocated or partly shipped order: the units still waiting
 * for stock are not coming. Each line keeps what was allocated to it (shipped or still to
 * ship): its quantity becomes that, its total that × its locked unit price (an approved
 * order's prices never change), and the order's totals follow — so the credit check's open
 * exposure drops by what was cancelled. A line with nothing allocated is kept at 0 units, so
 * the partner still reads what it ordered in the timeline and the line list. The
 * `cancelBackorder` stay step (lib/orders/lifecycle.ts) keeps the status, with the reason
 * the partner reads and the units per SKU; when nothing allocated is left to ship, Canal then
 * moves the order along the table's PARTIALLY_SHIPPED → SHIPPED: it is complete.
 */
export async function cancelBackorder(ctx: VendorCtx, input: DecisionInput): Promise<OrderSummary & { cancelledUnits: number }> {
  authorize(ctx, "orders.cancel");
  return withScope(scopeOf(ctx), async (tx) => {
    const order = await lockOrder(tx, ctx, input.orderId, input.version);
    const step = stayStep(order.status, "cancelBackorder");
    if (!step) throw new AppError("INVALID_TRANSITION", { params: { from: order.status, to: order.status } });
    const reason = input.reason?.trim();
    if (!reason) throw new AppError("REASON_REQUIRED", { fields: { reason: ["errors.REASON_REQUIRED"] } });
    const needs = await needsOf(tx, ctx.tenantId, order.id);
    const cut = needs.filter((n) => n.open > 0);
    if (!cut.length) throw new AppError("INVALID_TRANSITION", { params: { from: order.status, to: order.status } });

    const lines = await tx.orderLine.findMany({
      where: { tenantId: ctx.tenantId, orderId: order.id },
      select: { id: true, quantity: true, listUnitPriceMinor: true, approvedUnitPriceMinor: true, lineTotalMinor: true, shipped: { select: { quantity: true } } },
    });
    const byId = new Map(lines.map((l) => [l.id, l]));
    for (const need of cut) {
      const line = byId.get(need.lineId)!;
      line.quantity -= need.open;
      line.lineTotalMinor = effectiveUnitPrice(line) * BigInt(line.quantity);
      await tx.orderLine.updateMany({
        where: { tenantId: ctx.tenantId, id: line.id },
        data: { quantity: line.quantity, lineTotalMinor: line.lineTotalMinor, backorderedQuantity: 0 },
      });
    }
    const totals = totalsOf(lines);
    const cancelledUnits = cut.reduce((a, n) => a + n.open, 0);
    let version = await writeStep(tx, ctx, order, {
      to: order.status,
      action: step.action,
      stay: true,
      reason,
      data: { units: cancelledUnits, lines: cut.map((n) => `${n.sku} ${n.open}`).join(", "), totalBefore: order.totalMinor, totalAfter: totals.totalMinor },
      patch: { ...totals, backorderedUnits: 0 },
    });
    const complete = lines.every((l) => l.shipped.reduce((a, s) => a + s.quantity, 0) >= l.quantity);
    if (order.status === "PARTIALLY_SHIPPED" && complete) {
      // routed by Canal, like a submission's steps: checked against the table by writeStep
      version = await writeStep(tx, ctx, order, { to: "SHIPPED", action: "ship", data: { backorderCancelled: cancelledUnits } });
    }
    return { id: order.id, number: order.number, status: order.status, version, currency: order.currency, totalMinor: totals.totalMinor, cancelledUnits };
  });
}
