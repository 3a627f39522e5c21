import "server-only";
import { authorize, scopeOf, type PartnerCtx, type TenantCtx, type VendorCtx } from "@/lib/auth/context";
import { withReadScope } from "@/lib/db/read";
import type { Prisma } from "@/lib/generated/prisma/client";
import { COUNT_CAP, cappedTotal, direction, pageWindow, type ListPage } from "@/lib/lists/query";
import { orderListQuery, orderNumberOf, type OrderListQuery } from "./schema";
import type { OrderListItem } from "./types";

// The vendor's order queue and a partner's own orders. Every sort and filter has an index
// (prisma/schema/orders.prisma): status with date, partner with date, date alone, and the
// number (unique per tenant). Counts stop at COUNT_CAP. Drafts are the partner's own: the
// vendor's queue never lists a cart.

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
  partner: { select: { id: true, name: true } },
} as const satisfies Prisma.OrderSelect;

function whereOf(ctx: TenantCtx, query: OrderListQuery): Prisma.OrderWhereInput {
  return {
    AND: [
      { tenantId: ctx.tenantId },
      ctx.audience === "partner" ? { partnerId: ctx.partnerId } : query.partner ? { partnerId: query.partner } : {},
      query.status ? { status: query.status } : ctx.audience === "vendor" ? { status: { not: "DRAFT" } } : {},
      // a search names one order number; text that names none matches nothing (never a scan)
      query.q ? { number: orderNumberOf(query.q) ?? -1 } : {},
    ],
  };
}

async function page(ctx: TenantCtx, input: Partial<OrderListQuery>): Promise<ListPage<OrderListItem>> {
  const query = { ...orderListQuery.parse({}), ...input };
  const where = whereOf(ctx, query);
  const orderBy: Prisma.OrderOrderByWithRelationInput[] =
    query.sort.id === "number" ? [{ number: { sort: direction(query.sort), nulls: "last" } }, { id: "asc" }] : [{ createdAt: direction(query.sort) }, { id: "asc" }];
  const [rows, count] = await withReadScope(scopeOf(ctx), (tx) =>
    Promise.all([tx.order.findMany({ where, orderBy, ...pageWindow(query), select: ROW }), tx.order.count({ where, take: COUNT_CAP + 1 })]),
  );
  return { rows, ...cappedTotal(count), page: query.page, pageSize: query.pageSize };
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
