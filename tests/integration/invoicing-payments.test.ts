/**
 * Payments on PostgreSQL beyond one invoice: one payment per idempotency key under concurrent
 * replays, and a payment (or the partner's credit) spread over several open invoices in one
 * step — oldest first by default, checked again under the invoices' locks.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { recordPayment } from "@/lib/invoicing/payments";
import { recordPaymentSchema, invoiceSettingsSchema } from "@/lib/invoicing/schema";
import { saveInvoiceSettings } from "@/lib/invoicing/settings";
import { ownerQuery } from "@/tests/fixtures/db";
import { addVendorUser, createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";
import { seedProduct } from "@/tests/fixtures/catalog";
import { seedPriceList } from "@/tests/fixtures/pricing";
import { stockUp } from "@/tests/fixtures/orders";
import { shippedInvoice } from "@/tests/fixtures/invoicing";

let admin: VendorCtx;
let finance: VendorCtx;
let partner: PartnerCtx;
let widget: { id: string; sku: string };

beforeAll(async () => {
  admin = await createTestTenant();
  [finance, partner] = await Promise.all([addVendorUser(admin, "FINANCE"), createPartnerWithUser(admin, "PARTNER_ADMIN")]);
  widget = await seedProduct(admin, { nameEn: "Widget", nameEs: "Artilugio" });
  await seedPriceList(admin, { target: "BASE" }, [[widget.sku, 1, "PRICE", "10.00"]]);
  await stockUp(admin, widget.id, 1000);
  // no tax: an invoice of n widgets is n × 10.00
  await saveInvoiceSettings(finance, invoiceSettingsSchema.parse({ defaultRate: "0", defaultTermsDays: "30", receivablesAccount: "1200", revenueAccount: "4000", taxPayableAccount: "2200", bankAccount: "1000", creditNotesAccount: "4100", version: 0 }));
});

const input = (amount: string, applications: { invoiceId: string; amount: string }[], idempotencyKey: string) =>
  recordPaymentSchema.parse({ partnerId: partner.partnerId, currency: "USD", amount, receivedOn: "2026-12-01", method: "BANK_TRANSFER", reference: `REF-${idempotencyKey.slice(0, 12)}`, applications, idempotencyKey });

describe("recording a payment is idempotent", () => {
  it("40 concurrent replays of one form view's key record one payment, apply it once, post it once", async () => {
    const { invoiceId } = await shippedInvoice(admin, partner, [{ productId: widget.id, quantity: 3 }]); // 30.00
    const key = `replay-${invoiceId}`;
    const results = await Promise.all(Array.from({ length: 40 }, () => recordPayment(finance, input("30.00", [{ invoiceId, amount: "30.00" }], key))));
    expect(new Set(results.map((r) => r.paymentId)).size).toBe(1);
    for (const r of results) expect([r.appliedMinor, r.unappliedMinor, r.applied.map((a) => a.invoiceId)]).toEqual([3000n, 0n, [invoiceId]]);
    const [row] = await ownerQuery<{ payments: number; allocations: number; postings: number; paid: string; audits: number }>(
      `SELECT (SELECT count(*)::int FROM "Payment" WHERE "idempotencyKey" = $1) AS payments,
              (SELECT count(*)::int FROM "PaymentAllocation" WHERE "invoiceId" = $2) AS allocations,
              (SELECT count(*)::int FROM "JournalLine" WHERE "postingId" = $3) AS postings,
              (SELECT "paidMinor"::text FROM "Invoice" WHERE id = $2) AS paid,
              (SELECT count(*)::int FROM "AuditLog" WHERE "entityId" = $3) AS audits`,
      [key, invoiceId, results[0]!.paymentId],
    );
    expect(row).toEqual({ payments: 1, allocations: 1, postings: 2, paid: "3000", audits: 1 });
  });

  it("a replay after the first committed answers the same payment; another key records another", async () => {
    const { invoiceId } = await shippedInvoice(admin, partner, [{ productId: widget.id, quantity: 2 }]); // 20.00
    const first = await recordPayment(finance, input("5.00", [{ invoiceId, amount: "5.00" }], `later-${invoiceId}`));
    const again = await recordPayment(finance, input("5.00", [{ invoiceId, amount: "5.00" }], `later-${invoiceId}`));
    expect(again).toEqual(first);
    const other = await recordPayment(finance, input("5.00", [{ invoiceId, amount: "5.00" }], `other-${invoiceId}`));
    expect(other.paymentId).not.toBe(first.paymentId);
    expect((await ownerQuery<{ paid: string }>(`SELECT "paidMinor"::text AS paid FROM "Invoice" WHERE id = $1`, [invoiceId]))[0]!.paid).toBe("1000");
  });

  it("a key is required", () => {
    expect(recordPaymentSchema.safeParse({ partnerId: "p", currency: "USD", amount: "1", receivedOn: "2026-12-01", method: "CARD", reference: "x" }).success).toBe(false);
  });
});
