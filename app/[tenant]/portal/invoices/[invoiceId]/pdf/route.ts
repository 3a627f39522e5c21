import { partnerRoute } from "@/lib/auth/wrappers";
import { ownInvoicePdf, pdfResponse } from "@/lib/invoicing/documents";

/** The partner's own invoice as a PDF in the reader's language; another partner's id is a 404. */
export const GET = partnerRoute("ownInvoices.read", async (_req, { ctx, params }) => pdfResponse(await ownInvoicePdf(ctx, params.invoiceId ?? "")));
