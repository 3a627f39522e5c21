import "server-only";
import type { Tx } from "@/lib/db/scope";
import { createId } from "@/lib/ids";

/**
 * Past orders written in bulk (a few statements for thousands of orders): the demo's
 * years of history for the forecasts, and the hand-built histories of the forecasting
 * tests. They are what the order services would have left behind for orders delivered
 * long ago — DELIVERED (or the status given), numbered from the tenant's counter,
 * lines at a fixed unit price — without replaying every step (pricing, credit, stock,
 * shipments), which the demo's recent orders show through the services.
 */
export type HistoricalOrder = {
  partnerId: string;
  submittedAt: Date;
  currency: string;
  status?: "DELIVERED" | "CANCELLED" | "REJECTED" | "DRAFT" | "APPROVED";
  lines: { productId: string; sku: string; name: string; nameEs: string; quantity: number; unitMinor: bigint }[];
};

export async function insertHistoricalOrders(tx: Tx, tenantId: string, orders: readonly HistoricalOrder[]): Promise<number> {
  if (orders.length === 0) return 0;
  const numbered = orders.filter((o) => o.status !== "DRAFT").length;
  const [counter] = await tx.$queryRaw<{ lastNumber: number }[]>`
    INSERT INTO "OrderSequence" ("id", "tenantId", "lastNumber") VALUES (${`osq_${tenantId}`}, ${tenantId}, ${numbered})
    ON CONFLICT ("tenantId") DO UPDATE SET "lastNumber" = "OrderSequence"."lastNumber" + ${numbered}
    RETURNING "lastNumber"`;
  let next = counter!.lastNumber - numbered;
  const o = { id: [] as string[], partner: [] as string[], number: [] as (number | null)[], status: [] as string[], currency: [] as string[], total: [] as string[], at: [] as Date[] };
  const l = { id: [] as string[], partner: [] as string[], order: [] as string[], position: [] as number[], product: [] as string[], sku: [] as string[], name: [] as string[], nameEs: [] as string[], quantity: [] as number[], unit: [] as string[], total: [] as string[] };
  for (const order of orders) {
    const id = createId("order");
    const status = order.status ?? "DELIVERED";
    let total = 0n;
    order.lines.forEach((line, position) => {
      const lineTotal = line.unitMinor * BigInt(line.quantity);
      total += lineTotal;
      l.id.push(createId("orderLine"));
      l.partner.push(order.partnerId);
      l.order.push(id);
      l.position.push(position + 1);
      l.product.push(line.productId);
      l.sku.push(line.sku);
      l.name.push(line.name);
      l.nameEs.push(line.nameEs);
      l.quantity.push(line.quantity);
      l.unit.push(line.unitMinor.toString());
      l.total.push(lineTotal.toString());
    });
    o.id.push(id);
    o.partner.push(order.partnerId);
    o.number.push(status === "DRAFT" ? null : ++next);
    o.status.push(status);
    o.currency.push(order.currency);
    o.total.push(total.toString());
    o.at.push(order.submittedAt);
  }
  await tx.$executeRaw`
    INSERT INTO "Order" ("id", "tenantId", "partnerId", "number", "status", "currency", "subtotalMinor", "totalMinor",
                         "createdByUserId", "createdByName", "submittedAt", "createdAt", "updatedAt")
    SELECT t.id, ${tenantId}, t.partner, t.number, t.status::"OrderStatus", t.currency, t.total::bigint, t.total::bigint,
           'system', 'History', CASE WHEN t.status = 'DRAFT' THEN NULL ELSE t.at AT TIME ZONE 'UTC' END, t.at AT TIME ZONE 'UTC', t.at AT TIME ZONE 'UTC'
    FROM unnest(${o.id}::text[], ${o.partner}::text[], ${o.number}::int[], ${o.status}::text[], ${o.currency}::text[], ${o.total}::text[], ${o.at}::timestamptz[])
      AS t(id, partner, number, status, currency, total, at)`;
  await tx.$executeRaw`
    INSERT INTO "OrderLine" ("id", "tenantId", "partnerId", "orderId", "position", "productId", "sku", "name", "nameEs", "quantity",
                             "listUnitPriceMinor", "lineTotalMinor", "explanation")
    SELECT t.id, ${tenantId}, t.partner, t.ord, t.position, t.product, t.sku, t.name, t.name_es, t.quantity, t.unit::bigint, t.total::bigint, '{"history":true}'::jsonb
    FROM unnest(${l.id}::text[], ${l.partner}::text[], ${l.order}::text[], ${l.position}::int[], ${l.product}::text[], ${l.sku}::text[], ${l.name}::text[],
                ${l.nameEs}::text[], ${l.quantity}::int[], ${l.unit}::text[], ${l.total}::text[])
      AS t(id, partner, ord, position, product, sku, name, name_es, quantity, unit, total)`;
  return orders.length;
}
