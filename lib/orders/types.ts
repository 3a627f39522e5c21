import type { PriorityTerm } from "./priority";
import type { OrderStatusValue } from "./lifecycle";

/** What a change to an order answers: enough to show where it stands and edit it again. */
export type OrderSummary = {
  id: string;
  number: number | null;
  status: OrderStatusValue;
  version: number;
  currency: string;
  totalMinor: bigint;
};

export type OrderLineView = {
  id: string;
  position: number;
  productId: string;
  sku: string;
  /** English; `lineName(line, locale)` gives the reader's */
  name: string;
  nameEs: string;
  quantity: number;
  listUnitPriceMinor: bigint;
  requestedUnitPriceMinor: bigint | null;
  approvedUnitPriceMinor: bigint | null;
  lineTotalMinor: bigint;
  /** shipping it needs one serial number per unit */
  serialTracked: boolean;
  /** units already shipped */
  shippedQuantity: number;
  /** units waiting for stock (a backorder); quantity − shipped − backordered may ship */
  backorderedQuantity: number;
  /** the engine's resolution as stored (amounts as strings): steps, list, next break */
  explanation: unknown;
};

export type OrderTimelineEntry = {
  id: string;
  action: string;
  fromStatus: OrderStatusValue | null;
  toStatus: OrderStatusValue;
  reason: string | null;
  data: unknown;
  actorName: string;
  at: Date;
};

/** One order with its lines and timeline (portal and back office). */
export type OrderDetail = OrderSummary & {
  partnerId: string;
  partnerName: string;
  poNumber: string | null;
  requestedDate: string | null;
  shipTo: unknown;
  priority: boolean;
  notes: string | null;
  subtotalMinor: bigint;
  taxMinor: bigint;
  approvalRequired: boolean;
  approvalReasons: unknown;
  holdKind: "CREDIT" | "MANUAL" | null;
  statusReason: string | null;
  creditCheck: unknown;
  /** units of its lines waiting for stock */
  backorderedUnits: number;
  submittedAt: Date | null;
  createdAt: Date;
  lines: OrderLineView[];
  shipments: OrderShipmentView[];
  timeline: OrderTimelineEntry[];
};

/** A shipment of an order: carrier, tracking number, units per line and their serial numbers. */
export type OrderShipmentView = {
  id: string;
  carrier: string;
  trackingNumber: string | null;
  shippedAt: Date;
  lines: { orderLineId: string; quantity: number; serials: string[] }[];
};

/** Stock of one product in one warehouse, from the sum of its movements. */
export type StockLevel = {
  productId: string;
  warehouseId: string;
  warehouseCode: string;
  onHand: number;
  allocated: number;
  available: number;
};

/** A row of the order queue or a partner's order list. */
export type OrderListItem = OrderSummary & {
  poNumber: string | null;
  priority: boolean;
  holdKind: "CREDIT" | "MANUAL" | null;
  submittedAt: Date | null;
  createdAt: Date;
  /** "YYYY-MM-DD" */
  requestedDate: string | null;
  /** units waiting for stock */
  backorderedUnits: number;
  partner: { id: string; name: string };
};

/** A row of the allocation queue: an order waiting for stock, with its score and the score's terms. */
export type AllocationQueueItem = OrderListItem & {
  score: number;
  terms: PriorityTerm[];
};

/** A product the cart's picker offers (lib/orders/product-search.ts): one the engine prices for this partner. */
export type OrderableProduct = {
  id: string;
  sku: string;
  /** in the reader's language */
  name: string;
  /** the engine's unit price for one unit, minor units as a string (JSON has no bigint) */
  unitPriceMinor: string;
  currency: string;
  /** that price in the reader's format */
  price: string;
};

export type ProductSearchPage = { items: OrderableProduct[]; next: string | null };
