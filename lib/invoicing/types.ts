import type { InvoiceSettlement, PaymentMethod } from "@/lib/generated/prisma/enums";
import type { InvoiceStatusValue } from "./schema";

/** Shapes the invoicing services return (selected fields, never whole rows). */

export type InvoiceListItem = {
  id: string;
  number: number;
  status: InvoiceStatusValue;
  currency: string;
  issueDate: Date;
  dueDate: Date;
  totalMinor: bigint;
  balanceMinor: bigint;
  orderId: string;
  partner: { id: string; name: string };
};

export type CreditNoteLine = { invoiceLineId: string; sku: string; name: string; quantity: number; unitPriceMinor: string; netMinor: string };

export type InvoiceDetail = InvoiceListItem & {
  settlement: InvoiceSettlement;
  shipmentId: string;
  termsDays: number;
  taxRegion: string;
  subtotalMinor: bigint;
  taxMinor: bigint;
  paidMinor: bigint;
  creditedMinor: bigint;
  billTo: unknown;
  explanation: unknown;
  order: { number: number | null };
  lines: { id: string; sku: string; name: string; quantity: number; unitPriceMinor: bigint; netMinor: bigint; taxRateBp: number }[];
  allocations: { id: string; amountMinor: bigint; createdAt: Date; payment: { id: string; receivedOn: Date; method: PaymentMethod; reference: string } }[];
  creditNotes: { id: string; number: number; issueDate: Date; subtotalMinor: bigint; taxMinor: bigint; totalMinor: bigint; reason: string; lines: CreditNoteLine[] }[];
};

/** A shipment's invoice, as an order page links it. */
export type OrderInvoice = { id: string; number: number; shipmentId: string };
