import "server-only";
import { addDays, dayToDate, todayIn } from "@/lib/activities/dates";
import { authorize, type VendorCtx } from "@/lib/auth/context";
import { withScope } from "@/lib/db/scope";
import { issueCreditNote } from "@/lib/invoicing/credit-notes";
import { recordPayment } from "@/lib/invoicing/payments";
import { getInvoice } from "@/lib/invoicing/read";
import { creditNoteSchema, invoiceSettingsSchema, partnerTermsSchema, recordPaymentSchema, taxRateSchema } from "@/lib/invoicing/schema";
import { saveInvoiceSettings, saveTaxRate, setPartnerTerms } from "@/lib/invoicing/settings";
import { toDecimalString } from "@/lib/money";

/**
 * Demo invoicing, through the services. The settings come first (tax rates, terms, ledger
 * accounts), so the invoices the demo's shipments issue carry tax; then finance settles some
 * of them: a payment in full with a little left over as credit, a partial payment, a credit
 * note, and an invoice overdue. Invoices are issued on the day the seed runs, so the
 * overdue one is dated back (issue and due date only, as if shipped weeks ago — its journal
 * posting stays on the day it was written: the journal is append-only).
 */

type Ids = { shipmentId: string };

const ACCOUNTS = { receivablesAccount: "1200", revenueAccount: "4000", taxPayableAccount: "2200", bankAccount: "1000", creditNotesAccount: "4100" };

/** Acme (USD): sales tax for New Jersey and New York (two decimals at most), net 30, Northwind on net 45. */
export async function configureAcmeInvoicing(finance: VendorCtx, partnerIds: Map<string, string>): Promise<void> {
  authorize(finance, "invoices.manage");
  await saveTaxRate(finance, taxRateSchema.parse({ country: "US", region: "NJ", name: "New Jersey sales tax (rounded)", rate: "6.63" }));
  await saveTaxRate(finance, taxRateSchema.parse({ country: "US", region: "NY", name: "New York sales tax", rate: "8" }));
  await saveTaxRate(finance, taxRateSchema.parse({ country: "ES", region: "", name: "Spain VAT (reverse charge)", rate: "0" }));
  await saveInvoiceSettings(finance, invoiceSettingsSchema.parse({ defaultRate: "0", defaultTermsDays: "30", ...ACCOUNTS, version: 0 }));
  await setPartnerTerms(finance, partnerTermsSchema.parse({ partnerId: partnerIds.get("Northwind Distribution")!, termsDays: "45" }));
}

/** Globex (EUR): IVA general 21 %, Canarias IGIC 7 %, net 30 with Spanish ledger codes. */
export async function configureGlobexInvoicing(ctx: VendorCtx): Promise<void> {
  authorize(ctx, "invoices.manage");
  await saveTaxRate(ctx, taxRateSchema.parse({ country: "ES", region: "", name: "IVA general", rate: "21" }));
  await saveTaxRate(ctx, taxRateSchema.parse({ country: "ES", region: "Canarias", name: "IGIC general", rate: "7" }));
  await saveInvoiceSettings(
    ctx,
    invoiceSettingsSchema.parse({ defaultRate: "21", defaultTermsDays: "30", receivablesAccount: "430", revenueAccount: "700", taxPayableAccount: "477", bankAccount: "572", creditNotesAccount: "708", version: 0 }),
  );
}

async function invoiceOf(ctx: VendorCtx, shipment: Ids) {
  const id = await withScope({ audience: "system", tenantId: ctx.tenantId }, async (tx) => (await tx.invoice.findUniqueOrThrow({ where: { tenantId_shipmentId: { tenantId: ctx.tenantId, shipmentId: shipment.shipmentId } }, select: { id: true } })).id);
  return getInvoice(ctx, id);
}

/** Dates an invoice back as if issued `days` ago (due date moved by as much). */
async function issuedDaysAgo(ctx: VendorCtx, invoiceId: string, days: number, termsDays: number) {
  const today = todayIn(ctx.tenant.timeZone);
  await withScope({ audience: "system", tenantId: ctx.tenantId }, (tx) =>
    tx.invoice.updateMany({ where: { tenantId: ctx.tenantId, id: invoiceId }, data: { issueDate: dayToDate(addDays(today, -days)), dueDate: dayToDate(addDays(today, termsDays - days)) } }),
  );
}

const decimal = (minor: bigint, currency: string) => toDecimalString(minor, currency);

/** Settles Acme's invoices: `paid` in full (+ 150.00 left as credit), `partly` in part, `late` overdue with a credit note. */
export async function settleAcmeInvoices(finance: VendorCtx, shipments: { paid: Ids; partly: Ids; late: Ids }): Promise<void> {
  authorize(finance, "invoices.manage");
  const today = todayIn(finance.tenant.timeZone);
  const paid = await invoiceOf(finance, shipments.paid);
  const total = decimal(paid.totalMinor, paid.currency);
  await recordPayment(
    finance,
    recordPaymentSchema.parse({
      partnerId: paid.partner.id,
      currency: paid.currency,
      amount: decimal(paid.totalMinor + 15_000n, paid.currency),
      receivedOn: today,
      method: "BANK_TRANSFER",
      reference: "WIRE-NW-88213",
      idempotencyKey: `demo-payment-${paid.id}`,
      applications: [{ invoiceId: paid.id, amount: total }],
    }),
  );
  // a price adjustment agreed after the paid invoice: all of it stays on Northwind's account as credit
  await issueCreditNote(finance, creditNoteSchema.parse({ invoiceId: paid.id, reason: "Price protection agreed after payment: the list price dropped the following week.", amount: "40.00", onAccount: true }));
  const partly = await invoiceOf(finance, shipments.partly);
  await recordPayment(
    finance,
    recordPaymentSchema.parse({
      partnerId: partly.partner.id,
      currency: partly.currency,
      amount: "1000.00",
      receivedOn: today,
      method: "CHECK",
      reference: "CHK-004512",
      idempotencyKey: `demo-payment-${partly.id}`,
      applications: [{ invoiceId: partly.id, amount: "1000.00" }],
    }),
  );
  const late = await invoiceOf(finance, shipments.late);
  await issueCreditNote(finance, creditNoteSchema.parse({ invoiceId: late.id, reason: "One access point arrived with a cracked housing; the customer kept the rest.", lines: [{ invoiceLineId: late.lines[0]!.id, quantity: 1 }] }));
  await issuedDaysAgo(finance, late.id, 60, late.termsDays);
}

/** Settles Globex's invoices: `partly` paid in part, `late` overdue with a credit note by amount. */
export async function settleGlobexInvoices(ctx: VendorCtx, shipments: { partly: Ids; late: Ids }): Promise<void> {
  authorize(ctx, "invoices.manage");
  const today = todayIn(ctx.tenant.timeZone);
  const partly = await invoiceOf(ctx, shipments.partly);
  const half = decimal(partly.totalMinor / 2n, partly.currency);
  await recordPayment(
    ctx,
    recordPaymentSchema.parse({ partnerId: partly.partner.id, currency: partly.currency, amount: half, receivedOn: today, method: "BANK_TRANSFER", reference: "TRF-IB-2026-0412", idempotencyKey: `demo-payment-${partly.id}`, applications: [{ invoiceId: partly.id, amount: half }] }),
  );
  const late = await invoiceOf(ctx, shipments.late);
  await issueCreditNote(ctx, creditNoteSchema.parse({ invoiceId: late.id, reason: "Rappel por volumen del trimestre acordado con el gerente de canal.", amount: "25.00" }));
  await issuedDaysAgo(ctx, late.id, 75, late.termsDays);
}
