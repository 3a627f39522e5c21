import "server-only";
import { defineAuditObjects } from "@/lib/audit/objects";
import { toDecimalString } from "@/lib/money";
import { creditNoteNumberText, invoiceNumberText } from "./schema";

/** Invoices, payments, credit notes and tax rates, as the audit log names them. */
export const invoicingAuditObjects = defineAuditObjects([
  {
    type: "Invoice",
    describe: async (tx, tenantId, ids) =>
      (await tx.invoice.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, number: true, partner: { select: { name: true } } } })).map((i) => ({
        id: i.id,
        name: `${invoiceNumberText(i.number)} · ${i.partner.name}`,
        path: `invoices/${i.id}`,
      })),
  },
  {
    type: "Payment",
    describe: async (tx, tenantId, ids) =>
      (await tx.payment.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, reference: true, amountMinor: true, currency: true, partner: { select: { name: true } } } })).map((p) => ({
        id: p.id,
        name: `${p.reference} · ${toDecimalString(p.amountMinor, p.currency)} ${p.currency} · ${p.partner.name}`,
        path: "invoices",
      })),
  },
  {
    type: "CreditNote",
    describe: async (tx, tenantId, ids) =>
      (await tx.creditNote.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, number: true, invoiceId: true, partner: { select: { name: true } } } })).map((n) => ({
        id: n.id,
        name: `${creditNoteNumberText(n.number)} · ${n.partner.name}`,
        path: n.invoiceId ? `invoices/${n.invoiceId}` : "invoices/receivables",
      })),
  },
  {
    type: "TaxRate",
    describe: async (tx, tenantId, ids) =>
      (await tx.taxRate.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, name: true, country: true, region: true } })).map((r) => ({
        id: r.id,
        name: `${r.name} (${[r.country, r.region].filter(Boolean).join("-")})`,
        path: "invoices/settings",
      })),
  },
]);
