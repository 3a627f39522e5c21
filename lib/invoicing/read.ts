import "server-only";
import { dateToDay, dayToDate, todayIn } from "@/lib/activities/dates";
import { authorize, scopeOf, type PartnerCtx, type TenantCtx, type VendorCtx } from "@/lib/auth/context";
import { withReadScope } from "@/lib/db/read";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cappedTotal, countTake, direction, pageWindow, type ListPage } from "@/lib/lists/query";
import { invoiceListQuery, invoiceNumberOf, type InvoiceListQuery, type InvoiceStatusValue } from "./schema";
import type { InvoiceDetail, InvoiceListItem, OrderInvoice } from "./types";

/**
 * Invoices as the back office and the partner read them. The status people see is the
 * settlement, or OVERDUE while a balance is open past the due date (the tenant's today).
 */

export function statusOf(invoice: { settlement: InvoiceDetail["settlement"]; balanceMinor: bigint; dueDate: Date }, today: string): InvoiceStatusValue {
  return invoice.balanceMinor > 0n && dateToDay(invoice.dueDate) < today ? "OVERDUE" : invoice.settlement;
}

const ROW = {
  id: true,
  number: true,
  settlement: true,
  currency: true,
  issueDate: true,
  dueDate: true,
  totalMinor: true,
  balanceMinor: true,
  orderId: true,
  partner: { select: { id: true, name: true } },
} as const satisfies Prisma.InvoiceSelect;

function statusWhere(status: InvoiceStatusValue | undefined, today: Date): Prisma.InvoiceWhereInput {
  if (!status) return {};
  if (status === "OVERDUE") return { settlement: { in: ["OPEN", "PARTIALLY_PAID"] }, dueDate: { lt: today } };
  if (status === "OPEN" || status === "PARTIALLY_PAID") return { settlement: status, dueDate: { gte: today } };
  return { settlement: status };
}

async function page(ctx: TenantCtx, input: Partial<InvoiceListQuery>): Promise<ListPage<InvoiceListItem>> {
  const query = { ...invoiceListQuery.parse({}), ...input };
  const today = todayIn(ctx.tenant.timeZone);
  const where: Prisma.InvoiceWhereInput = {
    AND: [
      { tenantId: ctx.tenantId },
      ctx.audience === "partner" ? { partnerId: ctx.partnerId } : query.partner ? { partnerId: query.partner } : {},
      statusWhere(query.status, dayToDate(today)),
      query.q ? { number: invoiceNumberOf(query.q) ?? -1 } : {},
    ],
  };
  const orderBy: Prisma.InvoiceOrderByWithRelationInput[] =
    query.sort.id === "number" ? [{ number: direction(query.sort) }] : query.sort.id === "due" ? [{ dueDate: direction(query.sort) }, { id: "asc" }] : [{ issueDate: direction(query.sort) }, { number: direction(query.sort) }];
  const [rows, count] = await withReadScope(scopeOf(ctx), (tx) =>
    Promise.all([tx.invoice.findMany({ where, orderBy, ...pageWindow(query), select: ROW }), tx.invoice.count({ where, take: countTake(query) })]),
  );
  return {
    rows: rows.map(({ settlement, ...row }) => ({ ...row, status: statusOf({ settlement, balanceMinor: row.balanceMinor, dueDate: row.dueDate }, today) })),
    ...cappedTotal(count, query),
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** The back office's invoices, filtered by partner and status (overdue included). */
export async function listInvoices(ctx: VendorCtx, input: Partial<InvoiceListQuery> = {}): Promise<ListPage<InvoiceListItem>> {
  authorize(ctx, "invoices.read");
  return page(ctx, input);
}

/** The partner's own invoices. */
export async function listOwnInvoices(ctx: PartnerCtx, input: Partial<InvoiceListQuery> = {}): Promise<ListPage<InvoiceListItem>> {
  authorize(ctx, "ownInvoices.read");
  return page(ctx, input);
}

async function detail(ctx: TenantCtx, id: string): Promise<InvoiceDetail> {
  const today = todayIn(ctx.tenant.timeZone);
  const invoice = await withReadScope(scopeOf(ctx), (tx) =>
    tx.invoice.findFirst({
      // the partner is named in the query: another partner's id is NOT_FOUND (row-level security agrees)
      where: { tenantId: ctx.tenantId, id, ...(ctx.audience === "partner" ? { partnerId: ctx.partnerId } : {}) },
      select: {
        ...ROW,
        shipmentId: true,
        termsDays: true,
        taxRegion: true,
        subtotalMinor: true,
        taxMinor: true,
        paidMinor: true,
        creditedMinor: true,
        billTo: true,
        explanation: true,
        order: { select: { number: true } },
        lines: { orderBy: { position: "asc" }, select: { id: true, sku: true, name: true, quantity: true, unitPriceMinor: true, netMinor: true, taxRateBp: true } },
        allocations: { orderBy: { createdAt: "asc" }, select: { id: true, amountMinor: true, createdAt: true, payment: { select: { id: true, receivedOn: true, method: true, reference: true } } } },
        creditNotes: { orderBy: { number: "asc" }, select: { id: true, number: true, issueDate: true, subtotalMinor: true, taxMinor: true, totalMinor: true, reason: true, lines: true } },
      },
    }),
  );
  if (!invoice) throw new AppError("NOT_FOUND");
  return { ...invoice, status: statusOf(invoice, today), creditNotes: invoice.creditNotes.map((n) => ({ ...n, lines: n.lines as InvoiceDetail["creditNotes"][number]["lines"] })) };
}

export async function getInvoice(ctx: VendorCtx, id: string): Promise<InvoiceDetail> {
  authorize(ctx, "invoices.read");
  return detail(ctx, id);
}

export async function getOwnInvoice(ctx: PartnerCtx, id: string): Promise<InvoiceDetail> {
  authorize(ctx, "ownInvoices.read");
  return detail(ctx, id);
}

const invoicesOf = (ctx: TenantCtx, orderId: string) =>
  withReadScope(scopeOf(ctx), (tx) =>
    tx.invoice.findMany({
      where: { tenantId: ctx.tenantId, orderId, ...(ctx.audience === "partner" ? { partnerId: ctx.partnerId } : {}) },
      orderBy: { number: "asc" },
      select: { id: true, number: true, shipmentId: true },
    }),
  );

/** The invoices of an order's shipments (the order pages link each shipment's invoice). */
export async function invoicesOfOrder(ctx: VendorCtx, orderId: string): Promise<OrderInvoice[]> {
  authorize(ctx, "invoices.read");
  return invoicesOf(ctx, orderId);
}

export async function invoicesOfOwnOrder(ctx: PartnerCtx, orderId: string): Promise<OrderInvoice[]> {
  authorize(ctx, "ownInvoices.read");
  return invoicesOf(ctx, orderId);
}
