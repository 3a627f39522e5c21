import "server-only";
import { authorize, type PartnerCtx, type VendorCtx } from "@/lib/auth/context";
import { getInvoice, getOwnInvoice } from "./read";
import { invoicePdfName, renderInvoicePdf } from "./pdf";

/**
 * An invoice's PDF for the vendor and for the partner it belongs to (another partner's or
 * tenant's id: NOT_FOUND, as the invoice read answers). Language: a partner user's own; in the
 * back office the one asked for (`lang`), else the tenant's default language.
 */

export type InvoicePdf = { fileName: string; bytes: Buffer };

const localeOf = (value: string | null | undefined): "en" | "es" => (value === "es" ? "es" : "en");

export async function invoicePdf(ctx: VendorCtx, invoiceId: string, lang?: string | null): Promise<InvoicePdf> {
  authorize(ctx, "invoices.read");
  const invoice = await getInvoice(ctx, invoiceId);
  return { fileName: invoicePdfName(invoice), bytes: await renderInvoicePdf(invoice, ctx.tenant, localeOf(lang ?? ctx.tenant.defaultLocale)) };
}

export async function ownInvoicePdf(ctx: PartnerCtx, invoiceId: string): Promise<InvoicePdf> {
  authorize(ctx, "ownInvoices.read");
  const invoice = await getOwnInvoice(ctx, invoiceId);
  return { fileName: invoicePdfName(invoice), bytes: await renderInvoicePdf(invoice, ctx.tenant, localeOf(ctx.user.locale)) };
}

/** The download response: inline PDF, private, never cached by a shared cache. */
export function pdfResponse(pdf: InvoicePdf): Response {
  return new Response(new Uint8Array(pdf.bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="${pdf.fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
