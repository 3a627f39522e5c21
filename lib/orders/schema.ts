import { z } from "zod";
import { countryField } from "@/lib/accounts/schema";
import { isCalendarDay } from "@/lib/activities/dates";
import { defineListQuery } from "@/lib/lists/query";
import { typedAmount } from "@/lib/money";
import { CURRENCIES } from "@/lib/tenancy/schema";
import { MAX_ORDER_LINES } from "./constants";

/**
 * Inputs of the orders module (portal cart, back-office decisions, inventory). Client-safe.
 * Amounts a person types (a requested price, a credit limit, a rule's threshold) arrive as
 * text and become minor units of the order's currency in the service; prices a request
 * carries are never read — the server prices every line with the resolution engine.
 */

/** An order's states (the transition table is lib/orders/lifecycle.ts). */
export const ORDER_STATUSES = [
  "DRAFT",
  "SUBMITTED",
  "PENDING_APPROVAL",
  "APPROVED",
  "ALLOCATED",
  "PARTIALLY_SHIPPED",
  "SHIPPED",
  "DELIVERED",
  "REJECTED",
  "ON_HOLD",
  "CANCELLED",
] as const;
export type OrderStatusValue = (typeof ORDER_STATUSES)[number];

/** An order's number as people read it: SO-000042 (a draft has none yet: "—"). */
export const orderNumberText = (number: number | null) => (number === null ? "—" : `SO-${String(number).padStart(6, "0")}`);

export { MAX_ORDER_LINES };
export const MAX_LINE_QUANTITY = 1_000_000;
/** Largest amount a person may type (credit limit, rule threshold): 10^12 major units. */
const MAX_MAJOR = 1_000_000_000_000n;

const id = z.string().trim().min(1).max(64);
const version = z.coerce.number().int().min(0).max(2_147_483_647);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: "validation.tooLong" })
    .optional()
    .nullable()
    .transform((value) => value || null);
const requiredText = (min: number, max: number) =>
  z.string().trim().min(min, { message: "validation.required" }).max(max, { message: "validation.tooLong" });
const reason = z.string().trim().max(1000, { message: "validation.tooLong" }).optional().nullable();

/** Whole units, at least one: zero, negative and fractional quantities are refused on the field. */
export const quantityField = z.coerce
  .number({ message: "orders.validation.quantity" })
  .int({ message: "orders.validation.quantityWhole" })
  .min(1, { message: "orders.validation.quantity" })
  .max(MAX_LINE_QUANTITY, { message: "orders.validation.quantityTooLarge" });

/** A typed amount of `currency` in minor units, or null when it is not a non-negative amount. */
export function typedOrderAmount(text: string, currency: string): bigint | null {
  return typedAmount(text, currency, MAX_MAJOR);
}

export const shipToSchema = z.object({
  name: requiredText(1, 200),
  line1: requiredText(1, 200),
  line2: optionalText(200),
  city: requiredText(1, 100),
  region: optionalText(100),
  postalCode: optionalText(20),
  country: countryField.refine((value) => !!value, { message: "validation.required" }),
});
export type ShipTo = z.infer<typeof shipToSchema>;

export const orderLineInput = z.object({
  productId: id,
  quantity: quantityField,
  /** a special order: the unit price the partner asks for (below the list price → approval) */
  requestedUnitPrice: z.string().trim().max(30).optional().nullable().transform((value) => value || null),
});
export type OrderLineInput = z.infer<typeof orderLineInput>;

export const draftSchema = z.object({
  /** absent: a new draft */
  orderId: id.optional(),
  version: version.optional(),
  currency: z.enum(CURRENCIES).optional(),
  poNumber: optionalText(64),
  requestedDate: z
    .string()
    .trim()
    .optional()
    .nullable()
    .transform((value) => value || null)
    .refine((value) => value === null || isCalendarDay(value), { message: "orders.validation.date" }),
  shipTo: shipToSchema.optional().nullable().transform((value) => value ?? null),
  priority: z.coerce.boolean().optional().default(false),
  notes: optionalText(2000),
  lines: z.array(orderLineInput).max(MAX_ORDER_LINES, { message: "orders.validation.tooManyLines" }),
});
export type DraftInput = z.infer<typeof draftSchema>;

/** A submission names its draft and carries a key per click: replays answer with the same order. */
export const submitSchema = z.object({
  orderId: id,
  version,
  idempotencyKey: z.string().trim().min(8).max(100),
});
export type SubmitInput = z.infer<typeof submitSchema>;

/** A back-office decision on an order (approve, reject, hold, release, cancel). */
export const decisionSchema = z.object({ orderId: id, version, reason });
export type DecisionInput = z.infer<typeof decisionSchema>;

export const discardSchema = z.object({ orderId: id, version });
export type DiscardInput = z.infer<typeof discardSchema>;

export const allocateSchema = z.object({ orderId: id, version });
export type AllocateInput = z.infer<typeof allocateSchema>;

/** Most serial numbers one shipment line may carry (a typo guard). */
export const MAX_SERIALS = 10_000;

export const shipmentSchema = z.object({
  orderId: id,
  version,
  carrier: requiredText(1, 80),
  trackingNumber: optionalText(80),
  lines: z
    .array(
      z.object({
        orderLineId: id,
        quantity: quantityField,
        /** serial-tracked products: one per unit, typed or scanned */
        serials: z.array(z.string().trim().min(1).max(80)).max(MAX_SERIALS).optional().default([]),
      }),
    )
    .min(1, { message: "orders.validation.shipNothing" })
    .max(MAX_ORDER_LINES),
});
export type ShipmentInput = z.infer<typeof shipmentSchema>;

export const warehouseSchema = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9_-]{0,19}$/, { message: "orders.validation.warehouseCode" }),
  name: requiredText(1, 120),
});
export type WarehouseInput = z.infer<typeof warehouseSchema>;

export const receiptSchema = z.object({
  productId: id,
  warehouseId: id,
  quantity: quantityField,
  reference: optionalText(120),
});
export type ReceiptInput = z.infer<typeof receiptSchema>;

export const adjustmentSchema = z.object({
  productId: id,
  warehouseId: id,
  /** signed whole units, never zero */
  quantity: z.coerce
    .number({ message: "orders.validation.quantity" })
    .int({ message: "orders.validation.quantityWhole" })
    .min(-MAX_LINE_QUANTITY, { message: "orders.validation.quantityTooLarge" })
    .max(MAX_LINE_QUANTITY, { message: "orders.validation.quantityTooLarge" })
    .refine((n) => n !== 0, { message: "orders.validation.quantity" }),
  reason: requiredText(1, 500),
});
export type AdjustmentInput = z.infer<typeof adjustmentSchema>;

export const creditLimitSchema = z.object({
  partnerId: id,
  currency: z.enum(CURRENCIES),
  limit: z.string().trim().min(1, { message: "validation.required" }).max(30),
});
export type CreditLimitInput = z.infer<typeof creditLimitSchema>;

export const APPROVAL_CONDITIONS = ["ORDER_TOTAL_AT_LEAST", "PRICE_BELOW_LIST", "QUANTITY_OVER"] as const;
/** Vendor permissions a rule may name as its approver's. */
export const APPROVER_PERMISSIONS = ["orders.approve", "orders.credit", "tenant.manage"] as const;
export type ApproverPermission = (typeof APPROVER_PERMISSIONS)[number];

export const approvalRuleSchema = z
  .object({
    name: requiredText(1, 120),
    condition: z.enum(APPROVAL_CONDITIONS),
    amount: z.string().trim().max(30).optional().nullable().transform((value) => value || null),
    currency: z.enum(CURRENCIES).optional().nullable().transform((value) => value ?? null),
    quantity: z.coerce.number().int().min(1).max(MAX_LINE_QUANTITY).optional().nullable().transform((value) => value ?? null),
    productId: id.optional().nullable().transform((value) => value ?? null),
    approverPermission: z.enum(APPROVER_PERMISSIONS),
  })
  .refine((v) => v.condition !== "ORDER_TOTAL_AT_LEAST" || (v.amount !== null && v.currency !== null && typedOrderAmount(v.amount, v.currency) !== null), {
    path: ["amount"],
    message: "orders.validation.amount",
  })
  .refine((v) => v.condition !== "QUANTITY_OVER" || v.quantity !== null, { path: ["quantity"], message: "validation.required" });
export type ApprovalRuleInput = z.infer<typeof approvalRuleSchema>;

/** The vendor's order queue and a partner's order list: `?status=PENDING_APPROVAL&partner=ptn_…&sort=-created`. */
/** A day in a list's URL ("YYYY-MM-DD"); anything else is no filter. */
const listDay = z.string().refine(isCalendarDay).optional().catch(undefined);

export const orderListQuery = defineListQuery({
  sorts: ["created", "number"],
  defaultSort: { id: "created", desc: true },
  filters: {
    status: z.enum(ORDER_STATUSES).optional().catch(undefined),
    partner: z.string().regex(/^ptn_[a-z0-9]{1,40}$/).optional().catch(undefined),
    /** an order number as shown (SO-000042) or typed (42): the unique (tenant, number) index answers it */
    q: z.string().trim().max(40).optional().catch(undefined),
    /** the requested day, from and to (inclusive, "YYYY-MM-DD"): orders without one never match */
    requestedFrom: listDay,
    requestedTo: listDay,
    /** only orders with units waiting for stock */
    backordered: z.enum(["yes"]).optional().catch(undefined),
  },
});
export const ORDER_LIST_FILTERS = ["q", "status", "partner", "requestedFrom", "requestedTo", "backordered"] as const;
export const OWN_ORDER_LIST_FILTERS = ["q", "status"] as const;

/** The order number a search names ("SO-000042", "so42", "42"), or null when it names none. */
export function orderNumberOf(q: string | undefined): number | null {
  const match = q ? /^(?:SO-?)?0*(\d{1,9})$/i.exec(q.trim()) : null;
  return match ? Number(match[1]) : null;
}

/** A pasted SKU list (or CSV) for a quick order: into the partner's draft, or a new one. */
export const quickOrderSchema = z.object({
  orderId: id.optional(),
  version: version.optional(),
  text: z.string().trim().min(1, { message: "validation.required" }).max(200_000, { message: "validation.tooLong" }),
});
export type QuickOrderInput = z.infer<typeof quickOrderSchema>;

export const reorderSchema = z.object({ orderId: id });
export type OrderListQuery = ReturnType<typeof orderListQuery.parse>;

const blank = (value: unknown) => value === undefined || value === null || String(value).trim() === "";

/** The cart form: a ship-to left wholly blank is "none yet" (a draft may wait for one; a submission may not). */
export const draftFormSchema = draftSchema.extend({
  shipTo: z.preprocess(
    // no address fields at all, or all of them blank: no ship-to yet (a draft may be saved without one)
    (value) => (value === undefined || (value && typeof value === "object" && Object.values(value).every(blank)) ? null : value),
    shipToSchema.nullable(),
  ),
});

/**
 * The shipping form: a row per line with units left, a blank or 0 quantity leaves the line
 * out of this shipment, and serial numbers are typed or scanned one per line (commas,
 * semicolons and spaces also separate them). Rows keep their index, so an error lands on
 * the row it is about (lib/orders/shipping.ts `shipFromForm`).
 */
export const shipFormSchema = shipmentSchema.extend({
  lines: z
    .array(
      z.object({
        orderLineId: id,
        quantity: z.preprocess(
          (value) => (blank(value) ? 0 : value),
          z.coerce
            .number({ message: "orders.validation.quantity" })
            .int({ message: "orders.validation.quantityWhole" })
            .min(0, { message: "orders.validation.quantity" })
            .max(MAX_LINE_QUANTITY, { message: "orders.validation.quantityTooLarge" }),
        ),
        serials: z.preprocess(
          (value) => (typeof value === "string" ? value.split(/[\s,;]+/).filter(Boolean) : (value ?? [])),
          z.array(z.string().trim().min(1).max(80)).max(MAX_SERIALS),
        ),
      }),
    )
    .max(MAX_ORDER_LINES)
    .refine((rows) => rows.some((row) => row.quantity > 0), { message: "orders.validation.shipNothing" }),
});
export type ShipFormInput = z.infer<typeof shipFormSchema>;
