import { z } from "zod";
import { isCalendarDay } from "@/lib/activities/dates";
import { optionalText } from "@/lib/catalog/schema";
import { START_RULES, CERTIFICATE_LOCALES } from "./constants";

/**
 * Inputs of the warranties module (policies, units, registration, claims). Client-safe.
 * Days are "YYYY-MM-DD" in the tenant's time zone; a credit amount arrives as text and
 * becomes minor units of the currency the unit was paid in, in the service.
 */

export { START_RULES, CERTIFICATE_LOCALES };
export const MAX_CLAIM_PHOTOS = 6;

const id = z.string().trim().min(1).max(64);
const requiredText = (max: number) => z.string().trim().min(1, { message: "validation.required" }).max(max, { message: "validation.tooLong" });
const months = (max: number) =>
  z.coerce.number({ message: "warranties.validation.months" }).int({ message: "warranties.validation.months" }).min(1, { message: "warranties.validation.months" }).max(max, { message: "warranties.validation.months" });
const checkbox = z.union([z.boolean(), z.literal("on"), z.literal("")]).optional().transform((value) => value === true || value === "on");
export const dayField = z.string().trim().refine(isCalendarDay, { message: "warranties.validation.date" });
/** Serials as shipping stores them: trimmed, case kept (a serial is what is printed on the unit). */
export const serialField = z.string().trim().min(1, { message: "validation.required" }).max(100, { message: "validation.tooLong" });

const policyFields = {
    name: requiredText(120),
    partnerId: optionalText(64),
    productId: optionalText(64),
    familyId: optionalText(64),
    months: months(240),
    coversParts: checkbox,
    coversLabour: checkbox,
    coversOnSite: checkbox,
    startRule: z.enum(START_RULES),
    latestStartMonths: z
      .union([z.literal(""), z.coerce.number().int().min(0).max(120)], { message: "warranties.validation.latestStart" })
      .optional()
      .transform((value) => (value === "" || value === undefined ? null : value)),
    requiresRegistration: checkbox,
    termsEn: optionalText(20_000),
    termsEs: optionalText(20_000),
    passThrough: checkbox,
    /** the partner's colour and logo on the certificates of a passed-through policy */
    brandColor: z
      .string()
      .trim()
      .toLowerCase()
      .optional()
      .transform((value) => value || null)
      .refine((value) => value === null || /^#[0-9a-f]{6}$/.test(value), { message: "warranties.validation.color" }),
    logoFileId: optionalText(64),
};
const policyRules = (value: { productId: string | null; familyId: string | null; passThrough: boolean; partnerId: string | null }, issue: z.RefinementCtx) => {
  if (!value.productId === !value.familyId) issue.addIssue({ code: "custom", path: ["productId"], message: "warranties.validation.target" });
  if (value.passThrough && !value.partnerId) issue.addIssue({ code: "custom", path: ["passThrough"], message: "warranties.validation.passThrough" });
};
export const policySchema = z.object(policyFields).superRefine(policyRules);
export type PolicyInput = z.output<typeof policySchema>;
export const updatePolicySchema = z.object({ ...policyFields, policyId: id, version: z.coerce.number().int().min(0) }).superRefine(policyRules);
export type UpdatePolicyInput = z.output<typeof updatePolicySchema>;
export const policyActiveSchema = z.object({ policyId: id, version: z.coerce.number().int().min(0), active: z.enum(["true", "false"]).transform((v) => v === "true") });

export const extensionOfferSchema = z.object({ productId: id, months: months(120) });
export type ExtensionOfferInput = z.output<typeof extensionOfferSchema>;

export const addExtensionSchema = z.object({ unitId: id, offerId: id, reference: optionalText(100) });
export type AddExtensionInput = z.output<typeof addExtensionSchema>;

/** The partner's registration of a sale to its end customer. */
export const registrationFields = {
  endCustomerName: requiredText(200),
  endCustomerEmail: z
    .string()
    .trim()
    .max(254, { message: "validation.tooLong" })
    .optional()
    .transform((value) => value || null)
    .refine((value) => value === null || z.email().safeParse(value).success, { message: "validation.email" }),
  endCustomerLocale: z.enum(CERTIFICATE_LOCALES, { message: "warranties.validation.locale" }),
  saleOn: dayField,
  installationSite: optionalText(300),
};
export const registerSaleSchema = z.object({ unitId: id, ...registrationFields });
export type RegisterSaleInput = z.output<typeof registerSaleSchema>;

export const fileClaimSchema = z.object({
  unitId: id,
  failureCode: z.string().trim().min(1, { message: "validation.required" }).max(40, { message: "validation.tooLong" }).regex(/^[A-Za-z0-9._-]+$/, { message: "warranties.validation.failureCode" }),
  description: requiredText(4000),
  /** "warranty.photo" uploads of the partner (lib/files), up to six */
  photoFileIds: z.preprocess(
    // a form's empty photo slots are no photos
    (value) => (Array.isArray(value) ? value.filter(Boolean) : (value ?? [])),
    z.array(id).max(MAX_CLAIM_PHOTOS, { message: "warranties.validation.photos" }),
  ),
});
export type FileClaimInput = z.output<typeof fileClaimSchema>;

const step = { claimId: id, version: z.coerce.number().int().min(0) };
export const claimStepSchema = z.object({ ...step, reason: optionalText(2000) });
export type ClaimStepInput = z.output<typeof claimStepSchema>;
/** A step whose reason the table requires (reject, ask for more, answer): checked in the form too. */
export const claimReasonSchema = z.object({ ...step, reason: requiredText(2000) });
export const issueRmaSchema = z.object({ ...step, returnInstructions: requiredText(4000) });
export type IssueRmaInput = z.output<typeof issueRmaSchema>;
export const replaceSchema = z.object({ ...step, replacementSerial: serialField, reason: optionalText(2000) });
export type ReplaceInput = z.output<typeof replaceSchema>;
export const creditSchema = z.object({ ...step, amount: z.string().trim().min(1, { message: "validation.required" }).max(30, { message: "validation.tooLong" }), reason: optionalText(2000) });
export type CreditInput = z.output<typeof creditSchema>;

/** "WC-000042" */
export const claimNumberText = (n: number) => `WC-${String(n).padStart(6, "0")}`;
/** The return number given with an RMA: "RMA-000042" (the claim's number). */
export const rmaNumberText = (n: number) => `RMA-${String(n).padStart(6, "0")}`;
