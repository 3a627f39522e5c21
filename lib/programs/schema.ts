import { z } from "zod";
import { defineListQuery } from "@/lib/lists/query";
import { emailSchema } from "@/lib/tenancy/schema";
import { PROGRAM_METRICS } from "./metric-names";
import { PROGRAM_ACTIVATIONS, ONBOARDING_ITEM_KINDS, AGREEMENT_LOCALES } from "./constants";

export { PROGRAM_METRICS };
export { PROGRAM_ACTIVATIONS, ONBOARDING_ITEM_KINDS, AGREEMENT_LOCALES };
export const TIER_TRIGGERS = ["ENROLMENT", "SCHEDULED", "MANUAL", "OVERRIDE", "OVERRIDE_CLEARED", "OVERRIDE_EXPIRED"] as const;

const id = z.string().trim().min(1).max(64);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: "programs.validation.tooLong" })
    .transform((value) => value || null);
const name = z.string().trim().min(2, { message: "validation.required" }).max(80, { message: "programs.validation.tooLong" });
/** A version number sent back by an edit form (optimistic concurrency). */
const version = z.coerce.number().int().min(0);
/** A YYYY-MM-DD date typed in a date field. */
const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "programs.validation.date" })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), { message: "programs.validation.date" });

export const createProgramSchema = z.object({
  name,
  description: optionalText(500),
  activation: z.enum(PROGRAM_ACTIVATIONS, { message: "programs.validation.activation" }),
});
export type CreateProgramInput = z.infer<typeof createProgramSchema>;

export const updateProgramSchema = createProgramSchema.extend({ programId: id, version });
export type UpdateProgramInput = z.infer<typeof updateProgramSchema>;

/**
 * A tier's minimums as typed: revenue in the program's currency ("50000", "50000.50"),
 * counts as whole numbers; empty = no rule on that metric. The service turns revenue into
 * minor units with the program's currency (lib/money parseAmount).
 */
const minimum = z
  .string()
  .trim()
  .max(18, { message: "programs.validation.tooLong" })
  .refine((value) => value === "" || /^\d+([.,]\d+)?$/.test(value), { message: "programs.validation.minimum" });
const count = z
  .string()
  .trim()
  .max(9, { message: "programs.validation.tooLong" })
  .refine((value) => value === "" || /^\d+$/.test(value), { message: "programs.validation.count" });
export const tierRulesSchema = z.object({ REVENUE_T12M: minimum, CERTIFIED_PEOPLE: count, WON_DEALS_T12M: count });

export const createTierSchema = z.object({
  programId: id,
  name: z.string().trim().min(1, { message: "validation.required" }).max(40, { message: "programs.validation.tooLong" }),
  description: optionalText(300),
  rules: tierRulesSchema,
});
export type CreateTierInput = z.infer<typeof createTierSchema>;
export const updateTierSchema = createTierSchema.omit({ programId: true }).extend({ tierId: id });
export type UpdateTierInput = z.infer<typeof updateTierSchema>;
export const tierIdSchema = z.object({ tierId: id });
export const moveTierSchema = z.object({ tierId: id, direction: z.enum(["up", "down"]) });

export const createItemSchema = z.object({
  programId: id,
  kind: z.enum(ONBOARDING_ITEM_KINDS, { message: "programs.validation.kind" }),
  title: z.string().trim().min(2, { message: "validation.required" }).max(120, { message: "programs.validation.tooLong" }),
  description: optionalText(500),
});
export type CreateItemInput = z.infer<typeof createItemSchema>;
export const itemIdSchema = z.object({ itemId: id });
export const moveItemSchema = z.object({ itemId: id, direction: z.enum(["up", "down"]) });

/** A new agreement version: its text in English, Spanish or both (at least one whole). */
const agreementText = z.object({
  title: z.string().trim().max(160, { message: "programs.validation.tooLong" }),
  body: z.string().trim().max(20_000, { message: "programs.validation.tooLong" }),
});
export const publishAgreementSchema = z
  .object({ programId: id, en: agreementText, es: agreementText })
  .superRefine((value, ctx) => {
    const whole = AGREEMENT_LOCALES.filter((locale) => value[locale].title && value[locale].body);
    for (const locale of AGREEMENT_LOCALES) {
      const { title, body } = value[locale];
      if ((title && !body) || (!title && body) || whole.length === 0) {
        if (!title) ctx.addIssue({ code: "custom", path: [locale, "title"], message: "programs.validation.agreementTitle" });
        if (!body) ctx.addIssue({ code: "custom", path: [locale, "body"], message: "programs.validation.agreementBody" });
      }
    }
  });
export type PublishAgreementInput = z.infer<typeof publishAgreementSchema>;

export const enrolSchema = z.object({ partnerId: id, programId: z.string().trim().min(1, { message: "programs.validation.program" }).max(64) });
export const partnerIdSchema = z.object({ partnerId: id });

export const overrideSchema = z.object({
  partnerId: id,
  tierId: z.string().trim().min(1, { message: "programs.validation.tier" }).max(64),
  reason: z.string().trim().min(3, { message: "programs.validation.reason" }).max(500, { message: "programs.validation.tooLong" }),
  /** the last day the override holds (empty = until cleared) */
  until: z.union([z.literal(""), day]).transform((value) => value || null),
});
export type OverrideInput = z.infer<typeof overrideSchema>;
export const clearOverrideSchema = z.object({
  partnerId: id,
  reason: z.string().trim().min(3, { message: "programs.validation.reason" }).max(500, { message: "programs.validation.tooLong" }),
});

export const recordMetricSchema = z
  .object({
    partnerId: id,
    metric: z.enum(PROGRAM_METRICS, { message: "programs.validation.metric" }),
    periodStart: day,
    periodEnd: day,
    value: minimum.refine((value) => value !== "", { message: "validation.required" }),
    note: optionalText(300),
  })
  .refine((value) => value.periodStart <= value.periodEnd, {
    path: ["periodEnd"],
    message: "programs.validation.periodOrder",
    when: (payload) => {
      const value = payload.value as { periodStart?: unknown; periodEnd?: unknown } | undefined;
      return typeof value?.periodStart === "string" && typeof value.periodEnd === "string";
    },
  });
export type RecordMetricInput = z.infer<typeof recordMetricSchema>;
export const metricIdSchema = z.object({ metricId: id });

// ── Portal: the partner's own onboarding (the partner always comes from the session) ──

export const acceptAgreementSchema = z.object({
  /** the version the person read: a newer one published meanwhile is AGREEMENT_CHANGED */
  agreementId: id,
  /** the tick box: true from the kit, "on" from a form posted without JavaScript */
  accept: z.preprocess((value) => value === true || value === "on" || value === "true", z.literal(true, { message: "programs.validation.accept" })),
});
export const billingSchema = z.object({
  legalName: z.string().trim().min(2, { message: "validation.required" }).max(160, { message: "programs.validation.tooLong" }),
  taxId: z.string().trim().min(2, { message: "validation.required" }).max(40, { message: "programs.validation.tooLong" }),
  email: emailSchema,
  address: z.string().trim().min(5, { message: "validation.required" }).max(300, { message: "programs.validation.tooLong" }),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, { message: "validation.country" }),
  version,
});
export type BillingInput = z.infer<typeof billingSchema>;
export const certificationSchema = z.object({
  itemId: id,
  person: z.string().trim().min(2, { message: "validation.required" }).max(120, { message: "programs.validation.tooLong" }),
  credential: z.string().trim().min(2, { message: "validation.required" }).max(80, { message: "programs.validation.tooLong" }),
  completedOn: day,
});
export type CertificationInput = z.infer<typeof certificationSchema>;
/** A document filed for a checklist item: the id the files route gave the upload. */
export const documentSchema = z.object({
  itemId: id,
  fileId: z.string().trim().min(1, { message: "programs.validation.file" }).max(64),
});
export type DocumentInput = z.infer<typeof documentSchema>;

// ── Lists ──

export const programListQuery = defineListQuery({
  sorts: ["name", "created"],
  defaultSort: { id: "name", desc: false },
  filters: { q: z.string().trim().max(100).optional().catch(undefined) },
});
export const PROGRAM_LIST_FILTERS = ["q"] as const;
export type ProgramListQuery = ReturnType<typeof programListQuery.parse>;

export const tierHistoryQuery = defineListQuery({
  sorts: ["date"],
  defaultSort: { id: "date", desc: true },
  filters: {
    partner: z.string().trim().max(64).optional().catch(undefined),
    trigger: z.enum(TIER_TRIGGERS).optional().catch(undefined),
    changed: z.enum(["yes"]).optional().catch(undefined),
  },
});
export const TIER_HISTORY_FILTERS = ["partner", "trigger", "changed"] as const;
export type TierHistoryQuery = ReturnType<typeof tierHistoryQuery.parse>;

export const metricListQuery = defineListQuery({
  sorts: ["recorded", "periodEnd"],
  defaultSort: { id: "recorded", desc: true },
  filters: {
    partner: z.string().trim().max(64).optional().catch(undefined),
    metric: z.enum(PROGRAM_METRICS).optional().catch(undefined),
  },
});
export const METRIC_LIST_FILTERS = ["partner", "metric"] as const;
export type MetricListQuery = ReturnType<typeof metricListQuery.parse>;
