import { vendorRoute } from "@/lib/auth/wrappers";
import { invoicePdf, pdfResponse } from "@/lib/invoicing/documents";

/** The invoice as a PDF (`?lang=es` for Spanish); another tenant's id is a 404. */
export const GET = vendorRoute("invoices.read", async (req, { ctx, params }) =>
  pdfResponse(await invoicePdf(ctx, params.invoiceId ?? "", req.nextUrl.searchParams.get("lang"))),
);
