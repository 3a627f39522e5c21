import "server-only";
import type { PartnerCtx, SystemCtx, VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { assertFresh, lockRow } from "@/lib/db/concurrency";
import type { Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createId } from "@/lib/ids";
import { orderMachine, stayStep, type OrderStatusValue } from "./lifecycle";

/**
 * One step of an order's life, written the same way whoever takes it: the order row is
 * locked first (`lockOrder`), the step checked against the transition table by the
 * caller, then `writeStep` moves the status (version + 1), appends the timeline entry and
 * records the audit entry `order.<action>` — in the caller's transaction, with its events.
 */

export type Actor = VendorCtx | PartnerCtx | SystemCtx;

const ORDER = {
  id: true,
  tenantId: true,
  partnerId: true,
  number: true,
  status: true,
  version: true,
  currency: true,
  subtotalMinor: true,
  totalMinor: true,
  approvalRequired: true,
  approverPermission: true,
  approvedAt: true,
  idempotencyKey: true,
  shipTo: true,
  holdKind: true,
} as const satisfies Prisma.OrderSelect;

export type LockedOrder = Prisma.OrderGetPayload<{ select: typeof ORDER }>;

/**
 * Locks the order (FOR UPDATE) and reads it. Row-level security decides what the actor
 * can lock: another tenant's or another partner's order is NOT_FOUND. `version`, when
 * given, is the one the person saw: anything newer is STALE_EDIT.
 */
export async function lockOrder(tx: Tx, actor: Actor, orderId: string, version?: number): Promise<LockedOrder> {
  await lockRow(tx, "Order", { tenantId: actor.tenantId, id: orderId });
  const order = await tx.order.findUniqueOrThrow({ where: { tenantId_id: { tenantId: actor.tenantId, id: orderId } }, select: ORDER });
  if (actor.audience === "partner" && order.partnerId !== actor.partnerId) throw new AppError("NOT_FOUND");
  if (version !== undefined && order.version !== version) throw new AppError("STALE_EDIT");
  return order;
}

export type Step = {
  to: OrderStatusValue;
  action: string;
  reason?: string | null;
  /** figures for the timeline and the audit entry */
  data?: Record<string, unknown>;
  /** other columns written with the status */
  patch?: Prisma.OrderUpdateManyMutationInput;
  /** an entry on the timeline that keeps the status (ORDER_STAY_STEPS: a further allocation or partial shipment) */
  stay?: true;
};

const actorName = (actor: Actor) => actor.user?.name ?? "Canal";

/** Moves a locked order one step; returns its new version. */
export async function writeStep(tx: Tx, actor: Actor, order: LockedOrder, step: Step): Promise<number> {
  // the caller asserted the person's permission (or Canal routed it); the table is checked here too
  const kept = step.stay === true && step.to === order.status && stayStep(order.status, step.action) !== undefined;
  if (step.stay && !kept) throw new AppError("INVALID_TRANSITION", { params: { from: order.status, to: step.to } });
  if (!kept && !orderMachine.rule(order.status, step.to)) throw new AppError("INVALID_TRANSITION", { params: { from: order.status, to: step.to } });
  assertFresh(
    await tx.order.updateMany({
      where: { tenantId: order.tenantId, id: order.id, version: order.version },
      data: { ...step.patch, status: step.to, version: { increment: 1 } },
    }),
  );
  const data = JSON.parse(JSON.stringify(step.data ?? {}, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v))) as Prisma.InputJsonObject;
  await tx.orderEvent.create({
    data: {
      id: createId("orderEvent"),
      tenantId: order.tenantId,
      partnerId: order.partnerId,
      orderId: order.id,
      action: step.action,
      fromStatus: order.status,
      toStatus: step.to,
      reason: step.reason ?? null,
      data,
      actorUserId: actor.user?.id ?? null,
      actorName: actorName(actor),
    },
    select: { id: true },
  });
  await recordAudit(tx, actor, {
    action: `order.${step.action}`,
    entityType: "Order",
    entityId: order.id,
    before: { status: order.status },
    after: { status: step.to, ...(step.reason ? { reason: step.reason } : {}), ...data },
  });
  order.status = step.to;
  order.version += 1;
  return order.version;
}
