import "server-only";
import type { Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { createId } from "@/lib/ids";
import { sum } from "@/lib/money";
import type { Buyer, LoadedList } from "@/lib/pricing/model";
import { prepare, resolvePrepared, type Resolution } from "@/lib/pricing/resolve";
import { buyerVersions, loadBuyer, loadLiveLists } from "@/lib/pricing/world";
import { typedOrderAmount, type OrderLineInput } from "./schema";

/**
 * Every amount of an order comes from here: each line is priced by the resolution engine
 * (lib/pricing) for the partner, its quantity and the pricing day — never from the request —
 * and keeps the engine's explanation (steps, list, next break). A line's effective unit
 * price is the approver's locked price when set, else the engine's; its total is unit price
 * × quantity, exact; the order's subtotal is the sum of its lines (docs/orders.md).
 */

export type PricedLine = {
  position: number;
  productId: string;
  sku: string;
  /** the product's name in English and in Spanish (a reader sees their own: `lineName`) */
  name: string;
  nameEs: string;
  quantity: number;
  listUnitPriceMinor: bigint;
  requestedUnitPriceMinor: bigint | null;
  lineTotalMinor: bigint;
  explanation: Prisma.InputJsonValue;
};

/** A resolution as JSON (amounts as decimal strings of minor units). */
export function explanationJson(resolution: Resolution): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(resolution, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value))) as Prisma.InputJsonValue;
}

const fieldError = (index: number, field: string, key: string) =>
  new AppError("VALIDATION_FAILED", { fields: { [`lines.${index}.${field}`]: [key] } });

/**
 * Prices `lines` for the order's partner on `date` in `currency`. Refuses, on the line's
 * field: a discontinued product, a product without a price for this partner and quantity,
 * a requested price that is not an amount of the currency. A product id the reader cannot
 * see (another tenant's, a draft) is NOT_FOUND. Nothing is written.
 */
export const PRODUCT = { id: true, sku: true, nameEn: true, nameEs: true, status: true } as const satisfies Prisma.ProductSelect;
type ProductRow = Prisma.ProductGetPayload<{ select: typeof PRODUCT }>;

/**
 * `read`: the lines' products and the buyer when the caller read them already (with the
 * lines, in one statement: a submission); else they are read here.
 */
export async function priceLines(
  tx: Tx,
  order: { tenantId: string; partnerId: string; currency: string },
  lines: readonly OrderLineInput[],
  date: string,
  read?: { products: readonly ProductRow[]; buyer: Buyer },
): Promise<PricedLine[]> {
  if (!lines.length) return [];
  const productIds = [...new Set(lines.map((l) => l.productId))];
  const products = read?.products ?? (await tx.product.findMany({ where: { tenantId: order.tenantId, id: { in: productIds } }, select: PRODUCT }));
  const buyer = read?.buyer ?? (await loadBuyer(tx, order.tenantId, order.partnerId));
  const lists = await loadLiveLists(tx, order.tenantId, { currency: order.currency, where: buyerVersions(buyer), productIds });
  return priceWithLists(lists, order, lines, date, { products, buyer });
}

/** `priceLines` once the buyer's live lists (with these products' prices) are loaded: pure. */
export function priceWithLists(
  lists: readonly LoadedList[],
  order: { currency: string },
  lines: readonly OrderLineInput[],
  date: string,
  read: { products: readonly ProductRow[]; buyer: Buyer },
): PricedLine[] {
  const byId = new Map(read.products.map((p) => [p.id, p]));
  const prepared = prepare(lists, read.buyer, date, order.currency);
  return lines.map((line, index) => {
    const product = byId.get(line.productId);
    if (!product || product.status === "DRAFT") throw new AppError("NOT_FOUND");
    if (product.status === "DISCONTINUED") throw fieldError(index, "productId", "orders.validation.discontinued");
    const resolution = resolvePrepared(prepared, product.id, line.quantity);
    if (!resolution.ok) throw fieldError(index, "productId", "orders.validation.noPrice");
    let requested: bigint | null = null;
    if (line.requestedUnitPrice !== null) {
      requested = typedOrderAmount(line.requestedUnitPrice, order.currency);
      if (requested === null) throw fieldError(index, "requestedUnitPrice", "orders.validation.amount");
      // asking for the list price or more is not a special order
      if (requested >= resolution.unitPriceMinor) requested = null;
    }
    return {
      position: index + 1,
      productId: product.id,
      sku: product.sku,
      name: product.nameEn,
      nameEs: product.nameEs,
      quantity: line.quantity,
      listUnitPriceMinor: resolution.unitPriceMinor,
      requestedUnitPriceMinor: requested,
      lineTotalMinor: resolution.totalMinor,
      explanation: explanationJson(resolution),
    };
  });
}

/** The unit price a line is charged at: the approver's locked price, else the engine's. */
export const effectiveUnitPrice = (line: { listUnitPriceMinor: bigint; approvedUnitPriceMinor: bigint | null }) =>
  line.approvedUnitPriceMinor ?? line.listUnitPriceMinor;

/** The order's amounts from its lines (tax arrives with invoices: zero until then). */
export function totalsOf(lines: readonly { lineTotalMinor: bigint }[]): { subtotalMinor: bigint; taxMinor: bigint; totalMinor: bigint } {
  const subtotalMinor = sum(lines.map((l) => l.lineTotalMinor));
  return { subtotalMinor, taxMinor: 0n, totalMinor: subtotalMinor };
}

/** Replaces an order's lines with priced ones (a draft's save, a submission's repricing). */
export async function writeLines(tx: Tx, order: { tenantId: string; partnerId: string; id: string }, lines: readonly PricedLine[]): Promise<void> {
  await tx.orderLine.deleteMany({ where: { tenantId: order.tenantId, orderId: order.id } });
  if (!lines.length) return;
  await tx.orderLine.createMany({
    data: lines.map((line) => ({
      id: createId("orderLine"),
      tenantId: order.tenantId,
      partnerId: order.partnerId,
      orderId: order.id,
      ...line,
    })),
  });
}

/**
 * The statement that writes a submission's repricing over the draft's lines in place
 * (`lineIds[i]` gets `lines[i]`): one UPDATE for all of them. `lockPrices` also locks each
 * line's price as priced (a standard order approved at submission).
 */
export function repriceLinesSql(
  order: { tenantId: string; id: string },
  lineIds: readonly string[],
  lines: readonly PricedLine[],
  options: { lockPrices: boolean },
): Prisma.Sql {
  const rows = lines.map((line, i) => ({
    id: lineIds[i],
    sku: line.sku,
    name: line.name,
    nameEs: line.nameEs,
    list: line.listUnitPriceMinor.toString(),
    requested: line.requestedUnitPriceMinor?.toString() ?? null,
    total: line.lineTotalMinor.toString(),
    explanation: line.explanation,
  }));
  return Prisma.sql`
    UPDATE "OrderLine" l
       SET "sku" = v.sku, "name" = v.name, "nameEs" = v."nameEs", "listUnitPriceMinor" = v.list,
           "requestedUnitPriceMinor" = v.requested, "lineTotalMinor" = v.total, "explanation" = v.explanation,
           "approvedUnitPriceMinor" = CASE WHEN ${options.lockPrices} THEN v.list END
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
           AS v(id text, sku text, name text, "nameEs" text, list bigint, requested bigint, total bigint, explanation jsonb)
     WHERE l."tenantId" = ${order.tenantId} AND l."orderId" = ${order.id} AND l."id" = v.id`;
}
