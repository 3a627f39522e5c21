import { z } from "zod";
import { accountFieldsSchema } from "@/lib/accounts/schema";
import { isCalendarDay } from "@/lib/activities/dates";
import { defineListQuery } from "@/lib/lists/query";
import { typedAmount } from "@/lib/money";
import { CURRENCIES } from "@/lib/tenancy/schema";
import { MAX_LINES, MAX_CRITERIA } from "./constants";

/**
 * Inputs of the deals module (forms, actions, later the REST API). Client-safe: the forms
 * check the same rules in the browser. Rules that need a clock or the database (a close
 * date in the past in the tenant's calendar, a stage of this tenant) live in the services.
 */

export const REGISTRATION_STATUSES = ["PENDING", "APPROVED", "REJECTED", "EXPIRED", "WITHDRAWN"] as const;
export const OPPORTUNITY_STATUSES = ["OPEN", "WON", "LOST"] as const;
export const EXTENSION_STATUSES = ["PENDING", "APPROVED", "REJECTED"] as const;
export const MATCH_KINDS = ["REGISTRATION", "OPPORTUNITY", "ACCOUNT", "TERRITORY"] as const;
export type RegistrationStatusValue = (typeof REGISTRATION_STATUSES)[number];
export type OpportunityStatusValue = (typeof OPPORTUNITY_STATUSES)[number];
export type ExtensionStatusValue = (typeof EXTENSION_STATUSES)[number];
export type MatchKindValue = (typeof MATCH_KINDS)[number];

/** Largest deal one can state (a typo guard: 10^12 major units). */
const MAX_DEAL_MAJOR = 1_000_000_000_000n;
export { MAX_LINES, MAX_CRITERIA };

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
const day = z
  .string()
  .trim()
  .refine((value) => isCalendarDay(value), { message: "deals.validation.date" });
const hasValue = (payload: { value: unknown }, ...keys: string[]) =>
  keys.every((key) => typeof (payload.value as Record<string, unknown> | undefined)?.[key] === "string");

/** The amount typed for a deal, in minor units of `currency`, or null when it is not one. */
export function dealAmountOf(text: string, currency: string): bigint | null {
  const minor = typedAmount(text, currency, MAX_DEAL_MAJOR);
  return minor !== null && minor > 0n ? minor : null;
}

/** Amount + currency of a form, checked together (the currency decides the decimals). */
const money = {
  amount: z.string().trim().min(1, { message: "validation.required" }).max(30),
  currency: z.enum(CURRENCIES, { message: "validation.required" }),
};
function amountRule<T extends z.ZodType<{ amount: string; currency: string }>>(schema: T) {
  return schema.refine((v) => dealAmountOf(v.amount, v.currency) !== null, {
    path: ["amount"],
    message: "deals.validation.amount",
    when: (payload) => hasValue(payload, "amount", "currency"),
  });
}

/** The end customer as a registration or a direct deal names it (the accounts module's rules). */
const customer = {
  customerName: accountFieldsSchema.shape.name,
  website: accountFieldsSchema.shape.website,
  taxId: accountFieldsSchema.shape.taxId,
  country: accountFieldsSchema.shape.country,
  region: accountFieldsSchema.shape.region,
  postalCode: accountFieldsSchema.shape.postalCode,
  industry: accountFieldsSchema.shape.industry,
};

/** One product line: free text and a quantity until the catalog lands (lib/deals/lines.ts). */
export const lineSchema = z.object({
  description: requiredText(1, 200),
  quantity: z.coerce
    .number({ message: "deals.validation.quantity" })
    .int({ message: "deals.validation.quantity" })
    .min(1, { message: "deals.validation.quantity" })
    .max(1_000_000, { message: "deals.validation.quantity" }),
});
export type LineInput = z.output<typeof lineSchema>;

/**
 * A partner registers a deal. `submissionKey` is made by the page for each form shown, so
 * a double submit (two clicks, a resent request) finds the registration the first made.
 */
export const registrationSchema = amountRule(
  z.object({
    submissionKey: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
    title: requiredText(3, 160),
    ...customer,
    contactName: requiredText(1, 120),
    contactEmail: z
      .string()
      .trim()
      .toLowerCase()
      .max(254)
      .optional()
      .refine((value) => !value || z.email().safeParse(value).success, { message: "validation.email" })
      .transform((value) => value || null),
    contactPhone: optionalText(40),
    ...money,
    expectedCloseOn: day,
    competition: optionalText(500),
    notes: optionalText(2000),
    lines: z.array(lineSchema).max(MAX_LINES, { message: "deals.validation.lines" }).default([]),
  }),
);
export type RegistrationInput = z.output<typeof registrationSchema>;

/** "Is this customer already claimed?": yes or no, never whose. */
export const claimCheckSchema = z
  .object({
    customerName: z.string().trim().max(160).default(""),
    website: accountFieldsSchema.shape.website,
    taxId: accountFieldsSchema.shape.taxId,
  })
  .refine((v) => v.customerName.length >= 2 || v.website || v.taxId, {
    path: ["customerName"],
    message: "deals.validation.checkSomething",
  });
export type ClaimCheckInput = z.output<typeof claimCheckSchema>;

/** Protection granted on approval, in days. */
export const protectionDaysField = z.coerce
  .number({ message: "deals.validation.days" })
  .int({ message: "deals.validation.days" })
  .min(1, { message: "deals.validation.days" })
  .max(365, { message: "deals.validation.days" });

export const approveRegistrationSchema = z.object({
  registrationId: id,
  version,
  protectionDays: protectionDaysField,
  reason: z.string().trim().max(1000, { message: "validation.tooLong" }).default(""),
});
export type ApproveRegistrationInput = z.output<typeof approveRegistrationSchema>;

export const rejectRegistrationSchema = z.object({
  registrationId: id,
  version,
  reason: z.string().trim().min(1, { message: "errors.REASON_REQUIRED" }).max(1000, { message: "validation.tooLong" }),
});
export type RejectRegistrationInput = z.output<typeof rejectRegistrationSchema>;

export const withdrawRegistrationSchema = z.object({
  registrationId: id,
  version,
  reason: z.string().trim().max(1000, { message: "validation.tooLong" }).default(""),
});
export type WithdrawRegistrationInput = z.output<typeof withdrawRegistrationSchema>;

export const requestExtensionSchema = z.object({
  registrationId: id,
  days: protectionDaysField,
  reason: requiredText(1, 1000),
});
export type RequestExtensionInput = z.output<typeof requestExtensionSchema>;

export const decideExtensionSchema = z.object({
  extensionId: id,
  decision: z.enum(["APPROVED", "REJECTED"], { message: "deals.validation.decision" }),
  reason: z.string().trim().max(1000, { message: "validation.tooLong" }).default(""),
});
export type DecideExtensionInput = z.output<typeof decideExtensionSchema>;

/** The vendor's own deal, without a partner. */
export const directDealSchema = amountRule(
  z.object({
    name: requiredText(3, 160),
    ...customer,
    ...money,
    closeOn: day,
  }),
);
export type DirectDealInput = z.output<typeof directDealSchema>;

/** Edit of an opportunity's figures, at the version shown. */
export const updateOpportunitySchema = amountRule(
  z.object({
    opportunityId: id,
    version,
    name: requiredText(3, 160),
    ...money,
    closeOn: day,
  }),
);
export type UpdateOpportunityInput = z.output<typeof updateOpportunitySchema>;

/** A stage move; into a WON or LOST stage `reason` is the win or loss reason (required to lose). */
export const moveStageSchema = z.object({
  opportunityId: id,
  version,
  stageId: id,
  reason: z.string().trim().max(1000, { message: "validation.tooLong" }).default(""),
});
export type MoveStageInput = z.output<typeof moveStageSchema>;

const checkbox = z.union([z.boolean(), z.string().max(8)]).transform((value) => value === true || value === "on" || value === "true");

/** Ticks or clears one exit criterion of an opportunity. */
export const checkCriterionSchema = z.object({
  opportunityId: id,
  version,
  criterionId: id,
  checked: checkbox.default(false),
});
export type CheckCriterionInput = z.output<typeof checkCriterionSchema>;

const criterion = z.object({
  id: z
    .string()
    .trim()
    .max(64)
    .refine((value) => value === "" || /^crt_[a-z0-9]{1,40}$/.test(value))
    .default(""),
  label: requiredText(2, 160),
});

/** A stage of the methodology as the settings form sends it. */
const stageFields = {
  name: requiredText(2, 60),
  probability: z.coerce
    .number({ message: "deals.validation.probability" })
    .int({ message: "deals.validation.probability" })
    .min(0, { message: "deals.validation.probability" })
    .max(100, { message: "deals.validation.probability" }),
  criteria: z.array(criterion).max(MAX_CRITERIA, { message: "deals.validation.criteria" }).default([]),
};
export const createStageSchema = z.object(stageFields);
export type CreateStageInput = z.output<typeof createStageSchema>;
export const updateStageSchema = z.object({ stageId: id, version, ...stageFields });
export type UpdateStageInput = z.output<typeof updateStageSchema>;
export const moveStageOrderSchema = z.object({ stageId: id, direction: z.enum(["up", "down"]) });
export type MoveStageOrderInput = z.output<typeof moveStageOrderSchema>;
export const deleteStageSchema = z.object({ stageId: id });

export const dealSettingsSchema = z.object({
  version,
  protectionDays: protectionDaysField,
  reminderDays: z.coerce
    .number({ message: "deals.validation.reminderDays" })
    .int({ message: "deals.validation.reminderDays" })
    .min(0, { message: "deals.validation.reminderDays" })
    .max(90, { message: "deals.validation.reminderDays" }),
  maxExtensionDays: protectionDaysField,
});
export type DealSettingsInput = z.output<typeof dealSettingsSchema>;

const partnerFilter = z
  .string()
  .regex(/^(direct|ptn_[a-z0-9]{1,40})$/)
  .optional()
  .catch(undefined);
const prefixed = (prefix: string) =>
  z
    .string()
    .regex(new RegExp(`^${prefix}_[a-z0-9]{1,40}$`))
    .optional()
    .catch(undefined);
const q = z.string().trim().max(100).optional().catch(undefined);

/** The registrations queue: `?status=PENDING&partner=ptn_…&q=acme&sort=-created`. */
export const registrationListQuery = defineListQuery({
  sorts: ["created"],
  defaultSort: { id: "created", desc: true },
  filters: { q, status: z.enum(REGISTRATION_STATUSES).optional().catch(undefined), partner: partnerFilter },
});
export const REGISTRATION_LIST_FILTERS = ["q", "status", "partner"] as const;
export const OWN_REGISTRATION_LIST_FILTERS = ["q", "status"] as const;
export type RegistrationListQuery = ReturnType<typeof registrationListQuery.parse>;

/** The pipeline filters, shared by the board and the table. */
const pipelineFilters = {
  partner: partnerFilter,
  territory: prefixed("ter"),
  rep: prefixed("mem"),
};
export const PIPELINE_FILTERS = ["partner", "territory", "rep"] as const;
export const boardQuery = z.object(pipelineFilters);
export type BoardQuery = z.output<typeof boardQuery>;

/** The opportunities table: `?status=OPEN&stage=stg_…&partner=…&territory=…&rep=…&sort=close`. */
export const opportunityListQuery = defineListQuery({
  sorts: ["close", "amount", "created"],
  defaultSort: { id: "close", desc: false },
  filters: {
    q,
    status: z.enum(OPPORTUNITY_STATUSES).optional().catch(undefined),
    stage: prefixed("stg"),
    ...pipelineFilters,
  },
});
export const OPPORTUNITY_LIST_FILTERS = ["q", "status", "stage", "partner", "territory", "rep"] as const;
export const OWN_OPPORTUNITY_LIST_FILTERS = ["q", "status", "stage"] as const;
export type OpportunityListQuery = ReturnType<typeof opportunityListQuery.parse>;
export type OpportunitySort = OpportunityListQuery["sort"]["id"];
