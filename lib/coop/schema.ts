import { z } from "zod";
import { isCalendarDay } from "@/lib/activities/dates";
import { COOP_ACCRUAL_BASES, COOP_PERIODS, COOP_ACTIVITY_TYPES } from "./constants";

/**
 * Inputs of co-op and MDF (client-safe). Amounts a person types arrive as text and become
 * minor units of the fund's currency in the service (`typedAmount`: more decimals than the
 * currency has, a sign or a typo-sized number are a field error); balances, reservations
 * and approved amounts a request might carry are never read — the ledger decides.
 */

export const COOP_PROGRAM_KINDS = ["COOP", "MDF"] as const;
export { COOP_ACCRUAL_BASES, COOP_PERIODS, COOP_ACTIVITY_TYPES };
export const COOP_ENTRY_KINDS = ["ACCRUAL", "ALLOCATION", "RESERVATION", "RELEASE", "CLAIM_PAYMENT", "EXPIRY", "ADJUSTMENT", "ACCRUAL_REVERSAL"] as const;
export const COOP_REQUEST_STATUSES = ["PROPOSED", "APPROVED", "REJECTED", "CLAIMED", "EXPIRED", "CANCELLED"] as const;
export const COOP_CLAIM_STATUSES = ["SUBMITTED", "INFO_REQUESTED", "APPROVED", "REJECTED", "PAID"] as const;
export const COOP_PAY_METHODS = ["CREDIT_NOTE", "PAYOUT"] as const;

export type CoopActivityTypeValue = (typeof COOP_ACTIVITY_TYPES)[number];
export type CoopEntryKindValue = (typeof COOP_ENTRY_KINDS)[number];
export type CoopRequestStatusValue = (typeof COOP_REQUEST_STATUSES)[number];
export type CoopClaimStatusValue = (typeof COOP_CLAIM_STATUSES)[number];

/** Largest amount a person may type: 10^10 major units (a typo guard). */
export const MAX_COOP_MAJOR = 10_000_000_000n;

const id = z.string().trim().min(1).max(64);
const requiredText = (min: number, max: number) =>
  z.string().trim().min(min, { message: "validation.required" }).max(max, { message: "validation.tooLong" });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: "validation.tooLong" })
    .optional()
    .nullable()
    .transform((value) => value || null);
const day = z.string().trim().refine(isCalendarDay, { message: "coop.validation.date" });
/** A typed amount, kept as text: the service reads it in the fund's currency. */
const amountText = z.string().trim().min(1, { message: "validation.required" }).max(40, { message: "validation.tooLong" });
const optionalId = z
  .string()
  .trim()
  .max(64)
  .optional()
  .nullable()
  .transform((value) => value || null);
const intIn = (min: number, max: number) =>
  z.coerce.number({ message: "coop.validation.number" }).int({ message: "coop.validation.number" }).min(min, { message: "coop.validation.number" }).max(max, { message: "coop.validation.number" });
/** The form's submission key (a UUID made when the form opened): a double submit answers with the first. */
const submissionKey = z.string().trim().min(8).max(100);
const version = z.coerce.number().int().min(0);
/** Uploaded file ids; a form's empty file slots are no files. */
const fileIds = (max: number, min = 0) =>
  z.preprocess(
    (value) => (Array.isArray(value) ? value.filter(Boolean) : (value ?? [])),
    z.array(id).min(min, { message: "coop.validation.proof" }).max(max),
  );

/** "2.5" percent of eligible purchases: up to four decimals, above 0, at most 100. */
export const ratePercent = z
  .string()
  .trim()
  .regex(/^\d{1,3}(\.\d{1,4})?$/, { message: "coop.validation.rate" })
  .refine((value) => Number(value) > 0 && Number(value) <= 100, { message: "coop.validation.rate" });

export const programSchema = z
  .object({
    kind: z.enum(COOP_PROGRAM_KINDS),
    name: requiredText(1, 120),
    description: optionalText(2000),
    campaign: optionalText(120),
    currency: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, { message: "coop.validation.currency" }),
    period: z.enum(COOP_PERIODS),
    accrualBasis: z.enum(COOP_ACCRUAL_BASES).optional().nullable().transform((value) => value ?? null),
    accrualRate: z.union([ratePercent, z.literal(""), z.null()]).optional().transform((value) => value || null),
    brandId: optionalId,
    familyId: optionalId,
    tierId: optionalId,
    activityTypes: z.array(z.enum(COOP_ACTIVITY_TYPES)).min(1, { message: "coop.validation.activityTypes" }).max(COOP_ACTIVITY_TYPES.length),
    /** the largest share of an activity's cost reimbursed, percent (whole) */
    maxSharePercent: intIn(1, 100),
    requiresPreApproval: z.coerce.boolean().default(false),
    claimDays: intIn(0, 730),
    graceDays: intIn(0, 730),
    expenseAccount: requiredText(1, 20),
  })
  .superRefine((value, check) => {
    if (value.kind === "COOP" && !value.accrualBasis) check.addIssue({ code: "custom", path: ["accrualBasis"], message: "validation.required" });
    if (value.kind === "COOP" && !value.accrualRate) check.addIssue({ code: "custom", path: ["accrualRate"], message: "coop.validation.rate" });
    if (value.brandId && value.familyId) check.addIssue({ code: "custom", path: ["familyId"], message: "coop.validation.brandOrFamily" });
  });
export type ProgramInput = z.infer<typeof programSchema>;

export const updateProgramSchema = z.intersection(programSchema, z.object({ programId: id, version, active: z.coerce.boolean().default(true) }));
export type UpdateProgramInput = z.infer<typeof updateProgramSchema>;

/** MDF for one partner, or for every partner holding a tier, in the period of `day`. */
export const allocateSchema = z
  .object({
    programId: id,
    partnerId: optionalId,
    tierId: optionalId,
    amount: amountText,
    /** a day of the period the money is for (default: today; a form's empty date field means the default) */
    day: z
      .union([day, z.literal("")])
      .optional()
      .nullable()
      .transform((value) => value || null),
    reason: optionalText(500),
    submissionKey,
  })
  .superRefine((value, check) => {
    if (!value.partnerId === !value.tierId) check.addIssue({ code: "custom", path: ["partnerId"], message: "coop.validation.partnerOrTier" });
  });
export type AllocateInput = z.infer<typeof allocateSchema>;

/** A manual correction of one fund: a signed amount and the reason it is needed. */
export const adjustSchema = z.object({
  fundId: id,
  amount: amountText,
  direction: z.enum(["ADD", "REMOVE"]),
  reason: requiredText(3, 500),
  submissionKey,
});
export type AdjustInput = z.infer<typeof adjustSchema>;

const activity = {
  fundId: id,
  activityType: z.enum(COOP_ACTIVITY_TYPES),
  title: requiredText(1, 200),
  startsOn: day,
  endsOn: day,
};

const datesInOrder = (value: { startsOn: string; endsOn: string }, check: z.RefinementCtx) => {
  if (value.endsOn < value.startsOn) check.addIssue({ code: "custom", path: ["endsOn"], message: "coop.validation.endsBeforeStart" });
};

export const requestSchema = z
  .object({
    ...activity,
    description: optionalText(4000),
    plannedCost: amountText,
    requested: amountText,
    documentFileIds: fileIds(10),
    submissionKey,
  })
  .superRefine(datesInOrder);
export type RequestInput = z.infer<typeof requestSchema>;

export const decideRequestSchema = z
  .object({
    requestId: id,
    version,
    decision: z.enum(["APPROVE", "REJECT"]),
    /** approve in part: less than requested (empty = in full) */
    approved: z.string().trim().max(40).optional().nullable().transform((value) => value || null),
    reason: optionalText(1000),
  })
  .superRefine((value, check) => {
    if (value.decision === "REJECT" && !value.reason) check.addIssue({ code: "custom", path: ["reason"], message: "validation.required" });
  });
export type DecideRequestInput = z.infer<typeof decideRequestSchema>;

export const cancelRequestSchema = z.object({ requestId: id, version, reason: optionalText(1000) });
export type CancelRequestInput = z.infer<typeof cancelRequestSchema>;

export const claimSchema = z
  .object({
    ...activity,
    requestId: optionalId,
    actualCost: amountText,
    claimed: amountText,
    proofFileIds: fileIds(20, 1),
    submissionKey,
  })
  .superRefine(datesInOrder);
export type ClaimInput = z.infer<typeof claimSchema>;

export const decideClaimSchema = z
  .object({
    claimId: id,
    version,
    decision: z.enum(["APPROVE", "REJECT", "ASK_INFO"]),
    approved: z.string().trim().max(40).optional().nullable().transform((value) => value || null),
    reason: optionalText(1000),
  })
  .superRefine((value, check) => {
    if (value.decision !== "APPROVE" && !value.reason) check.addIssue({ code: "custom", path: ["reason"], message: "validation.required" });
  });
export type DecideClaimInput = z.infer<typeof decideClaimSchema>;

/** The partner's answer to a question: more proof and a note. */
export const answerClaimSchema = z.object({ claimId: id, version, note: requiredText(1, 1000), proofFileIds: fileIds(20) });
export type AnswerClaimInput = z.infer<typeof answerClaimSchema>;

export const payClaimSchema = z.object({
  claimId: id,
  version,
  method: z.enum(COOP_PAY_METHODS),
  /** CREDIT_NOTE: the open invoice to credit (default: the partner's oldest that can take it) */
  invoiceId: optionalId,
  /** PAYOUT: the bank transfer's reference */
  reference: optionalText(100),
});
export type PayClaimInput = z.infer<typeof payClaimSchema>;

/** The longest review target a tenant may set: 30 days. */
export const MAX_SLA_HOURS = 720;
const slaHours = z.coerce
  .number({ message: "coop.validation.slaHours" })
  .int({ message: "coop.validation.slaHours" })
  .min(1, { message: "coop.validation.slaHours" })
  .max(MAX_SLA_HOURS, { message: "coop.validation.slaHours" });

/** The back office's review targets (lib/coop/settings.ts): hours a request or a claim may wait for the vendor. */
export const coopSettingsSchema = z.object({ requestSlaHours: slaHours, claimSlaHours: slaHours, version });
export type CoopSettingsInput = z.infer<typeof coopSettingsSchema>;
