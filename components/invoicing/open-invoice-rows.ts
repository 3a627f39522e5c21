import { toDecimalString } from "@/lib/money";
import type { OpenInvoice } from "@/lib/invoicing/account";
import { invoiceNumberText } from "@/lib/invoicing/schema";
import type { OpenInvoiceRow } from "./application-rows";

/** The partner's open invoices as the payment forms list them (written for the reader on the server). */
export function openInvoiceRows(invoices: readonly OpenInvoice[], currency: string, locale: string): OpenInvoiceRow[] {
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  return invoices.map((i) => ({ id: i.id, number: invoiceNumberText(i.number), due: day.format(i.dueDate), balance: toDecimalString(i.balanceMinor, currency) }));
}
