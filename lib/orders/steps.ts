import "server-only";
import type { PartnerCtx, SystemCtx, VendorCtx } from "@/lib/auth/context";
import { recordAudits, type AuditEntry } from "@/lib/audit/service";
import { assertFresh } from "@/lib/db/concurrency";
import type { Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { Prisma, type Order } from "@/lib/generated/prisma/client";
import { createId } from "@/lib/ids";
import { orderMachine, stayStep, type OrderStatusValue } from "./lifecycle";

/**
 * One step of an order's life, written the same way whoever takes it: the order row is
 * locked first (`lockOrder`), the step checked against the transition table by the
 * caller, then `writeStep` moves the status (version + 1), appends the timeline entry and
 * records the audit entry `order.<action>` — in the caller's transaction, with its events.
 */

export type Actor = VendorCtx | PartnerCtx | SystemCtx;

/** What a step reads of the order it locked (`lockOrder`, the columns of LOCKED_COLUMNS). */
export type LockedOrder = Pick<
  Order,
  | "id"
  | "tenantId"
  | "partnerId"
  | "number"
  | "status"
  | "version"
  | "currency"
  | "subtotalMinor"
  | "totalMinor"
  | "approvalRequired"
  | "approverPermission"
  | "approvedAt"
  | "idempotencyKey"
  | "shipTo"
  | "holdKind"
>;

/** The columns of `ORDER`, for reading locked orders in one statement. */
const LOCKED_COLUMNS = Prisma.sql`o."id", o."tenantId", o."partnerId", o."number", o."status"::text AS "status", o."version", o."currency",
  o."subtotalMinor", o."totalMinor", o."approvalRequired", o."approverPermission", o."approvedAt", o."idempotencyKey", o."shipTo",
  o."holdKind"::text AS "holdKind"`;

/**
 * Locks (FOR UPDATE) and reads, in one statement, the orders of the actor's tenant that
 * `where` matches (a condition on `o`). Row-level security decides what the actor can lock.
 */
export function lockOrdersWhere(tx: Tx, actor: Actor, where: Prisma.Sql): Promise<LockedOrder[]> {
  return tx.$queryRaw<LockedOrder[]>(lockOrdersSql(actor, where));
}

/** The statement of `lockOrdersWhere`. */
export const lockOrdersSql = (actor: Actor, where: Prisma.Sql) =>
  Prisma.sql`SELECT ${LOCKED_COLUMNS} FROM "Order" o WHERE o."tenantId" = ${actor.tenantId} AND (${where}) FOR UPDATE OF o`;

/** A row of `lockOrdersSql` as sent by hand (lib/db/raw.ts: bigints arrive as digit strings) → the locked order. */
export const lockedOrderOf = (row: Omit<LockedOrder, "subtotalMinor" | "totalMinor"> & { subtotalMinor: string; totalMinor: string }): LockedOrder => ({
  ...row,
  subtotalMinor: BigInt(row.subtotalMinor),
  totalMinor: BigInt(row.totalMinor),
});

/** Another partner's order reads as absent; a `version` other than the person saw is STALE_EDIT. */
export function assertLockable(actor: Actor, order: LockedOrder, version?: number): LockedOrder {
  if (actor.audience === "partner" && order.partnerId !== actor.partnerId) throw new AppError("NOT_FOUND");
  if (version !== undefined && order.version !== version) throw new AppError("STALE_EDIT");
  return order;
}

/**
 * Locks the order (FOR UPDATE) and reads it — one statement. Row-level security decides
 * what the actor can lock: another tenant's or another partner's order is NOT_FOUND.
 * `version`, when given, is the one the person saw: anything newer is STALE_EDIT.
 */
export async function lockOrder(tx: Tx, actor: Actor, orderId: string, version?: number): Promise<LockedOrder> {
  const [order] = await lockOrdersWhere(tx, actor, Prisma.sql`o."id" = ${orderId}`);
  if (!order) throw new AppError("NOT_FOUND");
  return assertLockable(actor, order, version);
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
export function writeStep(tx: Tx, actor: Actor, order: LockedOrder, step: Step): Promise<number> {
  return writeSteps(tx, actor, order, [step]);
}

/** What `writeSteps` writes: the order's new status and columns, its timeline entries and its audit entries. */
export type PlannedSteps = {
  status: OrderStatusValue;
  patch: Prisma.OrderUpdateManyMutationInput;
  events: Prisma.OrderEventCreateManyInput[];
  audits: AuditEntry[];
};

/**
 * The steps checked against the table, each from the status the one before left, and
 * what they write (pure: `writeSteps` writes it; a submission sends it in its own
 * statements, lib/orders/submit.ts).
 */
export function planSteps(actor: Actor, order: LockedOrder, steps: readonly Step[]): PlannedSteps {
  let status = order.status;
  const events: Prisma.OrderEventCreateManyInput[] = [];
  const audits: AuditEntry[] = [];
  let patch: Prisma.OrderUpdateManyMutationInput = {};
  for (const step of steps) {
    // the caller asserted the person's permission (or Canal routed it); the table is checked here too
    const kept = step.stay === true && step.to === status && stayStep(status, step.action) !== undefined;
    if (step.stay && !kept) throw new AppError("INVALID_TRANSITION", { params: { from: status, to: step.to } });
    if (!kept && !orderMachine.rule(status, step.to)) throw new AppError("INVALID_TRANSITION", { params: { from: status, to: step.to } });
    const data = JSON.parse(JSON.stringify(step.data ?? {}, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v))) as Prisma.InputJsonObject;
    events.push({
      id: createId("orderEvent"),
      tenantId: order.tenantId,
      partnerId: order.partnerId,
      orderId: order.id,
      action: step.action,
      fromStatus: status,
      toStatus: step.to,
      reason: step.reason ?? null,
      data,
      actorUserId: actor.user?.id ?? null,
      actorName: actorName(actor),
    });
    audits.push({
      action: `order.${step.action}`,
      entityType: "Order",
      entityId: order.id,
      before: { status },
      after: { status: step.to, ...(step.reason ? { reason: step.reason } : {}), ...data },
    });
    patch = { ...patch, ...step.patch };
    status = step.to;
  }
  return { status, patch, events, audits };
}

/**
 * Moves a locked order through several steps in a row (a submission and its routing),
 * each checked against the table from the status the one before left — written as one
 * update of the order (the steps' columns in turn, version + the number of steps), one
 * insert of their timeline entries (in turn: `seq` follows) and one of their audit entries.
 * Returns the new version.
 */
export async function writeSteps(tx: Tx, actor: Actor, order: LockedOrder, steps: readonly Step[]): Promise<number> {
  const { status, patch, events, audits } = planSteps(actor, order, steps);
  if (!steps.length) return order.version;
  assertFresh(
    await tx.order.updateMany({
      where: { tenantId: order.tenantId, id: order.id, version: order.version },
      data: { ...patch, status, version: { increment: steps.length } },
    }),
  );
  // createMany: one INSERT of the rows in turn (the timeline's `seq` keeps their order)
  await tx.orderEvent.createMany({ data: events });
  await recordAudits(tx, actor, audits);
  order.status = status;
  order.version += steps.length;
  return order.version;
}
