import "server-only";
import { authorize, can, scopeOf, type VendorCtx } from "@/lib/auth/context";
import type { Permission } from "@/lib/auth/permissions";
import { withScope, type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import type { TenantEventType } from "@/lib/notify/events";
import { deallocateOrder } from "./allocation";
import { orderMachine, type OrderStatusValue } from "./lifecycle";
import { amountText, orderLink, orderNumberText, publishOrderEvent, unsafeFinanceOf, unsafeFollowersOf } from "./notify";
import type { DecisionInput } from "./schema";
import { lockOrder, writeStep, type LockedOrder } from "./steps";
import type { OrderSummary } from "./types";

/**
 * The back office's decisions on an order: approve (a special order needs the approver
 * permission its rules named), reject and cancel (with a reason, told to the partner),
 * hold (with a reason, told to finance and the partner) and release (back to approval if
 * it still needs one, else approved). Approving locks every line's price for this order:
 * the requested price of a special line, the engine's price of the others.
 */

const summary = (order: LockedOrder, version: number): OrderSummary => ({
  id: order.id,
  number: order.number,
  status: order.status,
  version,
  currency: order.currency,
  totalMinor: order.totalMinor,
});

/** Locks each line's price and recomputes the totals from them (exact, in minor units). */
async function lockPrices(tx: Tx, order: LockedOrder): Promise<void> {
  await tx.$executeRaw`
    UPDATE "OrderLine"
       SET "approvedUnitPriceMinor" = COALESCE("requestedUnitPriceMinor", "listUnitPriceMinor"),
           "lineTotalMinor" = COALESCE("requestedUnitPriceMinor", "listUnitPriceMinor") * "quantity"
     WHERE "tenantId" = ${order.tenantId} AND "orderId" = ${order.id}`;
  const [row] = await tx.$queryRaw<{ total: bigint }[]>`
    SELECT COALESCE(SUM("lineTotalMinor"), 0)::bigint AS "total" FROM "OrderLine" WHERE "tenantId" = ${order.tenantId} AND "orderId" = ${order.id}`;
  order.totalMinor = row!.total;
}

async function tell(tx: Tx, ctx: VendorCtx, order: LockedOrder, type: TenantEventType, params: Record<string, string>, finance = false) {
  const userIds = await unsafeFollowersOf(tx, ctx.tenantId, order.partnerId);
  if (finance) userIds.push(...(await unsafeFinanceOf(tx, ctx.tenantId)));
  const partner = await tx.partner.findUniqueOrThrow({ where: { tenantId_id: { tenantId: ctx.tenantId, id: order.partnerId } }, select: { name: true } });
  await publishOrderEvent(tx, {
    tenantId: ctx.tenantId,
    type,
    userIds: userIds.filter((id) => id !== ctx.user.id),
    link: orderLink(ctx.tenant, "partner", order.id),
    params: { order: orderNumberText(order.number), partner: partner.name, tenant: ctx.tenant.name, total: amountText(order.totalMinor, order.currency), ...params },
  });
}

async function approveInTx(tx: Tx, ctx: VendorCtx, order: LockedOrder, reason: string | null, action: string): Promise<number> {
  if (order.approverPermission && !can(ctx, order.approverPermission as Permission)) throw new AppError("FORBIDDEN");
  await lockPrices(tx, order);
  const version = await writeStep(tx, ctx, order, {
    to: "APPROVED",
    action,
    reason,
    data: { totalMinor: order.totalMinor },
    patch: { approvedAt: new Date(), approvedByUserId: ctx.user.id, approvedByName: ctx.user.name, subtotalMinor: order.totalMinor, totalMinor: order.totalMinor, holdKind: null },
  });
  await tell(tx, ctx, order, "order.approved", { reason: reason ?? "" });
  return version;
}

export async function approveOrder(ctx: VendorCtx, input: DecisionInput): Promise<OrderSummary> {
  authorize(ctx, "orders.approve");
  return withScope(scopeOf(ctx), async (tx) => {
    const order = await lockOrder(tx, ctx, input.orderId, input.version);
    const { rule, reason } = orderMachine.assert(ctx, order.status, "APPROVED", input.reason);
    return summary(order, await approveInTx(tx, ctx, order, reason, rule.action));
  });
}

export async function rejectOrder(ctx: VendorCtx, input: DecisionInput): Promise<OrderSummary> {
  authorize(ctx, "orders.approve");
  return withScope(scopeOf(ctx), async (tx) => {
    const order = await lockOrder(tx, ctx, input.orderId, input.version);
    const { rule, reason } = orderMachine.assert(ctx, order.status, "REJECTED", input.reason);
    if (order.approverPermission && !can(ctx, order.approverPermission as Permission)) throw new AppError("FORBIDDEN");
    const version = await writeStep(tx, ctx, order, { to: "REJECTED", action: rule.action, reason, patch: { statusReason: reason } });
    await tell(tx, ctx, order, "order.rejected", { reason: reason! });
    return summary(order, version);
  });
}

export async function holdOrder(ctx: VendorCtx, input: DecisionInput): Promise<OrderSummary> {
  authorize(ctx, "orders.hold");
  return withScope(scopeOf(ctx), async (tx) => {
    const order = await lockOrder(tx, ctx, input.orderId, input.version);
    const { rule, reason } = orderMachine.assert(ctx, order.status, "ON_HOLD", input.reason);
    const version = await writeStep(tx, ctx, order, { to: "ON_HOLD", action: rule.action, reason, data: { kind: "MANUAL" }, patch: { holdKind: "MANUAL", statusReason: reason } });
    await tell(tx, ctx, order, "order.held", { reason: reason!, kind: "MANUAL" }, true);
    return summary(order, version);
  });
}

/** Releases a hold: back to approval while a special order still waits for one, else approved. */
export async function releaseOrder(ctx: VendorCtx, input: DecisionInput): Promise<OrderSummary> {
  authorize(ctx, "orders.hold");
  return withScope(scopeOf(ctx), async (tx) => {
    const order = await lockOrder(tx, ctx, input.orderId, input.version);
    const to: OrderStatusValue = order.approvalRequired && !order.approvedAt ? "PENDING_APPROVAL" : "APPROVED";
    const { rule, reason } = orderMachine.assert(ctx, order.status, to, input.reason);
    if (order.holdKind === "CREDIT" && !can(ctx, "orders.credit")) throw new AppError("FORBIDDEN");
    if (to === "APPROVED") return summary(order, await approveInTx(tx, ctx, order, reason, rule.action));
    const version = await writeStep(tx, ctx, order, { to, action: rule.action, reason, patch: { holdKind: null, statusReason: null } });
    return summary(order, version);
  });
}

/** Cancels an order the partner can no longer change; stock it holds goes back (DEALLOCATION). */
export async function cancelOrder(ctx: VendorCtx, input: DecisionInput): Promise<OrderSummary> {
  authorize(ctx, "orders.cancel");
  return withScope(scopeOf(ctx), async (tx) => {
    const order = await lockOrder(tx, ctx, input.orderId, input.version);
    const { rule, reason } = orderMachine.assert(ctx, order.status, "CANCELLED", input.reason);
    const released = order.status === "ALLOCATED" ? await deallocateOrder(tx, ctx, order.id) : 0;
    const version = await writeStep(tx, ctx, order, { to: "CANCELLED", action: rule.action, reason, data: { released }, patch: { statusReason: reason } });
    await tell(tx, ctx, order, "order.cancelled", { reason: reason! });
    return summary(order, version);
  });
}
