"use server";

import type { VendorCtx } from "@/lib/auth/context";
import { vendorAction } from "@/lib/auth/wrappers";
import { applyCreditToInvoice } from "@/lib/invoicing/credit-applications";
import { issueCreditNote } from "@/lib/invoicing/credit-notes";
import { applyPayment, recordPayment } from "@/lib/invoicing/payments";
import { applyCreditSchema, applyPaymentSchema, creditNoteSchema, deleteTaxRateSchema, invoiceSettingsSchema, partnerTermsSchema, recordPaymentSchema, taxRateSchema } from "@/lib/invoicing/schema";
import { deleteTaxRate, saveInvoiceSettings, saveTaxRate, setPartnerTerms } from "@/lib/invoicing/settings";

// Every amount is computed again by the services; results go back as ids (no bigint to the browser).
// A payment or credit note revalidates the invoice it touched (the page that asked), else the list.
const invoice = (ctx: VendorCtx, result: { invoiceId: string | null }) => `/${ctx.tenant.slug}/admin/invoices${result.invoiceId ? `/${result.invoiceId}` : ""}`;
const settings = (ctx: VendorCtx) => `/${ctx.tenant.slug}/admin/invoices/settings`;

/** A payment received, applied to one or more invoices; what is left stays as the partner's credit. */
export const recordPaymentAction = vendorAction(
  "invoices.manage",
  recordPaymentSchema,
  async (ctx, input) => {
    const result = await recordPayment(ctx, input);
    return { paymentId: result.paymentId, invoiceId: result.applied[0]?.invoiceId ?? null };
  },
  { success: "invoicing.payment.done", revalidate: invoice },
);

/** Applies a payment's unapplied rest (the partner's credit) to invoices. */
export const applyPaymentAction = vendorAction(
  "invoices.manage",
  applyPaymentSchema,
  async (ctx, input) => {
    const result = await applyPayment(ctx, input);
    return { paymentId: result.paymentId, invoiceId: result.applied[0]?.invoiceId ?? null };
  },
  { success: "invoicing.credit.done", revalidate: invoice },
);

/** Applies what a credit note has left (credit on the partner's account) to invoices; once per form view's key. */
export const applyCreditAction = vendorAction(
  "invoices.manage",
  applyCreditSchema,
  async (ctx, input) => {
    const result = await applyCreditToInvoice(ctx, input);
    return { creditNoteId: result.creditNoteId, invoiceId: result.applied[0]?.invoiceId ?? null };
  },
  { success: "invoicing.credit.done", revalidate: invoice },
);

/**
 * A credit note for an amount (tax included) or for units of the invoice's lines, with its
 * reason; what exceeds the invoice's open balance goes on the partner's account when finance
 * ticks "on account".
 */
export const issueCreditNoteAction = vendorAction(
  "invoices.manage",
  creditNoteSchema,
  async (ctx, input) => ({ creditNoteId: (await issueCreditNote(ctx, input)).creditNoteId, invoiceId: input.invoiceId }),
  { success: "invoicing.creditNote.done", revalidate: invoice },
);

export const saveTaxRateAction = vendorAction("invoices.manage", taxRateSchema, async (ctx, input) => ({ id: (await saveTaxRate(ctx, input)).id }), {
  success: "invoicing.settings.rateSaved",
  revalidate: settings,
});

export const deleteTaxRateAction = vendorAction("invoices.manage", deleteTaxRateSchema, (ctx, input) => deleteTaxRate(ctx, input), {
  success: "invoicing.settings.rateDeleted",
  revalidate: settings,
});

export const saveInvoiceSettingsAction = vendorAction("invoices.manage", invoiceSettingsSchema, async (ctx, input) => ({ version: (await saveInvoiceSettings(ctx, input)).version }), {
  success: "invoicing.settings.saved",
  revalidate: settings,
});

/** A partner's own payment terms (empty: the tenant's default). */
export const setPartnerTermsAction = vendorAction(
  "invoices.manage",
  partnerTermsSchema,
  async (ctx, input) => ({ partnerId: input.partnerId, ...(await setPartnerTerms(ctx, input)) }),
  { success: "invoicing.terms.saved", revalidate: (ctx, result) => `/${ctx.tenant.slug}/admin/partners/${result.partnerId}` },
);
