import "server-only";
import { dateToDay } from "@/lib/activities/dates";
import { authorize, scopeOf, type PartnerCtx, type VendorCtx } from "@/lib/auth/context";
import { withReadScope } from "@/lib/db/read";
import type { Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OrderDetail } from "./types";

/**
 * Reading orders: the partner's own (row-level security shows a partner nothing else, and
 * the query names its partner too) and the vendor's view of any. A foreign id is NOT_FOUND.
 */

const DETAIL = {
  id: true,
  partnerId: true,
  partner: { select: { name: true } },
  number: true,
  status: true,
  version: true,
  currency: true,
  poNumber: true,
  requestedDate: true,
  shipTo: true,
  priority: true,
  notes: true,
  subtotalMinor: true,
  taxMinor: true,
  totalMinor: true,
  approvalRequired: true,
  approvalReasons: true,
  holdKind: true,
  statusReason: true,
  creditCheck: true,
  backorderedUnits: true,
  submittedAt: true,
  createdAt: true,
  lines: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      position: true,
      productId: true,
      sku: true,
      name: true,
      nameEs: true,
      quantity: true,
      listUnitPriceMinor: true,
      requestedUnitPriceMinor: true,
      approvedUnitPriceMinor: true,
      lineTotalMinor: true,
      explanation: true,
      backorderedQuantity: true,
      product: { select: { serialTracked: true } },
      shipped: { select: { quantity: true } },
    },
  },
  shipments: {
    orderBy: { shippedAt: "asc" },
    select: {
      id: true,
      carrier: true,
      trackingNumber: true,
      shippedAt: true,
      lines: { select: { orderLineId: true, quantity: true, serials: { select: { serial: true }, orderBy: { serial: "asc" } } } },
    },
  },
  events: {
    orderBy: { seq: "asc" },
    select: { id: true, action: true, fromStatus: true, toStatus: true, reason: true, data: true, actorName: true, createdAt: true },
  },
} as const satisfies Prisma.OrderSelect;

async function detail(tx: Tx, where: Prisma.OrderWhereInput): Promise<OrderDetail> {
  const row = await tx.order.findFirst({ where, select: DETAIL });
  if (!row) throw new AppError("NOT_FOUND");
  const { events, requestedDate, lines, shipments, partner, ...rest } = row;
  return {
    ...rest,
    partnerName: partner.name,
    lines: lines.map(({ product, shipped, ...line }) => ({
      ...line,
      serialTracked: product.serialTracked,
      shippedQuantity: shipped.reduce((total, s) => total + s.quantity, 0),
    })),
    shipments: shipments.map((s) => ({ ...s, lines: s.lines.map((l) => ({ ...l, serials: l.serials.map((x) => x.serial) })) })),
    requestedDate: requestedDate ? dateToDay(requestedDate) : null,
    timeline: events.map(({ createdAt, ...e }) => ({ ...e, at: createdAt })),
  };
}

export async function getOwnOrder(ctx: PartnerCtx, orderId: string): Promise<OrderDetail> {
  authorize(ctx, "ownOrders.read");
  return withReadScope(scopeOf(ctx), (tx) => detail(tx, { tenantId: ctx.tenantId, partnerId: ctx.partnerId, id: orderId }));
}

export async function getOrder(ctx: VendorCtx, orderId: string): Promise<OrderDetail> {
  authorize(ctx, "orders.read");
  return withReadScope(scopeOf(ctx), (tx) => detail(tx, { tenantId: ctx.tenantId, id: orderId }));
}
