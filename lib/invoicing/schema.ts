import { z } from "zod";
import { countryField } from "@/lib/accounts/schema";
import { isCalendarDay } from "@/lib/activities/dates";
import { defineListQuery } from "@/lib/lists/query";
import { typedAmount } from "@/lib/money";
import { PAYMENT_METHODS } from "./constants";

/**
 * Inputs of invoicing (client-safe). Amounts a person types arrive as text and become minor
 * units of the document's currency in the service; totals, tax and balances a request
 * carries are never read — the server computes every figure.
 */

export const INVOICE_SETTLEMENTS = ["OPEN", "PARTIALLY_PAID", "PAID", "CREDITED"] as const;
/** What people filter by: the settlement, or OVERDUE (an open balance past its due date). */
export const INVOICE_STATUSES = ["OPEN", "PARTIALLY_PAID", "PAID", "CREDITED", "OVERDUE"] as const;
export type InvoiceStatusValue = (typeof INVOICE_STATUSES)[number];
export { PAYMENT_METHODS };

/** INV-000042 and CN-000007, as people read them. */
export const invoiceNumberText = (number: number) => `INV-${String(number).padStart(6, "0")}`;
export const creditNoteNumberText = (number: number) => `CN-${String(number).padStart(6, "0")}`;

/** Largest amount a person may type: 10^12 major units (a typo guard). */
const MAX_MAJOR = 1_000_000_000_000n;
/** Highest tax rate: 100 % (10,000 basis points). */
export const MAX_RATE_BP = 10_000;
export const MAX_TERMS_DAYS = 365;

const id = z.string().trim().min(1).max(64);
const requiredText = (min: number, max: number) =>
  z.string().trim().min(min, { message: "validation.required" }).max(max, { message: "validation.tooLong" });
const day = z.string().trim().refine(isCalendarDay, { message: "validation.date" });
/** A typed amount, kept as text: the service reads it in the document's currency. */
const amountText = z.string().trim().min(1, { message: "validation.required" }).max(40, { message: "validation.tooLong" });

/** A typed percentage ("8.25") as basis points (825); at most two decimals, 0–100. */
export const ratePercentField = z
  .string()
  .trim()
  .transform((value, check) => {
    const minor = typedAmount(value, "USD", 100n);
    if (minor === null) {
      check.addIssue({ code: "custom", message: "invoicing.validation.rate" });
      return z.NEVER;
    }
    return Number(minor);
  });

export const taxRateSchema = z.object({
  country: countryField.refine((value) => !!value, { message: "validation.required" }).transform((value) => value ?? ""),
  region: z
    .string()
    .trim()
    .max(100, { message: "validation.tooLong" })
    .optional()
    .nullable()
    .transform((value) => (value ?? "").toUpperCase()),
  name: requiredText(1, 100),
  rate: ratePercentField,
});
export type TaxRateInput = z.infer<typeof taxRateSchema>;

export const deleteTaxRateSchema = z.object({ taxRateId: id });

export const invoiceSettingsSchema = z.object({
  defaultRate: ratePercentField,
  defaultTermsDays: z.coerce.number({ message: "invoicing.validation.terms" }).int({ message: "invoicing.validation.terms" }).min(0, { message: "invoicing.validation.terms" }).max(MAX_TERMS_DAYS, { message: "invoicing.validation.terms" }),
  receivablesAccount: requiredText(1, 40),
  revenueAccount: requiredText(1, 40),
  taxPayableAccount: requiredText(1, 40),
  bankAccount: requiredText(1, 40),
  creditNotesAccount: requiredText(1, 40),
  version: z.coerce.number().int().min(0).max(2_147_483_647),
});
export type InvoiceSettingsInput = z.infer<typeof invoiceSettingsSchema>;

/** A partner's own terms; an empty value goes back to the tenant's default. */
export const partnerTermsSchema = z.object({
  partnerId: id,
  termsDays: z.preprocess(
    (value) => (value === "" || value === undefined ? null : value),
    z.coerce.number({ message: "invoicing.validation.terms" }).int({ message: "invoicing.validation.terms" }).min(0, { message: "invoicing.validation.terms" }).max(MAX_TERMS_DAYS, { message: "invoicing.validation.terms" }).nullable(),
  ),
});
export type PartnerTermsInput = z.infer<typeof partnerTermsSchema>;

/** One application of a payment: an amount to one invoice. */
const applicationSchema = z.object({ invoiceId: id, amount: amountText });

export const recordPaymentSchema = z.object({
  partnerId: id,
  currency: z.string().trim().length(3).toUpperCase(),
  amount: amountText,
  receivedOn: day,
  method: z.enum(PAYMENT_METHODS, { message: "validation.required" }),
  reference: requiredText(1, 100),
  /** applied in this order; what is left stays on the partner's account as credit */
  applications: z.array(applicationSchema).max(100).default([]),
  /** made once per form view: a double submit or a retried request records one payment */
  idempotencyKey: z.string().trim().min(8).max(100),
});
export type RecordPaymentInput = z.infer<typeof recordPaymentSchema>;

/** Applying what a payment has left (credit on the account) to invoices. */
export const applyPaymentSchema = z.object({ paymentId: id, applications: z.array(applicationSchema).min(1).max(100) });
export type ApplyPaymentInput = z.infer<typeof applyPaymentSchema>;

const checkbox = z.union([z.boolean(), z.string().max(8)]).optional().transform((value) => value === true || value === "on" || value === "true");

/**
 * A credit note: against an invoice (an amount or units of its lines) or, with no invoice,
 * an amount on a partner's account in a currency. `onAccount` lets what exceeds the
 * invoice's open balance stay on the partner's account as credit (without it, more than the
 * balance is CREDIT_OVER_BALANCE: finance says so on purpose).
 */
export const creditNoteSchema = z
  .object({
    invoiceId: id.optional().nullable().transform((value) => value || null),
    /** with no invoice: whose account, in which currency */
    partnerId: id.optional().nullable().transform((value) => value || null),
    currency: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, { message: "validation.required" }).optional().nullable().transform((value) => value || null),
    reason: requiredText(1, 1000),
    /** a gross amount (tax included)… */
    amount: z.string().trim().max(40).optional().nullable().transform((value) => value || null),
    /** …or units of some of the invoice's lines */
    lines: z.array(z.object({ invoiceLineId: id, quantity: z.coerce.number({ message: "invoicing.validation.quantity" }).int({ message: "invoicing.validation.quantity" }).min(0, { message: "invoicing.validation.quantity" }).max(1_000_000) })).max(200).default([]),
    onAccount: checkbox,
  })
  .superRefine((value, check) => {
    const units = value.lines.some((l) => l.quantity > 0);
    if (!value.amount && !units) check.addIssue({ code: "custom", path: ["amount"], message: "invoicing.validation.amountOrLines" });
    if (value.amount && units) check.addIssue({ code: "custom", path: ["amount"], message: "invoicing.validation.amountOrLines" });
    if (!value.invoiceId) {
      if (!value.partnerId) check.addIssue({ code: "custom", path: ["partnerId"], message: "validation.required" });
      if (!value.currency) check.addIssue({ code: "custom", path: ["currency"], message: "validation.required" });
      if (units) check.addIssue({ code: "custom", path: ["amount"], message: "invoicing.validation.amountOrLines" });
    }
  });
export type CreditNoteInput = z.infer<typeof creditNoteSchema>;

/**
 * Applying what a credit note has left (credit on the partner's account) to invoices of its
 * partner and currency; the key is made once per form view, so a double submit or a retried
 * request applies once.
 */
export const applyCreditSchema = z.object({ creditNoteId: id, applications: z.array(applicationSchema).min(1).max(100), idempotencyKey: z.string().trim().min(8).max(100) });
export type ApplyCreditInput = z.infer<typeof applyCreditSchema>;

/** The amount text of `field` as minor units of `currency`, or a field error. */
export function amountIn(text: string, currency: string): bigint | null {
  return typedAmount(text, currency, MAX_MAJOR);
}

export const invoiceListQuery = defineListQuery({
  sorts: ["issued", "number", "due"],
  defaultSort: { id: "issued", desc: true },
  filters: {
    status: z.enum(INVOICE_STATUSES).optional().catch(undefined),
    partner: z.string().regex(/^ptn_[a-z0-9]{1,40}$/).optional().catch(undefined),
    /** an invoice number as shown (INV-000042) or typed (42) */
    q: z.string().trim().max(40).optional().catch(undefined),
  },
});
export type InvoiceListQuery = ReturnType<typeof invoiceListQuery.parse>;
export const INVOICE_LIST_FILTERS = ["q", "status", "partner"] as const;
export const OWN_INVOICE_LIST_FILTERS = ["q", "status"] as const;

/** The invoice number a search names ("INV-000042", "inv42", "42"), or null. */
export function invoiceNumberOf(q: string | undefined): number | null {
  const match = q ? /^(?:INV-?)?0*(\d{1,9})$/i.exec(q.trim()) : null;
  return match ? Number(match[1]) : null;
}

/** A journal export's period (days inclusive); a missing or malformed day falls back to this month. */
export const journalPeriodSchema = z.object({
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
});

/**
 * A statement's period and currency from the address: days inclusive (the last three months
 * to `today` by default; reversed days are put in order), one of the partner's currencies.
 */
export function statementQuery(params: Record<string, string | string[] | undefined>, today: string, currencies: readonly string[]): { from: string; to: string; currency: string | null } {
  const one = (key: string) => {
    const value = params[key];
    return typeof value === "string" ? value : undefined;
  };
  const period = journalPeriodSchema.parse({ from: one("from"), to: one("to") });
  const threeMonthsBack = new Date(`${today}T00:00:00Z`);
  threeMonthsBack.setUTCMonth(threeMonthsBack.getUTCMonth() - 3);
  const from = period.from ?? threeMonthsBack.toISOString().slice(0, 10);
  const to = period.to ?? today;
  const asked = one("currency")?.toUpperCase();
  return { ...(from <= to ? { from, to } : { from: to, to: from }), currency: asked && currencies.includes(asked) ? asked : (currencies[0] ?? null) };
}
