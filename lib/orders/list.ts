import "server-only";
import { authorize, scopeOf, type PartnerCtx, type TenantCtx, type VendorCtx } from "@/lib/auth/context";
import { dateToDay, dayToDate } from "@/lib/activities/dates";
import { withReadScope } from "@/lib/db/read";
import type { Prisma } from "@/lib/generated/prisma/client";
import { inBatches } from "@/lib/lists/csv";
import { cappedTotal, countTake, direction, pageWindow, type ListPage } from "@/lib/lists/query";
import { orderListQuery, orderNumberOf, type OrderListQuery } from "./schema";
import type { OrderListItem } from "./types";

// The vendor's order queue and a partner's own orders. Every sort and filter has an index
// (prisma/schema/orders.prisma): status with date, partner with date, date alone, the
// number (unique per tenant), the requested day and the backordered units. Counts stop at
// COUNT_CAP past the page ("more than 1,000"; lib/lists/query.ts countLimit). Drafts are
// the partner's own: the vendor's queue never lists a cart. The export holds the same rows
// in the same order, up to the moment it started.

const ROW = {
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
} as const satisfies Prisma.OrderSelect;

type Row = Prisma.OrderGetPayload<{ select: typeof ROW }>;
const item = ({ requestedDate, ...row }: Row): OrderListItem => ({ ...row, requestedDate: requestedDate ? dateToDay(requestedDate) : null });

function whereOf(ctx: TenantCtx, query: OrderListQuery, asOf?: Date): Prisma.OrderWhereInput {
  return {
    AND: [
      { tenantId: ctx.tenantId },
      ctx.audience === "partner" ? { partnerId: ctx.partnerId } : query.partner ? { partnerId: query.partner } : {},
      // never a cart in the vendor's queue, a hand-written `?status=DRAFT` included
      ctx.audience === "vendor" ? { status: { not: "DRAFT" } } : {},
      query.status ? { status: query.status } : {},
      // a search names one order number; text that names none matches nothing (never a scan)
      query.q ? { number: orderNumberOf(query.q) ?? -1 } : {},
      query.requestedFrom || query.requestedTo
        ? { requestedDate: { ...(query.requestedFrom ? { gte: dayToDate(query.requestedFrom) } : {}), ...(query.requestedTo ? { lte: dayToDate(query.requestedTo) } : {}) } }
        : {},
      query.backordered ? { backorderedUnits: { gt: 0 } } : {},
      asOf ? { createdAt: { lte: asOf } } : {},
    ],
  };
}

/**
 * A cart has no number yet; the one it gets on submission will be the highest, so it sorts
 * as PostgreSQL sorts a null: after every number going up, before them going down. That is
 * also the order the number indexes hold, so a page sorted by number reads its own rows only.
 */
const orderByOf = (query: OrderListQuery): Prisma.OrderOrderByWithRelationInput[] =>
  query.sort.id === "number" ? [{ number: direction(query.sort) }, { id: "asc" }] : [{ createdAt: direction(query.sort) }, { id: "asc" }];

/**
 * The capped count's order. A count with `take` is sorted — by id unless told otherwise,
 * which no filter's index gives: PostgreSQL then read every matching order and sorted them
 * (a partner with 15,800 orders: ~20 ms of CPU a page, ~10× the page's rows). Newest first
 * is what every filter's index holds (partner, status, both, or the tenant's date index),
 * so the count stops after `countTake` index entries (1,001 on the first 40 pages of 25),
 * without reading the table — about what the page's own rows cost, whatever the book's size.
 */
const COUNT_ORDER = { createdAt: "desc" } as const satisfies Prisma.OrderOrderByWithRelationInput;

async function page(ctx: TenantCtx, input: Partial<OrderListQuery>): Promise<ListPage<OrderListItem>> {
  const query = { ...orderListQuery.parse({}), ...input };
  const where = whereOf(ctx, query);
  const [rows, count] = await withReadScope(scopeOf(ctx), (tx) =>
    Promise.all([tx.order.findMany({ where, orderBy: orderByOf(query), ...pageWindow(query), select: ROW }), tx.order.count({ where, take: countTake(query), orderBy: COUNT_ORDER })]),
  );
  return { rows: rows.map(item), ...cappedTotal(count, query), page: query.page, pageSize: query.pageSize };
}

/** The back office's queue: every submitted order (not carts), filtered by status and partner. */
export async function listOrders(ctx: VendorCtx, input: Partial<OrderListQuery> = {}): Promise<ListPage<OrderListItem>> {
  authorize(ctx, "orders.read");
  return page(ctx, input);
}

/** The partner's own orders, its carts included. */
export async function listOwnOrders(ctx: PartnerCtx, input: Partial<OrderListQuery> = {}): Promise<ListPage<OrderListItem>> {
  authorize(ctx, "ownOrders.read");
  return page(ctx, input);
}

/** The queue's CSV: every order the filters match, in the list's order, as of the export's start (500 a batch). */
export function exportOrders(ctx: VendorCtx, input: Partial<OrderListQuery> = {}): AsyncIterable<OrderListItem> {
  authorize(ctx, "orders.read");
  const query = { ...orderListQuery.parse({}), ...input };
  const where = whereOf(ctx, query, new Date());
  return inBatches(async (window) =>
    (await withReadScope(scopeOf(ctx), (tx) => tx.order.findMany({ where, orderBy: orderByOf(query), ...window, select: ROW }))).map(item),
  );
}

/** Most partners the queue's partner filter offers. */
const PARTNER_OPTIONS = 500;

/** The queue's partner filter: the partners of the tenant that are not offboarded, by name. */
export async function orderPartnerOptions(ctx: VendorCtx): Promise<{ value: string; label: string }[]> {
  authorize(ctx, "orders.read");
  const rows = await withReadScope(scopeOf(ctx), (tx) =>
    tx.partner.findMany({
      where: { tenantId: ctx.tenantId, status: { not: "OFFBOARDED" } },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: PARTNER_OPTIONS,
      select: { id: true, name: true },
    }),
  );
  return rows.map((p) => ({ value: p.id, label: p.name }));
}
