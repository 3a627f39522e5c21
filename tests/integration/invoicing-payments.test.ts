/**
 * Payments on PostgreSQL beyond one invoice: one payment per idempotency key under concurrent
 * replays, and a payment (or the partner's credit) spread over several open invoices in one
 * step — oldest first by default, checked again under the invoices' locks.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { openInvoicesOf } from "@/lib/invoicing/account";
import { applyPayment, recordPayment } from "@/lib/invoicing/payments";
import { applyPaymentSchema, recordPaymentSchema, invoiceSettingsSchema } from "@/lib/invoicing/schema";
import { spreadOldestFirst } from "@/lib/invoicing/spread";
import { rejectsWith } from "@/tests/fixtures/expect";
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

const balance = async (id: string) => (await ownerQuery<{ b: string }>(`SELECT "balanceMinor"::text AS b FROM "Invoice" WHERE id = $1`, [id]))[0]!.b;

describe("a payment or credit across several invoices in one step", () => {
  it("spreads oldest first by default, exactly; what is left stays as credit", () => {
    expect(spreadOldestFirst(5000n, [2000n, 1000n, 4000n])).toEqual([2000n, 1000n, 2000n]);
    expect(spreadOldestFirst(9000n, [2000n, 1000n])).toEqual([2000n, 1000n]);
    expect(spreadOldestFirst(0n, [2000n])).toEqual([0n]);
  });

  it("a payment applied to three invoices with edited amounts, zero rows skipped; its credit later spread over two", async () => {
    const [a, b, c] = [
      await shippedInvoice(admin, partner, [{ productId: widget.id, quantity: 1 }]), // 10.00
      await shippedInvoice(admin, partner, [{ productId: widget.id, quantity: 2 }]), // 20.00
      await shippedInvoice(admin, partner, [{ productId: widget.id, quantity: 3 }]), // 30.00
    ];
    const open = await openInvoicesOf(finance, { partnerId: partner.partnerId, currency: "USD" });
    // oldest due first (same due day: by number)
    const mine = open.filter((i) => [a.invoiceId, b.invoiceId, c.invoiceId].includes(i.id)).map((i) => i.id);
    expect(mine).toEqual([a.invoiceId, b.invoiceId, c.invoiceId]);

    const paid = await recordPayment(finance, input("50.00", [{ invoiceId: a.invoiceId, amount: "10.00" }, { invoiceId: b.invoiceId, amount: "0.00" }, { invoiceId: c.invoiceId, amount: "25.00" }], `multi-${a.invoiceId}`));
    expect(paid.applied.map((x) => [x.invoiceId, x.amountMinor])).toEqual([[a.invoiceId, 1000n], [c.invoiceId, 2500n]]);
    expect([paid.appliedMinor, paid.unappliedMinor]).toEqual([3500n, 1500n]);

    // the 15.00 of credit spread over b and c in one step
    const spread = await applyPayment(finance, applyPaymentSchema.parse({ paymentId: paid.paymentId, applications: [{ invoiceId: b.invoiceId, amount: "10.00" }, { invoiceId: c.invoiceId, amount: "5.00" }] }));
    expect([spread.appliedMinor, spread.unappliedMinor]).toEqual([5000n, 0n]);
    expect([await balance(a.invoiceId), await balance(b.invoiceId), await balance(c.invoiceId)]).toEqual(["0", "1000", "0"]);
  });

  it("one row over its invoice's balance or over what is left refuses the whole step: nothing applied", async () => {
    const a = await shippedInvoice(admin, partner, [{ productId: widget.id, quantity: 1 }]); // 10.00
    const b = await shippedInvoice(admin, partner, [{ productId: widget.id, quantity: 1 }]); // 10.00
    const credit = await recordPayment(finance, input("15.00", [], `credit-${a.invoiceId}`));
    await rejectsWith(applyPayment(finance, applyPaymentSchema.parse({ paymentId: credit.paymentId, applications: [{ invoiceId: a.invoiceId, amount: "10.00" }, { invoiceId: b.invoiceId, amount: "10.01" }] })), "OVER_APPLICATION");
    await rejectsWith(applyPayment(finance, applyPaymentSchema.parse({ paymentId: credit.paymentId, applications: [{ invoiceId: a.invoiceId, amount: "10.00" }, { invoiceId: b.invoiceId, amount: "5.01" }] })), "OVER_APPLICATION");
    const none = await rejectsWith(applyPayment(finance, applyPaymentSchema.parse({ paymentId: credit.paymentId, applications: [{ invoiceId: a.invoiceId, amount: "0" }] })), "VALIDATION_FAILED");
    expect(none.fields).toEqual({ applications: ["invoicing.validation.amount"] });
    await rejectsWith(applyPayment(finance, applyPaymentSchema.parse({ paymentId: credit.paymentId, applications: [{ invoiceId: a.invoiceId, amount: "-1.00" }] })), "VALIDATION_FAILED");
    expect([await balance(a.invoiceId), await balance(b.invoiceId)]).toEqual(["1000", "1000"]);
    const [row] = await ownerQuery<{ applied: string }>(`SELECT "appliedMinor"::text AS applied FROM "Payment" WHERE id = $1`, [credit.paymentId]);
    expect(row!.applied).toBe("0");
  });
});
