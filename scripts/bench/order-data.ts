/**
 * A large order book, written straight into the database by the owner role with
 * `INSERT … SELECT` over `generate_series` (a million order lines in minutes; the services
 * would take hours): orders with their lines, timeline, shipments and stock ledger, on the
 * partners of scripts/bench/channel-data.ts and the catalog and base prices of
 * scripts/bench/price-data.ts. Used by `npm run seed:large` and `npm run bench -- orders`.
 *
 * Shapes (all deterministic per order index g, from a hash of g):
 * - partner sizes are skewed: the partner of rank r gets a share that falls like a power
 *   law (rank = 1 + ⌊partners × u³⌋ for a uniform u): with 2,000 partners the first has
 *   ~8 % of the orders, the first ten ~17 %, half of the partners a handful each. The first
 *   ten are distributors ordering twice the lines and five times the quantities;
 * - dates over `months` months (24 by default) with seasonality (a peak in October–November,
 *   a trough in July) and 1.5 % growth a month; numbers follow the dates;
 * - statuses by age: older than 45 days mostly delivered (with cancelled, rejected, a few
 *   still shipped and abandoned carts); recent ones spread over every open state;
 * - lines favour popular products (rank = 1 + ⌊products × u²⌋), at the base list's price;
 * - shipments for partially shipped, shipped and delivered orders (one per order; a partial
 *   one carries the odd lines), ALLOCATION and SHIPMENT movements for every allocated and
 *   shipped unit, and quarterly RECEIPTs that cover them in three warehouses.
 *
 * - an invoice per shipment (its lines at the order's locked prices, the tenant's default tax
 *   rate rounded once half away from zero, its terms from the issue day), and payments: most
 *   invoices older than their terms are paid in full some weeks after issue, some in part,
 *   a few still overdue; recent ones partly paid — each payment applied to its invoice, and
 *   the journal postings of both (receivables / revenue / tax payable; bank / receivables).
 *
 * The work is a list of sections run in turn, each timed (`SECTIONS`). Generated rows are not
 * audited: they are data, not anyone's actions.
 */
import pg from "pg";
import { idTag } from "./format";

export type OrderDataOptions = {
  /** first order index (1 on a fresh tenant; a further call continues the book) */
  from: number;
  count: number;
  /** ptn_<tag>00000001… exist (generatePartners) */
  partners: number;
  /** takes the rank-1 share (a real partner whose portal is measured or shown) */
  anchorPartnerId?: string | null;
  /** the rank-1 share when not the power law's (0): a small book whose measured partner still fills every list's first page */
  anchorShare?: number;
  /** prd_<tag>00000001… exist with base prices (generatePriceWorld) */
  products: number;
  /** the ids' tag (ord_lg<tag>…, ptn_<tag>…, prd_<tag>…): "bench" unless two books share a database */
  tag?: string;
  linesPerOrder: number;
  currency: string;
  userId: string;
  userName: string;
  months?: number;
  log?: (line: string) => void;
};

export type OrderDataCounts = Record<"orders" | "lines" | "events" | "shipments" | "shipmentLines" | "movements" | "invoices" | "payments", number>;

/** The warehouses' id suffixes (whs_lg<tag>1…), codes and names. */
const WAREHOUSES = [
  ["1", "LG-NORTH", "Large North"],
  ["2", "LG-SOUTH", "Large South"],
  ["3", "LG-EAST", "Large East"],
] as const;

/** A uniform integer from the hash of an order index (and a salt): stable across runs. */
const hash = (expr: string, salt: number) => `abs(hashint8((${expr})::bigint * 1000003 + ${salt}))`;
/** A uniform number in [0, 1). */
const uniform = (expr: string, salt: number) => `((${hash(expr, salt)} % 1000000) / 1000000.0)`;
/** The base list's price of product p (scripts/bench/price-data.ts). */
const BASE_PRICE = (p: string) => `(1000 + (${p} * 7919) % 100000)`;

/** Order counts per month: seasonal weights × growth, the current month as far as it went. */
export function monthPlan(count: number, months: number, now = new Date()): { lows: number[]; starts: string[]; spans: number[] } {
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (months - 1), 1));
  const starts: Date[] = [];
  const weights: number[] = [];
  for (let m = 0; m < months; m++) {
    const start = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + m, 1));
    const end = m === months - 1 ? now : new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + m + 1, 1));
    const fullMonth = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1)).getTime() - start.getTime();
    const season = 1 + 0.35 * Math.cos((2 * Math.PI * (start.getUTCMonth() - 9.5)) / 12);
    starts.push(start);
    weights.push(season * 1.015 ** m * ((end.getTime() - start.getTime()) / fullMonth));
  }
  const total = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.floor((count * w) / total));
  counts[counts.length - 1]! += count - counts.reduce((a, b) => a + b, 0);
  const lows: number[] = [];
  const spans: number[] = [];
  let low = 0;
  for (let m = 0; m < months; m++) {
    lows.push(low);
    const end = m === months - 1 ? now : starts[m + 1]!;
    spans.push((end.getTime() - starts[m]!.getTime()) / 1000 / Math.max(1, counts[m]!));
    low += counts[m]!;
  }
  return { lows, starts: starts.map((d) => d.toISOString()), spans };
}

type Run = Required<OrderDataOptions> & { tenantId: string };
type Section = { name: string; run: (client: pg.Client, o: Run, counts: OrderDataCounts) => Promise<void> };

const rows = (result: pg.QueryResult) => result.rowCount ?? 0;

/** The planned lines that left in the order's shipment: a partial shipment carries the odd lines, the others everything. */
const SHIPPED = `(status IN ('SHIPPED','DELIVERED') OR (status = 'PARTIALLY_SHIPPED' AND k % 2 = 1))`;

export const SECTIONS: Section[] = [
  {
    name: "plan (orders and lines, in temporary tables)",
    run: async (client, o) => {
      const plan = monthPlan(o.count, o.months);
      const g = "g";
      const powerLaw = `least($3::int, 1 + floor($3::int * power(${uniform(g, 1)}, 3))::int)`;
      const rank = o.anchorShare > 0 ? `CASE WHEN ${uniform(g, 19)} < ${o.anchorShare} THEN 1 ELSE ${powerLaw} END` : powerLaw;
      const [last] = (await client.query(`SELECT coalesce(max(number), 0) AS n FROM "Order" WHERE "tenantId" = $1`, [o.tenantId])).rows as { n: number }[];
      await client.query(
        `CREATE TEMP TABLE gen_order ON COMMIT DROP AS
         WITH base AS (
           SELECT g, ${rank} AS rank, width_bucket(g - $1::int, $4::int[]) AS b FROM generate_series($1::int, $1::int + $2::int - 1) g
         ), dated AS (
           SELECT g, rank, ($5::timestamptz[])[b] + make_interval(secs => (g - $1::int - ($4::int[])[b]) * ($6::float8[])[b]) AS created,
                  ${hash(g, 7)} % 100 AS u
           FROM base
         ), stated AS (
           SELECT g, rank, created,
                  CASE WHEN created < now() - interval '45 days' THEN
                    CASE WHEN u < 2 THEN 'DRAFT' WHEN u < 5 THEN 'REJECTED' WHEN u < 10 THEN 'CANCELLED' WHEN u < 13 THEN 'SHIPPED' ELSE 'DELIVERED' END
                  ELSE
                    CASE WHEN u < 7 THEN 'DRAFT' WHEN u < 15 THEN 'PENDING_APPROVAL' WHEN u < 18 THEN 'ON_HOLD' WHEN u < 20 THEN 'REJECTED'
                         WHEN u < 23 THEN 'CANCELLED' WHEN u < 38 THEN 'APPROVED' WHEN u < 50 THEN 'ALLOCATED' WHEN u < 58 THEN 'PARTIALLY_SHIPPED'
                         WHEN u < 75 THEN 'SHIPPED' ELSE 'DELIVERED' END
                  END AS status
           FROM dated
         )
         SELECT g, 'ord_lg${o.tag}' || lpad(g::text, 9, '0') AS id,
                CASE WHEN rank = 1 AND $7::text IS NOT NULL THEN $7::text ELSE 'ptn_${o.tag}' || lpad(rank::text, 8, '0') END AS partner_id,
                rank, created, status,
                CASE WHEN status <> 'DRAFT' THEN $8::int + count(*) FILTER (WHERE status <> 'DRAFT') OVER (ORDER BY g) END::int AS number,
                1 + ${hash(g, 3)} % (CASE WHEN rank <= 10 THEN 4 * $9::int - 1 ELSE 2 * $9::int - 1 END) AS n_lines
         FROM stated`,
        [o.from, o.count, o.partners, plan.lows, plan.starts, plan.spans, o.anchorPartnerId, last?.n ?? 0, o.linesPerOrder],
      );
      const k = "(o.g::bigint * 100 + k)";
      await client.query(
        `CREATE TEMP TABLE gen_line ON COMMIT DROP AS
         SELECT o.g, o.id AS order_id, o.partner_id, o.status, o.created, k,
                least($1::int, 1 + floor($1::int * power(${uniform(k, 11)}, 2))::int) AS product,
                (1 + ${hash(k, 13)} % 12) * CASE WHEN o.rank <= 10 THEN 5 ELSE 1 END AS quantity,
                1 + ${hash(k, 17)} % 3 AS warehouse
         FROM gen_order o CROSS JOIN LATERAL generate_series(1, o.n_lines) k`,
        [o.products],
      );
      await client.query(`ALTER TABLE gen_line ADD COLUMN price bigint`);
      await client.query(`UPDATE gen_line SET price = ${BASE_PRICE("product")}`);
      await client.query(`ANALYZE gen_order; ANALYZE gen_line`);
    },
  },
  {
    name: "orders",
    run: async (client, o, counts) => {
      counts.orders = rows(
        await client.query(
          `INSERT INTO "Order" (id, "tenantId", "partnerId", number, status, "poNumber", "requestedDate", "shipTo", currency, "subtotalMinor", "taxMinor",
                                "totalMinor", priority, "idempotencyKey", "approvalRequired", "approverPermission", "holdKind", "statusReason",
                                "createdByUserId", "createdByName", "submittedAt", "submittedByUserId", "approvedAt", "approvedByName", version, "createdAt", "updatedAt")
           SELECT o.id, $1, o.partner_id, o.number, o.status::"OrderStatus", CASE WHEN o.g % 3 <> 0 THEN 'PO-' || o.g END,
                  (o.created + make_interval(days => 7 + o.g % 21))::date,
                  jsonb_build_object('name', 'Receiving dock ' || (1 + o.g % 4), 'line1', (10 + o.g % 900) || ' Industrial Way', 'city', 'Springfield', 'country', 'US'),
                  $2, t.total, 0, t.total, o.g % 17 = 0, CASE WHEN o.status <> 'DRAFT' THEN 'lg${o.tag}-' || o.g END,
                  o.status = 'PENDING_APPROVAL', CASE WHEN o.status = 'PENDING_APPROVAL' THEN 'orders.approve' END,
                  CASE WHEN o.status = 'ON_HOLD' THEN 'CREDIT'::"OrderHoldKind" END,
                  CASE o.status WHEN 'REJECTED' THEN 'Price below the agreed floor' WHEN 'CANCELLED' THEN 'Customer withdrew the order' END,
                  $3, $4, CASE WHEN o.status <> 'DRAFT' THEN o.created END, CASE WHEN o.status <> 'DRAFT' THEN $3 END,
                  CASE WHEN o.status IN ('APPROVED','ALLOCATED','PARTIALLY_SHIPPED','SHIPPED','DELIVERED') THEN o.created + interval '2 hours' END,
                  CASE WHEN o.status IN ('APPROVED','ALLOCATED','PARTIALLY_SHIPPED','SHIPPED','DELIVERED') THEN 'Canal' END,
                  CASE WHEN o.status = 'DRAFT' THEN 1 ELSE 3 END, o.created, o.created + interval '3 days'
           FROM gen_order o JOIN (SELECT g, sum(price * quantity) AS total FROM gen_line GROUP BY g) t USING (g)`,
          [o.tenantId, o.currency, o.userId, o.userName],
        ),
      );
      await client.query(
        `INSERT INTO "OrderSequence" (id, "tenantId", "lastNumber") SELECT 'osq_' || $1, $1, max(number) FROM "Order" WHERE "tenantId" = $1
         ON CONFLICT ("tenantId") DO UPDATE SET "lastNumber" = greatest("OrderSequence"."lastNumber", excluded."lastNumber")`,
        [o.tenantId],
      );
    },
  },
  {
    name: "order lines",
    run: async (client, o, counts) => {
      counts.lines = rows(
        await client.query(
          `INSERT INTO "OrderLine" (id, "tenantId", "partnerId", "orderId", position, "productId", sku, name, quantity, "listUnitPriceMinor",
                                    "approvedUnitPriceMinor", "lineTotalMinor", explanation, "createdAt")
           SELECT 'orl_lg${o.tag}' || lpad(g::text, 9, '0') || '_' || k, $1, partner_id, order_id, k, 'prd_${o.tag}' || lpad(product::text, 8, '0'),
                  'B-' || lpad(product::text, 5, '0'), 'Bench product ' || lpad(product::text, 5, '0'), quantity, price,
                  CASE WHEN status IN ('APPROVED','ALLOCATED','PARTIALLY_SHIPPED','SHIPPED','DELIVERED') THEN price END,
                  price * quantity, '{}', created
           FROM gen_line`,
          [o.tenantId],
        ),
      );
    },
  },
  {
    name: "timeline",
    run: async (client, o, counts) => {
      counts.events = rows(
        await client.query(
          `INSERT INTO "OrderEvent" (id, "tenantId", "partnerId", "orderId", action, "fromStatus", "toStatus", reason, data, "actorUserId", "actorName", "createdAt")
           SELECT 'oev_lg${o.tag}' || lpad(g::text, 9, '0') || 's', $1, partner_id, id, 'submit', 'DRAFT'::"OrderStatus", 'SUBMITTED'::"OrderStatus", NULL,
                  jsonb_build_object('number', number), $2::text, $3::text, created
           FROM gen_order WHERE status <> 'DRAFT'
           UNION ALL
           SELECT 'oev_lg${o.tag}' || lpad(g::text, 9, '0') || 'f', $1, partner_id, id,
                  CASE status WHEN 'PENDING_APPROVAL' THEN 'route' WHEN 'ON_HOLD' THEN 'hold' WHEN 'REJECTED' THEN 'reject' WHEN 'CANCELLED' THEN 'cancel'
                              WHEN 'APPROVED' THEN 'approve' WHEN 'ALLOCATED' THEN 'allocate' WHEN 'PARTIALLY_SHIPPED' THEN 'shipPart'
                              WHEN 'SHIPPED' THEN 'ship' ELSE 'deliver' END,
                  'SUBMITTED'::"OrderStatus", status::"OrderStatus",
                  CASE status WHEN 'REJECTED' THEN 'Price below the agreed floor' WHEN 'CANCELLED' THEN 'Customer withdrew the order' END,
                  '{}', NULL, 'Canal', created + interval '2 days'
           FROM gen_order WHERE status <> 'DRAFT'`,
          [o.tenantId, o.userId, o.userName],
        ),
      );
    },
  },
  {
    name: "warehouses, stock items and shipments",
    run: async (client, o, counts) => {
      for (const [suffix, code, name] of WAREHOUSES) {
        await client.query(
          `INSERT INTO "Warehouse" (id, "tenantId", code, name, "createdAt", "updatedAt") VALUES ($1, $2, $3, $4, now(), now()) ON CONFLICT DO NOTHING`,
          [`whs_lg${o.tag}${suffix}`, o.tenantId, code, name],
        );
      }
      await client.query(
        `INSERT INTO "StockItem" (id, "tenantId", "productId", "warehouseId", "createdAt")
         SELECT 'stk_lg${o.tag}' || lpad(p::text, 8, '0') || '_' || w, $1, 'prd_${o.tag}' || lpad(p::text, 8, '0'), 'whs_lg${o.tag}' || w, now() - interval '2 years'
         FROM generate_series(1, $2::int) p, generate_series(1, 3) w ON CONFLICT DO NOTHING`,
        [o.tenantId, o.products],
      );
      counts.shipments = rows(
        await client.query(
          `INSERT INTO "Shipment" (id, "tenantId", "partnerId", "orderId", carrier, "trackingNumber", "shippedAt", "createdByUserId", "createdAt")
           SELECT 'shp_lg${o.tag}' || lpad(g::text, 9, '0'), $1, partner_id, id, (ARRAY['DHL','UPS','FedEx','SEUR','Correos'])[1 + g % 5],
                  '1Z' || upper(substr(md5(g::text), 1, 14)), created + make_interval(days => 2 + g % 5), $2, created + make_interval(days => 2 + g % 5)
           FROM gen_order WHERE status IN ('PARTIALLY_SHIPPED','SHIPPED','DELIVERED')`,
          [o.tenantId, o.userId],
        ),
      );
      counts.shipmentLines = rows(
        await client.query(
          `INSERT INTO "ShipmentLine" (id, "tenantId", "partnerId", "shipmentId", "orderLineId", quantity)
           SELECT 'shl_lg${o.tag}' || lpad(g::text, 9, '0') || '_' || k, $1, partner_id, 'shp_lg${o.tag}' || lpad(g::text, 9, '0'),
                  'orl_lg${o.tag}' || lpad(g::text, 9, '0') || '_' || k, quantity
           FROM gen_line WHERE ${SHIPPED}`,
          [o.tenantId],
        ),
      );
    },
  },
  {
    name: "stock ledger (receipts, allocations, shipments)",
    run: async (client, o, counts) => {
      const line = `'orl_lg${o.tag}' || lpad(g::text, 9, '0') || '_' || k`;
      const stock = `'stk_lg${o.tag}' || lpad(product::text, 8, '0') || '_' || warehouse`;
      // first: four receipts a stock item cover what this batch allocates, with some to spare
      // (the database refuses a balance with more allocated than on hand, StockItem_balance_check)
      const received = rows(
        await client.query(
          `INSERT INTO "InventoryMovement" (id, "tenantId", "stockItemId", kind, quantity, reference, "actorUserId", "createdAt")
           SELECT 'mov_lg${o.tag}_r' || $3::int || '_' || product || '_' || warehouse || '_' || q, $1, ${stock}, 'RECEIPT',
                  ceil((need + 20) / 4.0)::int, 'Delivery note ' || product || '-' || warehouse || '-' || q, $2,
                  now() - make_interval(days => 730 - (q - 1) * 180)
           FROM (SELECT product, warehouse, sum(quantity) AS need FROM gen_line
                 WHERE status IN ('ALLOCATED','PARTIALLY_SHIPPED','SHIPPED','DELIVERED') GROUP BY product, warehouse) n,
                generate_series(1, 4) q`,
          [o.tenantId, o.userId, o.from],
        ),
      );
      const allocated = rows(
        await client.query(
          `INSERT INTO "InventoryMovement" (id, "tenantId", "stockItemId", kind, quantity, "orderId", "orderLineId", "actorUserId", "createdAt")
           SELECT 'mov_lg${o.tag}' || lpad(g::text, 9, '0') || '_' || k || 'a', $1, ${stock}, 'ALLOCATION', quantity, order_id, ${line}, $2, created + interval '1 day'
           FROM gen_line WHERE status IN ('ALLOCATED','PARTIALLY_SHIPPED','SHIPPED','DELIVERED')`,
          [o.tenantId, o.userId],
        ),
      );
      const shippedUnits = rows(
        await client.query(
          `INSERT INTO "InventoryMovement" (id, "tenantId", "stockItemId", kind, quantity, "orderId", "orderLineId", "shipmentId", "actorUserId", "createdAt")
           SELECT 'mov_lg${o.tag}' || lpad(g::text, 9, '0') || '_' || k || 's', $1, ${stock}, 'SHIPMENT', quantity, order_id, ${line},
                  'shp_lg${o.tag}' || lpad(g::text, 9, '0'), $2, created + make_interval(days => 2 + g % 5)
           FROM gen_line WHERE ${SHIPPED}`,
          [o.tenantId, o.userId],
        ),
      );
      counts.movements = allocated + shippedUnits + received;
    },
  },
  {
    name: "invoices, payments and their journal",
    run: async (client, o, counts) => {
      const [settings] = (
        await client.query<{ bp: number; terms: number; receivables: string; revenue: string; tax: string; bank: string }>(
          `SELECT coalesce(max("defaultTaxRateBp"), 0) AS bp, coalesce(max("defaultTermsDays"), 30) AS terms,
                  coalesce(max("receivablesAccount"), '1200') AS receivables, coalesce(max("revenueAccount"), '4000') AS revenue,
                  coalesce(max("taxPayableAccount"), '2200') AS tax, coalesce(max("bankAccount"), '1000') AS bank
           FROM "InvoiceSettings" WHERE "tenantId" = $1`,
          [o.tenantId],
        )
      ).rows;
      const [last] = (await client.query<{ n: number }>(`SELECT coalesce(max(number), 0) AS n FROM "Invoice" WHERE "tenantId" = $1`, [o.tenantId])).rows;
      // one invoice per shipment, numbered in shipping order; paid ~ by age (p: a uniform 0–99 per order)
      await client.query(
        `CREATE TEMP TABLE gen_invoice ON COMMIT DROP AS
         WITH shipped AS (
           SELECT g, order_id, partner_id, min(created) AS created, sum(price * quantity)::bigint AS subtotal
           FROM gen_line WHERE ${SHIPPED} GROUP BY g, order_id, partner_id
         ), dated AS (
           SELECT s.*, (s.created + make_interval(days => 2 + g % 5))::date AS issued, ${hash("g", 23)} % 100 AS p,
                  (s.subtotal * $2::int + 5000) / 10000 AS tax
           FROM shipped s
         )
         SELECT d.*, 'inv_lg${o.tag}' || lpad(g::text, 9, '0') AS id, $1::int + row_number() OVER (ORDER BY issued, g) AS number,
                subtotal + tax AS total, issued + $3::int AS due,
                CASE WHEN issued + $3::int + 15 < current_date THEN (CASE WHEN p < 88 THEN subtotal + tax WHEN p < 94 THEN (subtotal + tax) / 2 ELSE 0 END)
                     WHEN issued + 10 < current_date THEN (CASE WHEN p < 35 THEN subtotal + tax WHEN p < 45 THEN (subtotal + tax) / 3 ELSE 0 END)
                     ELSE 0 END AS paid,
                least(current_date - 1, issued + 10 + (g % 40)) AS received
         FROM dated d`,
        [last?.n ?? 0, settings!.bp, settings!.terms],
      );
      await client.query(`ANALYZE gen_invoice`);
      counts.invoices = rows(
        await client.query(
          `INSERT INTO "Invoice" (id, "tenantId", "partnerId", "orderId", "shipmentId", number, currency, "issueDate", "dueDate", "termsDays", "taxRegion",
                                  "subtotalMinor", "taxMinor", "totalMinor", "paidMinor", "balanceMinor", settlement, "billTo", explanation, "createdAt", "updatedAt")
           SELECT i.id, $1, i.partner_id, i.order_id, 'shp_lg${o.tag}' || lpad(i.g::text, 9, '0'), i.number, $2, i.issued, i.due, $3::int, 'US',
                  i.subtotal, i.tax, i.total, i.paid, i.total - i.paid,
                  (CASE WHEN i.paid = 0 THEN 'OPEN' WHEN i.paid = i.total THEN 'PAID' ELSE 'PARTIALLY_PAID' END)::"InvoiceSettlement",
                  jsonb_build_object('partner', p.name, 'order', 'SO-' || lpad(o.number::text, 6, '0'), 'poNumber', o."poNumber", 'shipTo', o."shipTo"),
                  jsonb_build_object('rate', jsonb_build_object('rateBp', $4::int, 'source', 'default', 'country', 'US', 'region', '', 'name', NULL),
                                     'terms', jsonb_build_object('days', $3::int, 'source', 'tenant', 'issueDate', i.issued, 'dueDate', i.due),
                                     'tax', jsonb_build_array(jsonb_build_object('rateBp', $4::int, 'baseMinor', i.subtotal::text, 'exact', (i.subtotal * $4::int)::text || '/10000',
                                                                                 'taxMinor', i.tax::text, 'rounding', 'halfAwayFromZero')),
                                     'subtotalMinor', i.subtotal::text, 'taxMinor', i.tax::text, 'totalMinor', i.total::text),
                  i.issued, i.issued
           FROM gen_invoice i JOIN "Order" o ON o."tenantId" = $1 AND o.id = i.order_id JOIN "Partner" p ON p."tenantId" = $1 AND p.id = i.partner_id`,
          [o.tenantId, o.currency, settings!.terms, settings!.bp],
        ),
      );
      await client.query(
        `INSERT INTO "InvoiceLine" (id, "tenantId", "partnerId", "invoiceId", position, "orderLineId", sku, name, quantity, "unitPriceMinor", "netMinor", "taxRateBp")
         SELECT 'inl_lg${o.tag}' || lpad(g::text, 9, '0') || '_' || k, $1, partner_id, 'inv_lg${o.tag}' || lpad(g::text, 9, '0'),
                row_number() OVER (PARTITION BY g ORDER BY k) - 1, 'orl_lg${o.tag}' || lpad(g::text, 9, '0') || '_' || k,
                'B-' || lpad(product::text, 5, '0'), 'Bench product ' || lpad(product::text, 5, '0'), quantity, price, price * quantity, $2::int
         FROM gen_line WHERE ${SHIPPED}`,
        [o.tenantId, settings!.bp],
      );
      await client.query(
        `INSERT INTO "InvoiceSequence" (id, "tenantId", kind, "lastNumber") SELECT 'isq_invoice_' || $1, $1, 'INVOICE', max(number) FROM "Invoice" WHERE "tenantId" = $1
         HAVING max(number) IS NOT NULL
         ON CONFLICT ("tenantId", kind) DO UPDATE SET "lastNumber" = greatest("InvoiceSequence"."lastNumber", excluded."lastNumber")`,
        [o.tenantId],
      );
      counts.payments = rows(
        await client.query(
          `INSERT INTO "Payment" (id, "tenantId", "partnerId", currency, "amountMinor", "appliedMinor", "receivedOn", method, reference, "recordedByUserId", "recordedByName", "createdAt")
           SELECT 'pay_lg${o.tag}' || lpad(g::text, 9, '0'), $1, partner_id, $2, paid, paid, received,
                  (ARRAY['BANK_TRANSFER','BANK_TRANSFER','BANK_TRANSFER','CHECK','CARD'])[1 + g % 5]::"PaymentMethod", 'TRF-' || g, $3, $4, received
           FROM gen_invoice WHERE paid > 0`,
          [o.tenantId, o.currency, o.userId, o.userName],
        ),
      );
      await client.query(
        `INSERT INTO "PaymentAllocation" (id, "tenantId", "partnerId", "paymentId", "invoiceId", "amountMinor", "createdAt")
         SELECT 'pal_lg${o.tag}' || lpad(g::text, 9, '0'), $1, partner_id, 'pay_lg${o.tag}' || lpad(g::text, 9, '0'), id, paid, received FROM gen_invoice WHERE paid > 0`,
        [o.tenantId],
      );
      // the journal: each invoice and each payment posted as the services post them (balanced per posting)
      await client.query(
        `INSERT INTO "JournalLine" (id, "tenantId", "partnerId", "partnerName", "postingId", "sourceType", "entryDate", account, currency, "debitMinor", "creditMinor", reference, "createdAt")
         SELECT 'jnl_lg${o.tag}' || lpad(i.g::text, 9, '0') || '_' || e.n, $1, i.partner_id, p.name, e.posting, e.source, e.day, e.account, $2, e.debit, e.credit, e.reference, e.day
         FROM gen_invoice i JOIN "Partner" p ON p."tenantId" = $1 AND p.id = i.partner_id
         CROSS JOIN LATERAL (VALUES
           ('i1', i.id, 'INVOICE', i.issued, $3::text, i.total, 0::bigint, 'INV-' || lpad(i.number::text, 6, '0')),
           ('i2', i.id, 'INVOICE', i.issued, $4::text, 0::bigint, i.subtotal, 'INV-' || lpad(i.number::text, 6, '0')),
           ('i3', i.id, 'INVOICE', i.issued, $5::text, 0::bigint, i.tax, 'INV-' || lpad(i.number::text, 6, '0')),
           ('p1', 'pay_lg${o.tag}' || lpad(i.g::text, 9, '0'), 'PAYMENT', i.received, $6::text, i.paid, 0::bigint, 'TRF-' || i.g),
           ('p2', 'pay_lg${o.tag}' || lpad(i.g::text, 9, '0'), 'PAYMENT', i.received, $3::text, 0::bigint, i.paid, 'TRF-' || i.g)
         ) AS e(n, posting, source, day, account, debit, credit, reference)
         WHERE (e.source = 'INVOICE' AND (e.n <> 'i3' OR i.tax > 0)) OR (e.source = 'PAYMENT' AND i.paid > 0)`,
        [o.tenantId, o.currency, settings!.receivables, settings!.revenue, settings!.tax, settings!.bank],
      );
    },
  },
];

/** Generates `count` orders (and everything above) in one transaction; returns what it wrote. */
export async function generateOrders(ownerUrl: string, tenantId: string, options: OrderDataOptions): Promise<OrderDataCounts> {
  const o: Run = { months: 24, log: () => {}, anchorPartnerId: null, anchorShare: 0, tag: "bench", ...options, tenantId };
  idTag(o.tag);
  // the share goes into SQL text too
  if (!(o.anchorShare >= 0 && o.anchorShare < 1)) throw new Error(`not an anchor share: ${o.anchorShare}`);
  const counts: OrderDataCounts = { orders: 0, lines: 0, events: 0, shipments: 0, shipmentLines: 0, movements: 0, invoices: 0, payments: 0 };
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    // generated rows are rebuilt, not recovered: no need to wait for each flush
    await client.query(`SET synchronous_commit = off; SET work_mem = '256MB'; SET maintenance_work_mem = '256MB'`);
    // Every id is derived from the same planned rows, so the foreign keys hold by construction:
    // a superuser (the embedded owner) skips their per-row checks, which cost more than the
    // inserts themselves. Another owner keeps them (slower, same rows).
    const [role] = (await client.query<{ rolsuper: boolean }>(`SELECT rolsuper FROM pg_roles WHERE rolname = current_user`)).rows;
    if (role?.rolsuper) await client.query(`SET session_replication_role = replica`);
    await client.query("BEGIN");
    for (const section of SECTIONS) {
      const started = performance.now();
      await section.run(client, o, counts);
      o.log(`  ${section.name.padEnd(58)} ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s`);
    }
    await client.query("COMMIT");
    const started = performance.now();
    for (const table of ["Order", "OrderLine", "OrderEvent", "Shipment", "ShipmentLine", "InventoryMovement", "StockItem", "Invoice", "InvoiceLine", "Payment", "PaymentAllocation", "JournalLine"]) {
      await client.query(`ANALYZE "${table}"`);
    }
    o.log(`  ${"analyze".padEnd(58)} ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s`);
    return counts;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * Carts ready to submit for the submission bench: `perPartner` drafts (version 0, with a
 * ship-to) of each of `partnerIds`, each with `lines` lines of bench products, and a
 * receipt of 1,000,000 units of each of those products in the first bench warehouse so
 * that allocation never runs short. The submission prices them again (the stored prices
 * are placeholders). Returns the draft ids per partner.
 */
export async function generateDrafts(
  ownerUrl: string,
  tenantId: string,
  options: { partnerIds: readonly string[]; perPartner: number; lines: number; products: number; currency: string; userId: string },
): Promise<string[][]> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    const byPartner: string[][] = [];
    for (const [index, partnerId] of options.partnerIds.entries()) {
      const prefix = `ord_lgdraft${String(index).padStart(3, "0")}`;
      const created = await client.query<{ id: string }>(
        `INSERT INTO "Order" (id, "tenantId", "partnerId", status, "shipTo", currency, "createdByUserId", "createdByName", version, "createdAt", "updatedAt")
         SELECT $1 || lpad(g::text, 7, '0'), $2, $3, 'DRAFT', '{"name":"Dock","line1":"1 Main St","city":"Springfield","country":"US"}', $4, $5, 'Bench', 0, now(), now()
         FROM generate_series(1, $6::int) g RETURNING id`,
        [prefix, tenantId, partnerId, options.currency, options.userId, options.perPartner],
      );
      byPartner.push(created.rows.map((r) => r.id).sort());
      await client.query(
        `INSERT INTO "OrderLine" (id, "tenantId", "partnerId", "orderId", position, "productId", sku, name, quantity, "listUnitPriceMinor", "lineTotalMinor", explanation)
         SELECT 'orl_lgdraft' || $4::int || '_' || g || '_' || k, $1, $2, $3 || lpad(g::text, 7, '0'), k, 'prd_bench' || lpad(p::text, 8, '0'),
                'B-' || lpad(p::text, 5, '0'), 'Bench product', 1 + (g + k) % 3, 0, 0, '{}'
         FROM generate_series(1, $5::int) g, generate_series(1, $6::int) k,
              LATERAL (SELECT 1 + ${hash("g::bigint * 100 + k + $4::int * 1000000", 19)} % least($7::int, 500) AS p) pick`,
        [tenantId, partnerId, prefix, index, options.perPartner, options.lines, options.products],
      );
    }
    await client.query(
      `INSERT INTO "InventoryMovement" (id, "tenantId", "stockItemId", kind, quantity, reference, "createdAt")
       SELECT 'mov_lgdraft_r' || p, $1, 'stk_lgbench' || lpad(p::text, 8, '0') || '_1', 'RECEIPT', 1000000, 'Bench receipt', now()
       FROM generate_series(1, least($2::int, 500)) p`,
      [tenantId, options.products],
    );
    await client.query("COMMIT");
    await client.query(`ANALYZE "Order"; ANALYZE "OrderLine"; ANALYZE "InventoryMovement"`);
    return byPartner;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
