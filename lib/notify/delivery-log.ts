import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { withReadScope } from "@/lib/db/read";
import { withScope, type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { inBatches } from "@/lib/lists/csv";
import { direction, pageWindow, type ListPage } from "@/lib/lists/query";
import { deliveryListQuery, type DeliveryChannelValue, type DeliveryListQuery, type DeliveryStatus } from "./schema";

/** One message of the delivery log (never its body or headers). */
export type DeliveryLogItem = {
  id: string;
  createdAt: Date;
  channel: DeliveryChannelValue;
  to: string;
  subject: string | null;
  eventType: string;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: Date;
  sentAt: Date | null;
  deliveredAt: Date | null;
};

export type DeliveryLogPage = ListPage<DeliveryLogItem> & {
  /** Per status, within the other filters (not the status filter), so every chip has its number. */
  countsByStatus: Partial<Record<DeliveryStatus, number>>;
};

/** Statuses a tenant admin may put back in the queue. */
const RETRYABLE: DeliveryStatus[] = ["DEAD", "FAILED", "BOUNCED"];

const ORDER: Record<DeliveryListQuery["sort"]["id"], (dir: "asc" | "desc") => Prisma.DeliveryOrderByWithRelationInput> =
  {
    created: (dir) => ({ createdAt: dir }),
    status: (dir) => ({ status: dir }),
    attempts: (dir) => ({ attempts: dir }),
    next: (dir) => ({ nextAttemptAt: dir }),
  };

function baseWhere(ctx: VendorCtx, query: DeliveryListQuery, asOf?: Date): Prisma.DeliveryWhereInput {
  return {
    tenantId: ctx.tenantId,
    ...(query.channel ? { channel: query.channel } : {}),
    ...(query.q ? { to: { contains: query.q, mode: "insensitive" } } : {}),
    ...(asOf ? { createdAt: { lte: asOf } } : {}),
  };
}

async function deliveryRows(
  tx: Tx,
  where: Prisma.DeliveryWhereInput,
  query: DeliveryListQuery,
  window: { skip: number; take: number },
) {
  const rows = await tx.delivery.findMany({
    where,
    orderBy: [ORDER[query.sort.id](direction(query.sort)), { id: direction(query.sort) }],
    ...window,
    select: {
      id: true,
      createdAt: true,
      channel: true,
      to: true,
      subject: true,
      status: true,
      attempts: true,
      lastError: true,
      nextAttemptAt: true,
      sentAt: true,
      deliveredAt: true,
      event: { select: { type: true } },
    },
  });
  return rows.map(({ event, channel, ...row }): DeliveryLogItem => ({
    ...row,
    channel: channel === "SMS" ? "SMS" : "EMAIL",
    eventType: event.type,
  }));
}

const fullQuery = (input: Partial<DeliveryListQuery>): DeliveryListQuery => ({
  ...deliveryListQuery.parse({}),
  ...input,
});

/** The tenant's delivery log: every e-mail and SMS with its status, attempts and last error. */
export async function listDeliveries(ctx: VendorCtx, input: Partial<DeliveryListQuery> = {}): Promise<DeliveryLogPage> {
  authorize(ctx, "deliveries.read");
  const query = fullQuery(input);
  const page = Math.max(1, Math.floor(query.page) || 1);
  const base = baseWhere(ctx, query);
  const where = { ...base, ...(query.status ? { status: query.status } : {}) };
  return withReadScope(scopeOf(ctx), async (tx) => {
    const [rows, total, groups] = await Promise.all([
      deliveryRows(tx, where, query, pageWindow({ page, pageSize: query.pageSize })),
      tx.delivery.count({ where }),
      tx.delivery.groupBy({ by: ["status"], where: base, _count: { _all: true } }),
    ]);
    return {
      rows,
      total,
      page,
      pageSize: query.pageSize,
      countsByStatus: Object.fromEntries(groups.map((g) => [g.status, g._count._all])) as Partial<
        Record<DeliveryStatus, number>
      >,
    };
  });
}

/** Every delivery matching the filters, for the CSV export. */
export function exportDeliveries(ctx: VendorCtx, input: Partial<DeliveryListQuery>): AsyncIterable<DeliveryLogItem> {
  authorize(ctx, "deliveries.read");
  const query = fullQuery(input);
  const where = { ...baseWhere(ctx, query, new Date()), ...(query.status ? { status: query.status } : {}) };
  return inBatches((window) => withScope(scopeOf(ctx), (tx) => deliveryRows(tx, where, query, window)));
}

/**
 * Puts the selected failed, bounced or dead deliveries back in the queue in one
 * transaction, each audited. An id that is not this tenant's is NOT_FOUND (nothing
 * changes); selected rows already on their way are left alone, and a selection with
 * none to retry is a CONFLICT. Returns how many were queued again.
 */
export async function retryDeliveries(ctx: VendorCtx, input: { deliveryIds: string[] }): Promise<{ retried: number }> {
  authorize(ctx, "deliveries.retry");
  return withScope(scopeOf(ctx), async (tx) => {
    const found = await tx.delivery.findMany({
      where: { tenantId: ctx.tenantId, id: { in: input.deliveryIds } },
      select: { id: true, status: true, attempts: true, lastError: true },
    });
    if (found.length !== new Set(input.deliveryIds).size) throw new AppError("NOT_FOUND");
    const rows = found.filter((row) => RETRYABLE.includes(row.status));
    if (rows.length === 0) throw new AppError("CONFLICT");
    await tx.delivery.updateMany({
      where: { tenantId: ctx.tenantId, id: { in: rows.map((row) => row.id) } },
      data: { status: "QUEUED", attempts: 0, nextAttemptAt: new Date(), lockedUntil: null },
    });
    for (const row of rows) {
      await recordAudit(tx, ctx, {
        action: "delivery.retried",
        entityType: "Delivery",
        entityId: row.id,
        before: { status: row.status, attempts: row.attempts, lastError: row.lastError },
        after: { status: "QUEUED" },
      });
    }
    return { retried: rows.length };
  });
}
