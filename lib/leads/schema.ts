import { z } from "zod";
import { accountFieldsSchema } from "@/lib/accounts/schema";
import { defineListQuery } from "@/lib/lists/query";
import { PARTNER_TYPES } from "@/lib/partners/schema";
import { typedAmount } from "@/lib/money";
import { registrationSchema } from "@/lib/deals/schema";
import { CURRENCIES } from "@/lib/tenancy/schema";

/**
 * Inputs of the leads module (forms, actions, the CSV import). Client-safe: the forms check
 * the same rules in the browser; what needs the database (a territory or tier of this
 * tenant, the offer's deadline) lives in the services.
 */

export const LEAD_STATUSES = ["NEW", "OFFERED", "ACCEPTED", "DECLINED", "EXPIRED", "CONVERTED", "LOST"] as const;
export const LEAD_OFFER_STATUSES = ["OFFERED", "ACCEPTED", "DECLINED", "EXPIRED", "WITHDRAWN"] as const;
export const LEAD_SOURCES = ["WEBSITE", "EVENT", "CAMPAIGN", "REFERRAL", "INBOUND_CALL", "OTHER"] as const;
export type LeadStatusValue = (typeof LEAD_STATUSES)[number];
export type LeadOfferStatusValue = (typeof LEAD_OFFER_STATUSES)[number];
export type LeadSourceValue = (typeof LEAD_SOURCES)[number];

/** Largest value one can estimate for a lead (a typo guard: 10^12 major units). */
const MAX_LEAD_MAJOR = 1_000_000_000_000n;
export const MAX_PRODUCTS = 10;
export const MAX_SLA_HOURS = 24 * 14;

const id = z.string().trim().min(1).max(64);
const version = z.coerce.number().int().min(0).max(2_147_483_647);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: "validation.tooLong" })
    .optional()
    .transform((value) => value || null);
const requiredText = (min: number, max: number) =>
  z.string().trim().min(min, { message: "validation.required" }).max(max, { message: "validation.tooLong" });
const reason = z.string().trim().max(1000, { message: "validation.tooLong" }).default("");

/** The value typed for a lead in minor units of `currency`; null when blank; undefined when not an amount. */
export function leadValueOf(text: string | null, currency: string): bigint | null | undefined {
  if (!text) return null;
  const minor = typedAmount(text, currency, MAX_LEAD_MAJOR);
  return minor !== null && minor > 0n ? minor : undefined;
}

/** "Analytics, Support" or one product a line → a clean list (at most MAX_PRODUCTS). */
export function productsOf(text: string | null | undefined): string[] {
  return [...new Set((text ?? "").split(/[,;\n]/).map((p) => p.trim()).filter(Boolean))];
}

/** A lead the vendor enters (and one row of the CSV import). */
export const leadSchema = z
  .object({
    company: accountFieldsSchema.shape.name,
    contactName: requiredText(1, 120),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .max(254)
      .optional()
      .refine((value) => !value || z.email().safeParse(value).success, { message: "validation.email" })
      .transform((value) => value || null),
    phone: optionalText(40),
    website: accountFieldsSchema.shape.website,
    country: accountFieldsSchema.shape.country,
    region: accountFieldsSchema.shape.region,
    postalCode: accountFieldsSchema.shape.postalCode,
    industry: accountFieldsSchema.shape.industry,
    source: z.enum(LEAD_SOURCES, { message: "validation.required" }),
    products: z
      .string()
      .trim()
      .max(1000, { message: "validation.tooLong" })
      .optional()
      .transform((value) => productsOf(value))
      .refine((list) => list.length <= MAX_PRODUCTS && list.every((p) => p.length <= 120), { message: "leads.validation.products" }),
    value: optionalText(30),
    currency: z.enum(CURRENCIES, { message: "validation.required" }),
    notes: optionalText(2000),
  })
  .refine((v) => leadValueOf(v.value, v.currency) !== undefined, { path: ["value"], message: "leads.validation.value" });
export type LeadInput = z.output<typeof leadSchema>;

export const leadIdSchema = z.object({ leadId: id });
export const leadVersionSchema = z.object({ leadId: id, version });

/** The partner declines an offer: the reason is required (the vendor reads it). */
export const declineLeadSchema = z.object({ leadId: id, reason });
export type DeclineLeadInput = z.output<typeof declineLeadSchema>;

/** The vendor closes a lead as lost (with a reason). */
export const loseLeadSchema = z.object({ leadId: id, version, reason });
export type LoseLeadInput = z.output<typeof loseLeadSchema>;

const optionalId = z
  .string()
  .trim()
  .max(64)
  .optional()
  .transform((value) => value || null);

/** A distribution rule (rules editor). Empty conditions match everything. */
export const leadRuleSchema = z.object({
  name: requiredText(2, 80),
  territoryId: optionalId,
  minTierId: optionalId,
  partnerType: z
    .union([z.enum(PARTNER_TYPES), z.literal("")])
    .optional()
    .transform((value) => value || null),
  capacity: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? Number(value) : null))
    .refine((value) => value === null || (Number.isInteger(value) && value >= 1 && value <= 10_000), { message: "leads.validation.capacity" }),
  slaHours: z.coerce
    .number({ message: "leads.validation.slaHours" })
    .int({ message: "leads.validation.slaHours" })
    .min(1, { message: "leads.validation.slaHours" })
    .max(MAX_SLA_HOURS, { message: "leads.validation.slaHours" }),
  active: z
    .union([z.boolean(), z.enum(["true", "false", "on"])])
    .optional()
    .transform((value) => value === true || value === "true" || value === "on"),
});
export type LeadRuleInput = z.output<typeof leadRuleSchema>;
export const updateLeadRuleSchema = leadRuleSchema.extend({ ruleId: id, version });
export type UpdateLeadRuleInput = z.output<typeof updateLeadRuleSchema>;
export const leadRuleIdSchema = z.object({ ruleId: id });
export const moveLeadRuleSchema = z.object({ ruleId: id, direction: z.enum(["up", "down"]) });

const q = z.string().trim().max(100).optional().catch(undefined);
const partnerFilter = z
  .string()
  .regex(/^ptn_[a-z0-9]{1,40}$/)
  .optional()
  .catch(undefined);

/** The vendor's leads: `?status=OFFERED&partner=ptn_…&q=acme&sort=-created`. */
export const leadListQuery = defineListQuery({
  sorts: ["created", "company"],
  defaultSort: { id: "created", desc: true },
  filters: {
    q,
    status: z.enum(LEAD_STATUSES).optional().catch(undefined),
    source: z.enum(LEAD_SOURCES).optional().catch(undefined),
    partner: partnerFilter,
  },
});
export const LEAD_LIST_FILTERS = ["q", "status", "source", "partner"] as const;
export type LeadListQuery = ReturnType<typeof leadListQuery.parse>;

/** A partner's accepted (and converted) leads. */
export const ownLeadListQuery = defineListQuery({
  sorts: ["created", "company"],
  defaultSort: { id: "created", desc: true },
  filters: { q, status: z.enum(["ACCEPTED", "CONVERTED"]).optional().catch(undefined) },
});
export const OWN_LEAD_LIST_FILTERS = ["q", "status"] as const;
export type OwnLeadListQuery = ReturnType<typeof ownLeadListQuery.parse>;

/** An accepted lead converted into a deal registration: the registration form, plus the lead. */
export const convertLeadSchema = z.intersection(registrationSchema, z.object({ leadId: id }));
export type ConvertLeadInput = z.output<typeof convertLeadSchema>;
