/**
 * Invoicing on PostgreSQL: an invoice per shipment in the shipment's transaction (locked
 * prices × shipped units, tax per region, terms, numbering, journal, audit, event), payments
 * applied under row locks (never over-applied, the rest kept as credit), credit notes,
 * statuses with overdue, the credit exposure, and every refusal with nothing changed.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { issueCreditNote } from "@/lib/invoicing/credit-notes";
import { applyPayment, recordPayment } from "@/lib/invoicing/payments";
import { getInvoice, getOwnInvoice, listInvoices, listOwnInvoices } from "@/lib/invoicing/read";
import { applyPaymentSchema, creditNoteSchema, invoiceSettingsSchema, partnerTermsSchema, recordPaymentSchema, taxRateSchema } from "@/lib/invoicing/schema";
import { saveInvoiceSettings, saveTaxRate, setPartnerTerms } from "@/lib/invoicing/settings";
import { openExposure } from "@/lib/orders/credit";
import { withScope } from "@/lib/db/scope";
import { scopeOf } from "@/lib/auth/context";
import { ownerQuery } from "@/tests/fixtures/db";
import { rejectsWith } from "@/tests/fixtures/expect";
import { addVendorUser, createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";
import { seedProduct } from "@/tests/fixtures/catalog";
import { seedPriceList } from "@/tests/fixtures/pricing";
import { SHIP_TO, stockUp } from "@/tests/fixtures/orders";
import { shippedInvoice } from "@/tests/fixtures/invoicing";

let admin: VendorCtx;
let finance: VendorCtx;
let rep: VendorCtx;
let other: VendorCtx;
let partner: PartnerCtx;
let rival: PartnerCtx;
let foreign: PartnerCtx;
let widget: { id: string; sku: string };
let dime: { id: string; sku: string };

beforeAll(async () => {
  admin = await createTestTenant();
  other = await createTestTenant();
  [finance, rep, partner, rival] = await Promise.all([
    addVendorUser(admin, "FINANCE"),
    addVendorUser(admin, "SALES_REP"),
    createPartnerWithUser(admin, "PARTNER_ADMIN"),
    createPartnerWithUser(admin, "PARTNER_USER"),
  ]);
  foreign = await createPartnerWithUser(other, "PARTNER_ADMIN");
  widget = await seedProduct(admin, { nameEn: "Widget", nameEs: "Artilugio" });
  dime = await seedProduct(admin, { nameEn: "Washer", nameEs: "Arandela" });
  await seedPriceList(admin, { target: "BASE" }, [[widget.sku, 1, "PRICE", "19.99"], [dime.sku, 1, "PRICE", "0.10"]]);
  await stockUp(admin, widget.id, 1000);
  await stockUp(admin, dime.id, 1000);
  await saveTaxRate(finance, taxRateSchema.parse({ country: "US", region: "tx", name: "Texas sales tax", rate: "8.25" }));
  await saveTaxRate(finance, taxRateSchema.parse({ country: "US", region: "", name: "US", rate: "5" }));
  await saveInvoiceSettings(finance, invoiceSettingsSchema.parse({ defaultRate: "2", defaultTermsDays: "30", receivablesAccount: "1200", revenueAccount: "4000", taxPayableAccount: "2200", bankAccount: "1000", creditNotesAccount: "4100", version: 0 }));
});

const invoiceRow = async (id: string) =>
  (await ownerQuery<{ number: number; subtotalMinor: string; taxMinor: string; totalMinor: string; paidMinor: string; creditedMinor: string; balanceMinor: string; settlement: string; termsDays: number; issueDate: Date; dueDate: Date; taxRegion: string }>(`SELECT * FROM "Invoice" WHERE id = $1`, [id]))[0]!;

/** The stored mirrors equal the sums of the ledgers they mirror. */
async function expectMirrorsAgree(id: string) {
  const [row] = await ownerQuery<{ ok: boolean }>(
    `SELECT i."paidMinor" = COALESCE((SELECT SUM("amountMinor") FROM "PaymentAllocation" WHERE "invoiceId" = i.id), 0)
        AND i."creditedMinor" = COALESCE((SELECT SUM("amountMinor") FROM "CreditApplication" WHERE "invoiceId" = i.id), 0)
        AND i."balanceMinor" = i."totalMinor" - i."paidMinor" - i."creditedMinor" AND i."balanceMinor" >= 0 AS ok
       FROM "Invoice" i WHERE i.id = $1`,
    [id],
  );
  expect(row!.ok).toBe(true);
}

const pay = (ctx: VendorCtx, partnerId: string, amount: string, applications: { invoiceId: string; amount: string }[] = [], extra: Record<string, unknown> = {}) =>
  recordPayment(ctx, recordPaymentSchema.parse({ partnerId, currency: "USD", amount, receivedOn: "2026-12-01", method: "BANK_TRANSFER", reference: `REF-${Math.random().toString(36).slice(2, 8)}`, idempotencyKey: randomUUID(), applications, ...extra }));

describe("an invoice per shipment", () => {
  it("at the order's locked prices × shipped units, Texas tax rounded once, numbered, with terms, journal, audit and event", async () => {
    const { invoiceId, orderId } = await shippedInvoice(admin, partner, [{ productId: widget.id, quantity: 3 }]);
    const invoice = await getInvoice(finance, invoiceId);
    expect(invoice.orderId).toBe(orderId);
    expect(invoice.lines.map((l) => [l.sku, l.quantity, l.unitPriceMinor, l.netMinor, l.taxRateBp])).toEqual([[widget.sku, 3, 1999n, 5997n, 825]]);
    // 59.97 × 8.25 % = 4.947525 → 4.95
    expect([invoice.subtotalMinor, invoice.taxMinor, invoice.totalMinor, invoice.balanceMinor]).toEqual([5997n, 495n, 6492n, 6492n]);
    expect(invoice.taxRegion).toBe("US-TX");
    expect(invoice.status).toBe("OPEN");
    expect(invoice.explanation).toMatchObject({ rate: { source: "region", rateBp: 825 }, terms: { days: 30, source: "tenant" }, tax: [{ rateBp: 825, baseMinor: "5997", taxMinor: "495" }] });
    const row = await invoiceRow(invoiceId);
    expect(row.dueDate.getTime() - row.issueDate.getTime()).toBe(30 * 86_400_000);
    const journal = await ownerQuery<{ account: string; debitMinor: string; creditMinor: string }>(`SELECT account, "debitMinor", "creditMinor" FROM "JournalLine" WHERE "postingId" = $1 ORDER BY seq`, [invoiceId]);
    expect(journal).toEqual([
      { account: "1200", debitMinor: "6492", creditMinor: "0" },
      { account: "4000", debitMinor: "0", creditMinor: "5997" },
      { account: "2200", debitMinor: "0", creditMinor: "495" },
    ]);
    expect(await ownerQuery(`SELECT action FROM "AuditLog" WHERE "entityId" = $1`, [invoiceId])).toEqual([{ action: "invoice.issued" }]);
    const [event] = await ownerQuery<{ payload: { recipients: { userId: string }[]; params: Record<string, string> } }>(`SELECT payload FROM "OutboxEvent" WHERE type = 'invoice.issued' AND payload->>'link' LIKE $1`, [`%${invoiceId}`]);
    expect(event!.payload.recipients.map((r) => r.userId)).toContain(partner.user.id);
    expect(event!.payload.params.total).toBe("64.92 USD");
  });

  it("one invoice per shipment: a partial shipment and the rest make two invoices with consecutive numbers", async () => {
    const { placeOrder } = await import("@/tests/fixtures/orders");
    const { allocateOrder } = await import("@/lib/orders/allocation");
    const { getOrder } = await import("@/lib/orders/read");
    const { shipOrder } = await import("@/lib/orders/shipping");
    const { shipmentSchema } = await import("@/lib/orders/schema");
    const placed = await placeOrder(partner, [{ productId: widget.id, quantity: 5 }]);
    const order = await allocateOrder(admin, { orderId: placed.id, version: placed.version });
    const line = (await getOrder(admin, order.id)).lines[0]!;
    // a price or total in the request is never read: zod drops it and the locked price is invoiced
    const first = await shipOrder(admin, shipmentSchema.parse({ orderId: order.id, version: order.version, carrier: "UPS", lines: [{ orderLineId: line.id, quantity: 2, unitPriceMinor: "1", totalMinor: "1" }], totalMinor: "1" }));
    const second = await shipOrder(admin, shipmentSchema.parse({ orderId: order.id, version: first.version, carrier: "UPS", lines: [{ orderLineId: line.id, quantity: 3 }] }));
    const invoices = await ownerQuery<{ number: number; totalMinor: string; shipmentId: string }>(`SELECT number, "totalMinor", "shipmentId" FROM "Invoice" WHERE "orderId" = $1 ORDER BY number`, [order.id]);
    expect(invoices.map((i) => i.shipmentId)).toEqual([first.shipmentId, second.shipmentId]);
    expect(invoices[1]!.number).toBe(invoices[0]!.number + 1);
    // 39.98 × 8.25 % = 3.29835 → 3.30; 59.97 → 4.95
    expect(invoices.map((i) => i.totalMinor)).toEqual(["4328", "6492"]);
  });

  it("the country's rate where the region has none, the tenant's default elsewhere; a partner's own terms", async () => {
    await setPartnerTerms(finance, partnerTermsSchema.parse({ partnerId: rival.partnerId, termsDays: "45" }));
    const ohio = await shippedInvoice(admin, rival, [{ productId: widget.id, quantity: 1 }], { shipTo: { ...SHIP_TO, region: "OH" } });
    const canada = await shippedInvoice(admin, rival, [{ productId: widget.id, quantity: 1 }], { shipTo: { ...SHIP_TO, region: "ON", country: "CA" } });
    const a = await invoiceRow(ohio.invoiceId);
    const b = await invoiceRow(canada.invoiceId);
    // 19.99 × 5 % = 0.9995 → 1.00; × 2 % = 0.3998 → 0.40
    expect([a.taxMinor, a.totalMinor, b.taxMinor, b.totalMinor]).toEqual(["100", "2099", "40", "2039"]);
    expect([a.termsDays, b.termsDays]).toEqual([45, 45]);
    expect((await getInvoice(admin, canada.invoiceId)).explanation).toMatchObject({ rate: { source: "default", rateBp: 200 }, terms: { source: "partner", days: 45 } });
    await setPartnerTerms(finance, partnerTermsSchema.parse({ partnerId: rival.partnerId, termsDays: "" }));
  });

  it("exactly half a cent of tax rounds away from zero: 0.10 at 5 % is 0.01", async () => {
    await saveTaxRate(finance, taxRateSchema.parse({ country: "US", region: "NV", name: "Nevada", rate: "5" }));
    const { invoiceId } = await shippedInvoice(admin, partner, [{ productId: dime.id, quantity: 1 }], { shipTo: { ...SHIP_TO, region: "NV" } });
    const row = await invoiceRow(invoiceId);
    expect([row.subtotalMinor, row.taxMinor, row.totalMinor]).toEqual(["10", "1", "11"]);
  });
});

describe("payments", () => {
  it("applied to two invoices; the rest stays as credit and is applied later; statuses follow", async () => {
    const a = await shippedInvoice(admin, partner, [{ productId: widget.id, quantity: 1 }]); // 21.64
    const b = await shippedInvoice(admin, partner, [{ productId: widget.id, quantity: 2 }]); // 43.28
    const paid = await pay(finance, partner.partnerId, "50.00", [{ invoiceId: a.invoiceId, amount: "21.64" }, { invoiceId: b.invoiceId, amount: "20.00" }]);
    expect([paid.appliedMinor, paid.unappliedMinor]).toEqual([4164n, 836n]);
    expect((await getInvoice(finance, a.invoiceId)).status).toBe("PAID");
    expect((await getInvoice(finance, b.invoiceId)).status).toBe("PARTIALLY_PAID");
    await rejectsWith(applyPayment(finance, applyPaymentSchema.parse({ paymentId: paid.paymentId, applications: [{ invoiceId: b.invoiceId, amount: "8.37" }] })), "OVER_APPLICATION");
    const later = await applyPayment(finance, applyPaymentSchema.parse({ paymentId: paid.paymentId, applications: [{ invoiceId: b.invoiceId, amount: "8.36" }] }));
    expect([later.appliedMinor, later.unappliedMinor]).toEqual([5000n, 0n]);
    const detail = await getOwnInvoice(partner, b.invoiceId);
    expect(detail.allocations.map((x) => x.amountMinor)).toEqual([2000n, 836n]);
    expect([detail.paidMinor, detail.balanceMinor, detail.status]).toEqual([2836n, 1492n, "PARTIALLY_PAID"]);
    await Promise.all([expectMirrorsAgree(a.invoiceId), expectMirrorsAgree(b.invoiceId)]);
    const journal = await ownerQuery<{ account: string; debitMinor: string; creditMinor: string }>(`SELECT account, "debitMinor", "creditMinor" FROM "JournalLine" WHERE "postingId" = $1 ORDER BY seq`, [paid.paymentId]);
    expect(journal).toEqual([
      { account: "1000", debitMinor: "5000", creditMinor: "0" },
      { account: "1200", debitMinor: "0", creditMinor: "5000" },
    ]);
    expect((await ownerQuery(`SELECT action FROM "AuditLog" WHERE "entityId" = $1 ORDER BY "createdAt"`, [paid.paymentId])).map((r) => r.action)).toEqual(["payment.recorded", "payment.applied"]);
    expect(await ownerQuery(`SELECT 1 FROM "OutboxEvent" WHERE type = 'payment.received' AND payload->'params'->>'reference' = (SELECT reference FROM "Payment" WHERE id = $1)`, [paid.paymentId])).toHaveLength(2);
  });

  it("refuses more than an invoice owes, more than the payment, another partner's or tenant's invoice, another currency — and changes nothing", async () => {
    const a = await shippedInvoice(admin, partner, [{ productId: widget.id, quantity: 1 }]); // 21.64
    const theirs = await shippedInvoice(admin, rival, [{ productId: widget.id, quantity: 1 }]);
    const count = async () => (await ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM "Payment" WHERE "tenantId" = $1`, [admin.tenantId]))[0]!.n;
    const before = await count();
    await rejectsWith(pay(finance, partner.partnerId, "30.00", [{ invoiceId: a.invoiceId, amount: "21.65" }]), "OVER_APPLICATION");
    await rejectsWith(pay(finance, partner.partnerId, "10.00", [{ invoiceId: a.invoiceId, amount: "10.01" }]), "OVER_APPLICATION");
    await rejectsWith(pay(finance, partner.partnerId, "10.00", [{ invoiceId: theirs.invoiceId, amount: "1.00" }]), "NOT_FOUND");
    await rejectsWith(pay(finance, foreign.partnerId, "10.00"), "NOT_FOUND");
    await rejectsWith(pay(finance, partner.partnerId, "10.00", [{ invoiceId: a.invoiceId, amount: "1.00" }], { currency: "EUR" }), "CURRENCY_MISMATCH");
    const otherTenant = await addVendorUser(other, "FINANCE");
    await rejectsWith(pay(otherTenant, partner.partnerId, "10.00"), "NOT_FOUND");
    const zero = await rejectsWith(pay(finance, partner.partnerId, "0"), "VALIDATION_FAILED");
    expect(zero.fields).toEqual({ amount: ["invoicing.validation.amount"] });
    await rejectsWith(pay(finance, partner.partnerId, "1.001"), "VALIDATION_FAILED");
    await rejectsWith(pay(rep, partner.partnerId, "1.00"), "FORBIDDEN");
    expect(await count()).toBe(before);
    expect((await invoiceRow(a.invoiceId)).balanceMinor).toBe("2164");
  });

  it("two payments racing for one invoice never over-apply: one wins, the other is refused and leaves nothing", async () => {
    const a = await shippedInvoice(admin, partner, [{ productId: widget.id, quantity: 2 }]); // 43.28
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => pay(finance, partner.partnerId, "43.28", [{ invoiceId: a.invoiceId, amount: "43.28" }])));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) expect((r as PromiseRejectedResult).reason).toMatchObject({ code: "OVER_APPLICATION" });
    const row = await invoiceRow(a.invoiceId);
    expect([row.paidMinor, row.balanceMinor, row.settlement]).toEqual(["4328", "0", "PAID"]);
    await expectMirrorsAgree(a.invoiceId);
  });

  it("partial payments racing: every one that fits is applied, the sum never passes the total", async () => {
    const a = await shippedInvoice(admin, partner, [{ productId: widget.id, quantity: 1 }]); // 21.64
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => pay(finance, partner.partnerId, "5.00", [{ invoiceId: a.invoiceId, amount: "5.00" }])));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(4);
    const row = await invoiceRow(a.invoiceId);
    expect([row.paidMinor, row.balanceMinor]).toEqual(["2000", "164"]);
    await expectMirrorsAgree(a.invoiceId);
  });
});

describe("credit notes", () => {
  it("by amount (tax split out), by lines, refused over the balance or over the units; CREDITED when nothing was paid", async () => {
    const { invoiceId } = await shippedInvoice(admin, partner, [{ productId: widget.id, quantity: 3 }]); // 64.92
    const invoice = await getInvoice(finance, invoiceId);
    const byAmount = await issueCreditNote(finance, creditNoteSchema.parse({ invoiceId, reason: "Damaged box", amount: "10.00" }));
    expect([byAmount.totalMinor, byAmount.balanceMinor]).toEqual([1000n, 5492n]);
    const byLines = await issueCreditNote(finance, creditNoteSchema.parse({ invoiceId, reason: "Returned", lines: [{ invoiceLineId: invoice.lines[0]!.id, quantity: 1 }] }));
    // 19.99 + 8.25 % (1.649175 → 1.65) = 21.64
    expect([byLines.totalMinor, byLines.balanceMinor, byLines.number]).toEqual([2164n, 3328n, byAmount.number + 1]);
    await rejectsWith(issueCreditNote(finance, creditNoteSchema.parse({ invoiceId, reason: "Too much", amount: "33.29" })), "CREDIT_OVER_BALANCE");
    const over = await rejectsWith(issueCreditNote(finance, creditNoteSchema.parse({ invoiceId, reason: "Too many", lines: [{ invoiceLineId: invoice.lines[0]!.id, quantity: 3 }] })), "VALIDATION_FAILED");
    expect(over.fields).toEqual({ "lines.0.quantity": ["invoicing.validation.overCredit"] });
    const rest = await issueCreditNote(finance, creditNoteSchema.parse({ invoiceId, reason: "Write off", amount: "33.28" }));
    expect(rest.balanceMinor).toBe(0n);
    const detail = await getOwnInvoice(partner, invoiceId);
    expect([detail.status, detail.creditedMinor]).toEqual(["CREDITED", 6492n]);
    expect(detail.creditNotes.map((n) => [n.subtotalMinor, n.taxMinor, n.totalMinor])).toEqual([
      [924n, 76n, 1000n], // 10.00 / 1.0825 = 9.2378 → 9.24
      [1999n, 165n, 2164n],
      [3074n, 254n, 3328n], // 33.28 / 1.0825 = 30.7436 → 30.74
    ]);
    await expectMirrorsAgree(invoiceId);
    await rejectsWith(issueCreditNote(finance, creditNoteSchema.parse({ invoiceId, reason: "again", amount: "0.01" })), "CREDIT_OVER_BALANCE");
    const foreignFinance = await addVendorUser(other, "FINANCE");
    await rejectsWith(issueCreditNote(foreignFinance, creditNoteSchema.parse({ invoiceId, reason: "x", amount: "1.00" })), "NOT_FOUND");
    await rejectsWith(issueCreditNote(rep, creditNoteSchema.parse({ invoiceId, reason: "x", amount: "1.00" })), "FORBIDDEN");
  });

  it("a credit note needs an amount or units, not both", () => {
    expect(creditNoteSchema.safeParse({ invoiceId: "inv_x", reason: "r" }).success).toBe(false);
    expect(creditNoteSchema.safeParse({ invoiceId: "inv_x", reason: "r", amount: "1", lines: [{ invoiceLineId: "inl_x", quantity: 1 }] }).success).toBe(false);
  });
});

describe("reading invoices", () => {
  it("overdue is derived from the due date; lists filter by it; a partner sees only its own", async () => {
    const { invoiceId } = await shippedInvoice(admin, rival, [{ productId: widget.id, quantity: 1 }]);
    await ownerQuery(`UPDATE "Invoice" SET "issueDate" = current_date - 40, "dueDate" = current_date - 10 WHERE id = $1`, [invoiceId]);
    expect((await getInvoice(admin, invoiceId)).status).toBe("OVERDUE");
    const overdue = await listInvoices(finance, { status: "OVERDUE", partner: rival.partnerId });
    expect(overdue.rows.map((r) => r.id)).toEqual([invoiceId]);
    expect((await listInvoices(finance, { status: "OPEN", partner: rival.partnerId })).rows.map((r) => r.id)).not.toContain(invoiceId);
    const own = await listOwnInvoices(rival, { pageSize: 100 });
    expect(own.rows.every((r) => r.partner.id === rival.partnerId)).toBe(true);
    expect(own.rows.map((r) => r.id)).toContain(invoiceId);
    await rejectsWith(getOwnInvoice(partner, invoiceId), "NOT_FOUND");
    const foreignAdmin = other;
    await rejectsWith(getInvoice(foreignAdmin, invoiceId), "NOT_FOUND");
    await rejectsWith(getOwnInvoice(foreign, invoiceId), "NOT_FOUND");
  });
});

describe("credit exposure", () => {
  it("open invoice balances + the part of submitted orders not invoiced yet", async () => {
    const buyer = await createPartnerWithUser(admin, "PARTNER_ADMIN");
    const exposure = () => withScope(scopeOf(admin), (tx) => openExposure(tx, { tenantId: admin.tenantId, partnerId: buyer.partnerId, currency: "USD" }));
    const { placeOrder } = await import("@/tests/fixtures/orders");
    await placeOrder(buyer, [{ productId: widget.id, quantity: 2 }]); // 39.98 not invoiced
    expect(await exposure()).toBe(3998n);
    const { invoiceId } = await shippedInvoice(admin, buyer, [{ productId: widget.id, quantity: 1 }]); // 21.64 invoiced, nothing left uninvoiced
    expect(await exposure()).toBe(3998n + 2164n);
    await pay(finance, buyer.partnerId, "21.64", [{ invoiceId, amount: "21.64" }]);
    expect(await exposure()).toBe(3998n);
  });
});

describe("the PDF invoice", () => {
  it("in the reader's language for the owning partner, in the asked language for the vendor; another partner or tenant: NOT_FOUND", async () => {
    const { invoicePdf, ownInvoicePdf } = await import("@/lib/invoicing/documents");
    const { invoiceId } = await shippedInvoice(admin, partner, [{ productId: widget.id, quantity: 2 }]);
    const number = (await invoiceRow(invoiceId)).number;
    const text = `INV-${String(number).padStart(6, "0")}`;
    const english = await invoicePdf(admin, invoiceId, "en");
    const spanish = await invoicePdf(admin, invoiceId, "es");
    expect(english.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(english.bytes.toString("latin1")).toContain(`(Invoice ${text})`);
    expect(spanish.bytes.toString("latin1")).toContain(`(Factura ${text})`);
    expect(english.fileName).toMatch(new RegExp(`^${text}_\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
    const own = await ownInvoicePdf(partner, invoiceId);
    expect(own.bytes.toString("latin1")).toContain(`(${partner.user.locale === "es" ? "Factura" : "Invoice"} ${text})`);
    await rejectsWith(ownInvoicePdf(rival, invoiceId), "NOT_FOUND");
    await rejectsWith(ownInvoicePdf(foreign, invoiceId), "NOT_FOUND");
    await rejectsWith(invoicePdf(other, invoiceId), "NOT_FOUND");
  });
});

describe("receivables, statements and the journal", () => {
  it("aging buckets a partner's open balances by days past due; the statement runs from opening to closing balance", async () => {
    const { partnerAging } = await import("@/lib/invoicing/receivables");
    const { partnerStatement, ownStatement } = await import("@/lib/invoicing/receivables");
    const buyer = await createPartnerWithUser(admin, "PARTNER_ADMIN");
    const due = [0, 10, 45, 75, 120];
    const ids: string[] = [];
    for (const days of due) {
      const { invoiceId } = await shippedInvoice(admin, buyer, [{ productId: widget.id, quantity: 1 }]); // 21.64 each
      await ownerQuery(`UPDATE "Invoice" SET "issueDate" = current_date - ($2::int + 30), "dueDate" = current_date - $2::int WHERE id = $1`, [invoiceId, days]);
      ids.push(invoiceId);
    }
    await pay(finance, buyer.partnerId, "5.00", [{ invoiceId: ids[4]!, amount: "5.00" }]);
    const aging = await partnerAging(finance, buyer.partnerId);
    expect(aging.rows).toHaveLength(1);
    expect(aging.rows[0]!.buckets).toEqual({ current: 2164n, d1_30: 2164n, d31_60: 2164n, d61_90: 2164n, d90plus: 1664n });
    expect(aging.rows[0]!.totalMinor).toBe(10320n);
    const { todayIn } = await import("@/lib/activities/dates");
    const today = todayIn(admin.tenant.timeZone);
    const { addDays } = await import("@/lib/activities/dates");
    // the period holds the last two invoices' issue days (30 and 40 days ago) and the payment (today)
    const period = { partnerId: buyer.partnerId, currency: "USD", from: addDays(today, -40), to: today };
    const statement = await partnerStatement(finance, period);
    expect(statement.openingMinor).toBe(3n * 2164n);
    expect(statement.entries.map((e) => [e.kind, e.amountMinor])).toEqual([
      ["INVOICE", 2164n],
      ["INVOICE", 2164n],
      ["PAYMENT", -500n],
    ]);
    expect(statement.closingMinor).toBe(5n * 2164n - 500n);
    expect(statement.entries.at(-1)!.balanceMinor).toBe(statement.closingMinor);
    expect((await ownStatement(buyer, period)).closingMinor).toBe(statement.closingMinor);
    await rejectsWith(partnerStatement(other, period), "NOT_FOUND");
  });

  it("every posting and every period balances; re-exporting a period gives the same bytes after the ledger accounts change", async () => {
    const { exportJournal, JOURNAL_COLUMNS } = await import("@/lib/invoicing/journal-export");
    const { csvStream } = await import("@/lib/lists/csv");
    const unbalanced = await ownerQuery(
      `SELECT "postingId" FROM "JournalLine" WHERE "tenantId" = $1 GROUP BY "postingId" HAVING SUM("debitMinor") <> SUM("creditMinor")`,
      [admin.tenantId],
    );
    expect(unbalanced).toEqual([]);
    const days = await ownerQuery<{ day: string; debit: string; credit: string }>(
      `SELECT "entryDate"::text AS day, SUM("debitMinor")::text AS debit, SUM("creditMinor")::text AS credit FROM "JournalLine" WHERE "tenantId" = $1 GROUP BY 1`,
      [admin.tenantId],
    );
    expect(days.length).toBeGreaterThan(0);
    for (const d of days) expect(d.debit, d.day).toBe(d.credit);
    const period = { from: "2000-01-01", to: "2999-12-31" };
    const file = async () => Buffer.from(await new Response(csvStream(JOURNAL_COLUMNS, exportJournal(finance, period))).arrayBuffer());
    const first = await file();
    const text = first.toString("utf8");
    expect(text.split("\r\n")[0]).toBe("\uFEFFdate,account,debit,credit,currency,partner,reference");
    expect(text).toMatch(/\r\n\d{4}-\d{2}-\d{2},1200,64\.92,0\.00,USD,/);
    const current = (await import("@/lib/invoicing/settings")).getInvoiceSettings;
    const { settings } = await current(finance);
    await saveInvoiceSettings(finance, invoiceSettingsSchema.parse({ defaultRate: "2", defaultTermsDays: "30", receivablesAccount: "1300", revenueAccount: "4001", taxPayableAccount: "2201", bankAccount: "1001", creditNotesAccount: "4101", version: settings.version }));
    expect((await file()).equals(first)).toBe(true);
    await rejectsWith((async () => { for await (const row of exportJournal(rep, period)) void row; })(), "FORBIDDEN");
    // the journal is append-only: the app role can neither change nor delete a posted line
    const { withScope: scoped } = await import("@/lib/db/scope");
    const changed = await scoped(scopeOf(admin), (tx) => tx.journalLine.updateMany({ where: { tenantId: admin.tenantId }, data: { account: "9999" } }));
    expect(changed.count).toBe(0);
  });
});
