import { z } from "zod";
import { isCalendarDay } from "@/lib/activities/dates";
import { currencyField, optionalText } from "@/lib/catalog/schema";
import { defineListQuery } from "@/lib/lists/query";
import { PARTNER_TYPES } from "@/lib/partners/schema";
import { PRICE_METHODS } from "./constants";

export const PRICE_LIST_TARGETS = ["BASE", "TIER", "PARTNER_TYPE", "PARTNER"] as const;
export type PriceListTargetValue = (typeof PRICE_LIST_TARGETS)[number];
/** Targets offered by the list form: TIER only when the workspace has program tiers. */
export function offeredTargets(hasTiers: boolean): PriceListTargetValue[] {
  return PRICE_LIST_TARGETS.filter((target) => hasTiers || target !== "TIER");
}
export const PRICE_LIST_STATUSES = ["DRAFT", "PUBLISHED", "CHANGED", "ARCHIVED"] as const;
export type PriceListStatusValue = (typeof PRICE_LIST_STATUSES)[number];
export { PRICE_METHODS };
export type PriceMethodInput = (typeof PRICE_METHODS)[number];

/** Largest quantity a question or a break may name (a typo guard: a billion units). */
export const MAX_QUANTITY = 1_000_000_000;
/** A percentage adjustment from −100 % (free) to +1000 %, at most 4 decimals. */
export const PERCENT_PATTERN = /^[+-]?\d{1,4}(?:[.,]\d{1,4})?$/;

const id = z.string().trim().min(1).max(64);
const version = z.coerce.number().int().min(0).max(2_147_483_647);

export const dayField = z
  .string()
  .trim()
  .refine((value) => isCalendarDay(value), { message: "pricing.validation.date" });

const optionalDay = z
  .string()
  .trim()
  .optional()
  .refine((value) => !value || isCalendarDay(value), { message: "pricing.validation.date" })
  .transform((value) => value || null);

/** "-12,5" → "-12.5" when it is a percentage we accept, else a field error. */
export const percentField = z
  .string()
  .trim()
  .refine((value) => PERCENT_PATTERN.test(value), { message: "pricing.validation.percent" })
  .transform((value) => value.replace(",", ".").replace(/^\+/, ""))
  .refine((value) => Number(value) >= -100 && Number(value) <= 1000, { message: "pricing.validation.percent" });

const quantityField = z.union([z.number(), z.string().trim().max(12)]).transform((value, ctx) => {
  const number = typeof value === "number" ? value : Number(value);
  if (value === "" || !Number.isInteger(number) || number < 1 || number > MAX_QUANTITY) {
    ctx.addIssue({ code: "custom", message: "pricing.validation.quantity" });
    return z.NEVER;
  }
  return number;
});

/** A price list's settings (the working copy's header). */
const priceListShape = z.object({
  name: z.string().trim().min(2, { message: "validation.required" }).max(120, { message: "validation.tooLong" }),
  description: optionalText(1000),
  target: z.enum(PRICE_LIST_TARGETS, { message: "pricing.validation.target" }),
  partnerType: z.string().trim().optional().transform((value) => value || null),
  partnerId: z.string().trim().max(64).optional().transform((value) => value || null),
  tierId: z.string().trim().max(64).optional().transform((value) => value || null),
  currency: currencyField,
  validFrom: dayField,
  validUntil: optionalDay,
  adjustPercent: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || null)
    .pipe(percentField.nullable()),
});
type PriceListShape = z.output<typeof priceListShape>;
type PartnerTypeValue = (typeof PARTNER_TYPES)[number];

/** Rules across fields: the target's own field, no list-wide percentage on a base list, dates in order. */
function checkTarget(input: PriceListShape, ctx: z.RefinementCtx): void {
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  if (input.target === "PARTNER_TYPE" && !(PARTNER_TYPES as readonly string[]).includes(input.partnerType ?? "")) issue("partnerType", "validation.partnerType");
  if (input.target === "PARTNER" && !input.partnerId) issue("partnerId", "pricing.validation.partner");
  if (input.target === "TIER" && !input.tierId) issue("tierId", "pricing.validation.tier");
  if (input.target === "BASE" && input.adjustPercent) issue("adjustPercent", "pricing.validation.baseAdjust");
  if (input.validUntil && input.validUntil < input.validFrom) issue("validUntil", "pricing.validation.validUntil");
}

/** Only the field of its target is kept. */
function keepTarget<T extends PriceListShape>(input: T): Omit<T, "partnerType"> & { partnerType: PartnerTypeValue | null } {
  return {
    ...input,
    partnerType: input.target === "PARTNER_TYPE" ? (input.partnerType as PartnerTypeValue) : null,
    partnerId: input.target === "PARTNER" ? input.partnerId : null,
    tierId: input.target === "TIER" ? input.tierId : null,
  };
}

export const createPriceListSchema = priceListShape.superRefine(checkTarget).transform(keepTarget);
export type PriceListFields = z.output<typeof createPriceListSchema>;
export const updatePriceListSchema = priceListShape.extend({ listId: id, version }).superRefine(checkTarget).transform(keepTarget);
export type UpdatePriceListInput = z.output<typeof updatePriceListSchema>;

/** One price of a list: a product (by SKU), a break, and how the price is given. */
export const priceEntrySchema = z.object({
  listId: id,
  version,
  sku: z.string().trim().toUpperCase().min(1, { message: "validation.required" }).max(40, { message: "validation.tooLong" }),
  minQuantity: quantityField,
  method: z.enum(PRICE_METHODS, { message: "pricing.validation.method" }),
  /** an amount in the list's currency (PRICE, AMOUNT) or a percentage (PERCENT), checked by the service */
  value: z.string().trim().min(1, { message: "validation.required" }).max(24, { message: "validation.tooLong" }),
});
export type PriceEntryInput = z.output<typeof priceEntrySchema>;

export const removePriceEntrySchema = z.object({ listId: id, version, entryId: id });

/** Publish the working copy seen at `version`; a tenant admin may publish despite findings with a reason. */
export const publishPriceListSchema = z.object({
  listId: id,
  version,
  overrideReason: z.string().trim().max(1000, { message: "validation.tooLong" }).optional().transform((value) => value || null),
});
export type PublishPriceListInput = z.output<typeof publishPriceListSchema>;

export const archivePriceListSchema = z.object({
  listId: id,
  version,
  reason: z.string().trim().max(1000, { message: "validation.tooLong" }).optional().default(""),
});

/** The vendor's preview: what does this partner pay for this product, this many, on this day. */
export const pricePreviewSchema = z.object({
  partnerId: id,
  sku: z.string().trim().toUpperCase().min(1, { message: "validation.required" }).max(40),
  quantity: quantityField,
  date: dayField,
  currency: currencyField,
});
export type PricePreviewInput = z.output<typeof pricePreviewSchema>;

export const pricingSettingsSchema = z.object({
  tolerancePercent: z
    .string()
    .trim()
    .refine((value) => /^\d{1,4}(?:[.,]\d{1,4})?$/.test(value) && Number(value.replace(",", ".")) <= 1000, { message: "pricing.validation.tolerance" })
    .transform((value) => value.replace(",", ".")),
  version,
});

/** The price lists page: `?q=&status=&target=&sort=name`. */
export const priceListQuery = defineListQuery({
  sorts: ["name", "created"],
  defaultSort: { id: "name", desc: false },
  filters: {
    q: z.string().trim().max(100).optional().catch(undefined),
    status: z.enum(PRICE_LIST_STATUSES).optional().catch(undefined),
    target: z.enum(PRICE_LIST_TARGETS).optional().catch(undefined),
  },
});
export const PRICE_LIST_FILTERS = ["q", "status", "target"] as const;
export type PriceListQuery = ReturnType<typeof priceListQuery.parse>;

/** A list's prices (its page): `?q=` SKU or name, paged. */
export const entryListQuery = defineListQuery({
  sorts: ["sku"],
  defaultSort: { id: "sku", desc: false },
  defaultPageSize: 50,
  filters: { q: z.string().trim().max(100).optional().catch(undefined) },
});
export type EntryListQuery = ReturnType<typeof entryListQuery.parse>;

/** The partner's effective price list: `?q=&currency=&page=`. */
export const effectiveListQuery = defineListQuery({
  sorts: ["sku", "name"],
  defaultSort: { id: "sku", desc: false },
  defaultPageSize: 50,
  filters: {
    q: z.string().trim().max(100).optional().catch(undefined),
    currency: z.string().regex(/^[A-Z]{3}$/).optional().catch(undefined),
  },
});
export const EFFECTIVE_LIST_FILTERS = ["q", "currency"] as const;
export type EffectiveListQuery = ReturnType<typeof effectiveListQuery.parse>;

/** The findings page: `?status=OPEN`. */
export const findingListQuery = defineListQuery({
  sorts: ["seen"],
  defaultSort: { id: "seen", desc: true },
  filters: {
    status: z.enum(["OPEN", "RESOLVED"]).optional().catch(undefined),
    kind: z.enum(["CHANNEL_SPREAD", "INVERTED_TIERS", "BELOW_FLOOR", "BELOW_COST", "AMBIGUOUS_OVERLAP"]).optional().catch(undefined),
  },
});
export const FINDING_LIST_FILTERS = ["status", "kind"] as const;
export type FindingListQuery = ReturnType<typeof findingListQuery.parse>;
