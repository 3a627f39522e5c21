import "server-only";
import { dateToDay, todayIn } from "@/lib/activities/dates";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { lockKey } from "@/lib/db/concurrency";
import { withRawScope } from "@/lib/db/raw";
import { withReadScope } from "@/lib/db/read";
import { withScope, type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import type { ListPage } from "@/lib/lists/query";
import { allocateInTx } from "./allocation";
import { ALLOCATABLE_STATUSES } from "./lifecycle";
import { allocationQueueQuery, type AllocationQueueQuery, type PriorityWeightsInput } from "./priority-schema";
import { byPriority, DEFAULT_PRIORITY_WEIGHTS, scoreOrder, type PriorityWeights } from "./priority";
import { typedOrderAmount } from "./schema";
import { paymentStandings } from "./standing";
import type { AllocationQueueItem } from "./types";

/**
 * The allocation queue: orders waiting for stock (approved and not allocated, or allocated
 * in part with a backorder), each scored with the tenant's weights (lib/orders/priority.ts)
 * when it is read — so age and the requested day are always today's — highest score first.
 * "Allocate in priority order" walks that queue and allocates each order in its own
 * transaction (lib/orders/allocation.ts), so scarce stock goes to the higher scores first.
 * The queue is read whole (it holds what waits for stock, not the order history), up to
 * QUEUE_CAP orders, the oldest submissions first beyond it.
 */

export const QUEUE_CAP = 2000;

type Weighted = PriorityWeights & { version: number; saved: boolean };

async function weightsOf(tx: Tx, tenantId: string): Promise<Weighted> {
  const row = await tx.orderPrioritySettings.findUnique({ where: { tenantId }, select: { tierWeight: true, ageWeight: true, ageDays: true, requestedWeight: true, requestedWindowDays: true, valueWeight: true, valueCapMinor: true, priorityFlagWeight: true, standingWeight: true, version: true } });
  return row ? { ...row, saved: true } : { ...DEFAULT_PRIORITY_WEIGHTS, version: 0, saved: false };
}

type QueueScope = { tenantId: string; tenant: { timeZone: string } };
const BACKORDER_STATUSES = ALLOCATABLE_STATUSES.filter((s) => s !== "APPROVED");

/**
 * Every order waiting for stock, scored and sorted (highest first); with `backorderOf`,
 * only the orders whose backorder waits for that product (the receipt job's queue).
 */
export async function scoredQueue(tx: Tx, ctx: QueueScope, filter: { partnerId?: string; backorderOf?: string } = {}): Promise<AllocationQueueItem[]> {
  const weights = await weightsOf(tx, ctx.tenantId);
  const { partnerId, backorderOf } = filter;
  const orders = await tx.order.findMany({
    where: {
      tenantId: ctx.tenantId,
      ...(partnerId ? { partnerId } : {}),
      ...(backorderOf
        ? { status: { in: BACKORDER_STATUSES }, backorderedUnits: { gt: 0 }, lines: { some: { productId: backorderOf, backorderedQuantity: { gt: 0 } } } }
        : { OR: [{ status: "APPROVED" }, { status: { in: BACKORDER_STATUSES }, backorderedUnits: { gt: 0 } }] }),
    },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    take: QUEUE_CAP,
    select: {
      id: true,
      number: true,
      status: true,
      version: true,
      currency: true,
      totalMinor: true,
      poNumber: true,
      priority: true,
      holdKind: true,
      submittedAt: true,
      createdAt: true,
      requestedDate: true,
      backorderedUnits: true,
      partner: { select: { id: true, name: true } },
    },
  });
  const partnerIds = [...new Set(orders.map((o) => o.partner.id))];
  const [standings, enrolments] = await Promise.all([
    paymentStandings(tx, ctx.tenantId, partnerIds),
    tx.partnerProgram.findMany({
      where: { tenantId: ctx.tenantId, partnerId: { in: partnerIds } },
      select: { partnerId: true, tier: { select: { name: true, rank: true } }, program: { select: { tiers: { select: { rank: true }, orderBy: { rank: "desc" }, take: 1 } } } },
    }),
  ]);
  const tiers = new Map(
    enrolments.map((e) => [e.partnerId, e.tier ? { name: e.tier.name, rank: e.tier.rank, top: e.program.tiers[0]?.rank ?? e.tier.rank } : null]),
  );
  const today = todayIn(ctx.tenant.timeZone);
  return orders
    .map(({ requestedDate, ...order }) => {
      const { score, terms } = scoreOrder(weights, {
        tier: tiers.get(order.partner.id) ?? null,
        submittedDay: order.submittedAt ? todayIn(ctx.tenant.timeZone, order.submittedAt) : today,
        today,
        requestedDay: requestedDate ? dateToDay(requestedDate) : null,
        totalMinor: order.totalMinor,
        currency: order.currency,
        priority: order.priority,
        standing: standings.get(order.partner.id) ?? { kind: "NO_LIMIT" },
      });
      return { ...order, requestedDate: requestedDate ? dateToDay(requestedDate) : null, score, terms };
    })
    .sort(byPriority);
}

export async function listAllocationQueue(ctx: VendorCtx, input: Partial<AllocationQueueQuery> = {}): Promise<ListPage<AllocationQueueItem>> {
  authorize(ctx, "orders.read");
  const query = { ...allocationQueueQuery.parse({}), ...input };
  const queue = await withReadScope(scopeOf(ctx), (tx) => scoredQueue(tx, ctx, query.partner ? { partnerId: query.partner } : {}));
  // one sort (the score, highest first); "ascending" reads the queue from its end
  const sorted = query.sort.desc ? queue : [...queue].reverse();
  const start = (query.page - 1) * query.pageSize;
  return { rows: sorted.slice(start, start + query.pageSize), total: queue.length, page: query.page, pageSize: query.pageSize };
}

/** One order's place in the queue (its score and terms), or null when it does not wait for stock. */
export async function orderPriority(ctx: VendorCtx, orderId: string): Promise<AllocationQueueItem | null> {
  authorize(ctx, "orders.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const order = await tx.order.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: orderId } }, select: { partnerId: true } });
    if (!order) throw new AppError("NOT_FOUND");
    return (await scoredQueue(tx, ctx, { partnerId: order.partnerId })).find((o) => o.id === orderId) ?? null;
  });
}

export type PriorityRun = { allocated: number; units: number; backorderedUnits: number; waiting: number };

/**
 * Allocates the queue in score order, each order in its own transaction (an order's row,
 * then its stock items, as every allocation locks them: never a deadlock with a person
 * allocating one order meanwhile). An order with nothing free waits (OUT_OF_STOCK is not an
 * error here); the allocation step's timeline entry keeps the score and its terms.
 */
export async function allocateInPriorityOrder(ctx: VendorCtx): Promise<PriorityRun> {
  authorize(ctx, "orders.fulfil");
  const queue = await withScope(scopeOf(ctx), (tx) => scoredQueue(tx, ctx));
  const run: PriorityRun = { allocated: 0, units: 0, backorderedUnits: 0, waiting: 0 };
  for (const item of queue) {
    try {
      const done = await withRawScope(scopeOf(ctx), (tx) => allocateInTx(tx, ctx, item.id, { note: { priority: { score: item.score, terms: item.terms } } }));
      run.allocated += 1;
      run.units += done.units;
      run.backorderedUnits += done.backorderedUnits;
    } catch (error) {
      // nothing free for it, or it moved on (allocated, cancelled, held) since the queue was read
      if (error instanceof AppError && (error.code === "OUT_OF_STOCK" || error.code === "INVALID_TRANSITION")) run.waiting += 1;
      else throw error;
    }
  }
  return run;
}

export async function getPriorityWeights(ctx: VendorCtx): Promise<Weighted> {
  authorize(ctx, "orders.read");
  return withReadScope(scopeOf(ctx), (tx) => weightsOf(tx, ctx.tenantId));
}

/** Saves the tenant's weights (a stale form is STALE_EDIT); the queue scores with them at once. */
export async function savePriorityWeights(ctx: VendorCtx, input: PriorityWeightsInput): Promise<{ version: number }> {
  authorize(ctx, "orders.configure");
  const valueCapMinor = typedOrderAmount(input.valueCap, ctx.tenant.currency);
  if (valueCapMinor === null || valueCapMinor <= 0n) throw new AppError("VALIDATION_FAILED", { fields: { valueCap: ["orders.validation.amount"] } });
  const { version, valueCap: _typed, ...weights } = input;
  const data = { ...weights, valueCapMinor };
  return withScope(scopeOf(ctx), async (tx) => {
    // the tenant's first save creates the row: two first saves must not both try
    await lockKey(tx, `orderPriority:${ctx.tenantId}`);
    const before = await weightsOf(tx, ctx.tenantId);
    if (before.version !== version) throw new AppError("STALE_EDIT");
    if (before.saved) {
      const updated = await tx.orderPrioritySettings.updateMany({ where: { tenantId: ctx.tenantId, version }, data: { ...data, version: { increment: 1 } } });
      if (updated.count !== 1) throw new AppError("STALE_EDIT");
    } else {
      await tx.orderPrioritySettings.create({ data: { id: createId("orderPrioritySettings"), tenantId: ctx.tenantId, ...data, version: 1 }, select: { id: true } });
    }
    const { saved: _saved, version: _version, ...old } = before;
    await recordAudit(tx, ctx, {
      action: "order.priorityWeightsSet",
      entityType: "Tenant",
      entityId: ctx.tenantId,
      before: { ...old, valueCapMinor: old.valueCapMinor.toString() },
      after: { ...weights, valueCapMinor: valueCapMinor.toString() },
    });
    return { version: version + 1 };
  });
}
