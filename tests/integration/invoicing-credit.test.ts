/**
 * Credit on account on PostgreSQL: a credit note beyond an invoice's open balance (or with no
 * invoice) leaves unapplied credit, derived from the ledger rows (notes minus applications);
 * finance applies it to later invoices under row locks — never more than the note has left or
 * the invoice owes, never across partners, tenants or currencies, once per key, also when
 * racing — and the journal, the statement, the aging and the partner's balances agree.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { ownBalances } from "@/lib/invoicing/account";
import { applyCreditToInvoice } from "@/lib/invoicing/credit-applications";
import { issueCreditNote } from "@/lib/invoicing/credit-notes";
import { recordPayment } from "@/lib/invoicing/payments";
import { ownStatement, partnerAging, partnerStatement } from "@/lib/invoicing/receivables";
import { applyCreditSchema, creditNoteSchema, recordPaymentSchema, taxRateSchema } from "@/lib/invoicing/schema";
import { saveTaxRate } from "@/lib/invoicing/settings";
import { todayIn } from "@/lib/activities/dates";
import { ownerQuery } from "@/tests/fixtures/db";
import { rejectsWith } from "@/tests/fixtures/expect";
import { addVendorUser, createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";
import { seedProduct } from "@/tests/fixtures/catalog";
import { seedPriceList } from "@/tests/fixtures/pricing";
import { stockUp } from "@/tests/fixtures/orders";
import { shippedInvoice } from "@/tests/fixtures/invoicing";

let admin: VendorCtx;
let finance: VendorCtx;
let rep: VendorCtx;
let foreignFinance: VendorCtx;
let partner: PartnerCtx;
let rival: PartnerCtx;
let widget: { id: string; sku: string };

beforeAll(async () => {
  admin = await createTestTenant();
  const other = await createTestTenant();
  [finance, rep, partner, rival, foreignFinance] = await Promise.all([
    addVendorUser(admin, "FINANCE"),
    addVendorUser(admin, "SALES_REP"),
    createPartnerWithUser(admin, "PARTNER_ADMIN"),
    createPartnerWithUser(admin, "PARTNER_ADMIN"),
    addVendorUser(other, "FINANCE"),
  ]);
  widget = await seedProduct(admin, { nameEn: "Widget", nameEs: "Artilugio" });
  await seedPriceList(admin, { target: "BASE" }, [[widget.sku, 1, "PRICE", "19.99"]]);
  await stockUp(admin, widget.id, 1000);
  // 19.99 + 8.25 % = 21.64 a unit
  await saveTaxRate(finance, taxRateSchema.parse({ country: "US", region: "tx", name: "Texas sales tax", rate: "8.25" }));
});

const invoiceFor = (who: PartnerCtx = partner, units = 1) => shippedInvoice(admin, who, [{ productId: widget.id, quantity: units }]);
const invoiceRow = async (id: string) => (await ownerQuery<{ paidMinor: string; creditedMinor: string; balanceMinor: string; settlement: string }>(`SELECT * FROM "Invoice" WHERE id = $1`, [id]))[0]!;
const noteLeft = async (id: string) =>
  (await ownerQuery<{ left: string }>(`SELECT (c."totalMinor" - COALESCE((SELECT SUM("amountMinor") FROM "CreditApplication" WHERE "creditNoteId" = c.id), 0))::text AS left FROM "CreditNote" c WHERE c.id = $1`, [id]))[0]!.left;
const counts = async () =>
  (
    await ownerQuery<{ applications: string; journal: string; audit: string }>(
      `SELECT (SELECT COUNT(*) FROM "CreditApplication" WHERE "tenantId" = $1)::text AS applications, (SELECT COUNT(*) FROM "JournalLine" WHERE "tenantId" = $1)::text AS journal, (SELECT COUNT(*) FROM "AuditLog" WHERE "tenantId" = $1)::text AS audit`,
      [admin.tenantId],
    )
  )[0]!;
const payInFull = (invoiceId: string, amount: string) =>
  recordPayment(finance, recordPaymentSchema.parse({ partnerId: partner.partnerId, currency: "USD", amount, receivedOn: "2026-12-01", method: "BANK_TRANSFER", reference: `REF-${randomUUID().slice(0, 6)}`, idempotencyKey: randomUUID(), applications: [{ invoiceId, amount }] }));
const onAccount = (amount: string, extra: Record<string, unknown> = {}) => issueCreditNote(finance, creditNoteSchema.parse({ partnerId: partner.partnerId, currency: "USD", reason: "Goodwill", amount, ...extra }));
const apply = (ctx: VendorCtx, creditNoteId: string, applications: { invoiceId: string; amount: string }[], key = randomUUID()) =>
  applyCreditToInvoice(ctx, applyCreditSchema.parse({ creditNoteId, applications, idempotencyKey: key }));

/** The invoice's mirrors equal its ledgers: payments allocated and credit applied. */
async function expectMirrorsAgree(id: string) {
  const [row] = await ownerQuery<{ ok: boolean }>(
    `SELECT i."paidMinor" = COALESCE((SELECT SUM("amountMinor") FROM "PaymentAllocation" WHERE "invoiceId" = i.id), 0)
        AND i."creditedMinor" = COALESCE((SELECT SUM("amountMinor") FROM "CreditApplication" WHERE "invoiceId" = i.id), 0)
        AND i."balanceMinor" = i."totalMinor" - i."paidMinor" - i."creditedMinor" AND i."balanceMinor" >= 0 AS ok FROM "Invoice" i WHERE i.id = $1`,
    [id],
  );
  expect(row!.ok).toBe(true);
}

describe("credit notes beyond the open balance", () => {
  it("on a PAID invoice: refused without on-account, else all of it is credit on the account; journal as any note", async () => {
    const { invoiceId } = await invoiceFor();
    await payInFull(invoiceId, "21.64");
    await rejectsWith(issueCreditNote(finance, creditNoteSchema.parse({ invoiceId, reason: "Late damage", amount: "5.00" })), "CREDIT_OVER_BALANCE");
    const note = await issueCreditNote(finance, creditNoteSchema.parse({ invoiceId, reason: "Late damage", amount: "5.00", onAccount: "on" }));
    expect([note.totalMinor, note.appliedMinor, note.onAccountMinor, note.balanceMinor]).toEqual([500n, 0n, 500n, 0n]);
    expect(await noteLeft(note.creditNoteId)).toBe("500");
    expect((await invoiceRow(invoiceId)).settlement).toBe("PAID");
    // 5.00 / 1.0825 = 4.6189 → 4.62 net, 0.38 tax, against receivables
    const journal = await ownerQuery<{ account: string; debitMinor: string; creditMinor: string }>(`SELECT account, "debitMinor", "creditMinor" FROM "JournalLine" WHERE "postingId" = $1 ORDER BY seq`, [note.creditNoteId]);
    expect(journal).toEqual([
      { account: "4100", debitMinor: "462", creditMinor: "0" },
      { account: "2200", debitMinor: "38", creditMinor: "0" },
      { account: "1200", debitMinor: "0", creditMinor: "500" },
    ]);
    await expectMirrorsAgree(invoiceId);
  });

  it("a remainder: the open balance is settled, the rest stays on account; never more than the invoice is worth", async () => {
    const { invoiceId } = await invoiceFor(partner, 2); // 43.28
    await payInFull(invoiceId, "40.00");
    const note = await issueCreditNoteFirst(invoiceId, "10.00");
    expect([note.appliedMinor, note.onAccountMinor, note.balanceMinor]).toEqual([328n, 672n, 0n]);
    const row = await invoiceRow(invoiceId);
    expect([row.creditedMinor, row.balanceMinor, row.settlement]).toEqual(["328", "0", "PAID"]);
    // 33.28 is left of the invoice's 43.28 to credit: 33.29 is more than it is worth
    await rejectsWith(issueCreditNote(finance, creditNoteSchema.parse({ invoiceId, reason: "x", amount: "33.29", onAccount: true })), "CREDIT_OVER_INVOICE");
    await expectMirrorsAgree(invoiceId);
  });

  it("with no invoice: an amount on the partner's account, no tax; unknown partner or another tenant's: NOT_FOUND", async () => {
    const note = await onAccount("12.34");
    expect([note.totalMinor, note.appliedMinor, note.onAccountMinor, note.balanceMinor]).toEqual([1234n, 0n, 1234n, null]);
    const [row] = await ownerQuery<{ invoiceId: string | null; taxMinor: string; subtotalMinor: string }>(`SELECT "invoiceId", "taxMinor", "subtotalMinor" FROM "CreditNote" WHERE id = $1`, [note.creditNoteId]);
    expect(row).toEqual({ invoiceId: null, taxMinor: "0", subtotalMinor: "1234" });
    expect(await ownerQuery(`SELECT action, "entityType" FROM "AuditLog" WHERE "entityId" = $1`, [note.creditNoteId])).toEqual([{ action: "creditNote.issued", entityType: "CreditNote" }]);
    await rejectsWith(issueCreditNote(foreignFinance, creditNoteSchema.parse({ partnerId: partner.partnerId, currency: "USD", reason: "x", amount: "1.00" })), "NOT_FOUND");
    await rejectsWith(issueCreditNote(rep, creditNoteSchema.parse({ partnerId: partner.partnerId, currency: "USD", reason: "x", amount: "1.00" })), "FORBIDDEN");
    expect(creditNoteSchema.safeParse({ reason: "x", amount: "1.00" }).success).toBe(false);
  });
});

async function issueCreditNoteFirst(invoiceId: string, amount: string) {
  return issueCreditNote(finance, creditNoteSchema.parse({ invoiceId, reason: "Remainder", amount, onAccount: true }));
}

describe("applying credit on account", () => {
  it("settles a later invoice, moves nothing in the journal, keeps the statement's closing balance; aging, balances and statement show the credit", async () => {
    const fresh = await createPartnerWithUser(admin, "PARTNER_ADMIN");
    const note = await issueCreditNote(finance, creditNoteSchema.parse({ partnerId: fresh.partnerId, currency: "USD", reason: "Goodwill", amount: "30.00" }));
    // only credit, no invoice yet: the aging shows the partner in credit
    let aging = await partnerAging(finance, fresh.partnerId);
    expect(aging.rows.map((r) => [r.totalMinor, r.creditMinor, r.netMinor])).toEqual([[0n, 3000n, -3000n]]);
    const { invoiceId } = await invoiceFor(fresh);
    const today = todayIn(admin.tenant.timeZone);
    const period = { partnerId: fresh.partnerId, currency: "USD", from: today, to: today };
    const before = await partnerStatement(finance, period);
    expect([before.closingMinor, before.openMinor, before.creditMinor]).toEqual([2164n - 3000n, 2164n, 3000n]);
    const journalBefore = (await counts()).journal;
    const result = await apply(finance, note.creditNoteId, [{ invoiceId, amount: "21.64" }]);
    expect([result.appliedMinor, result.leftMinor]).toEqual([2164n, 836n]);
    expect((await counts()).journal).toBe(journalBefore);
    const row = await invoiceRow(invoiceId);
    expect([row.creditedMinor, row.balanceMinor, row.settlement]).toEqual(["2164", "0", "CREDITED"]);
    await expectMirrorsAgree(invoiceId);
    const after = await partnerStatement(finance, period);
    expect([after.closingMinor, after.openMinor, after.creditMinor]).toEqual([before.closingMinor, 0n, 836n]);
    expect(after.entries.map((e) => [e.kind, e.amountMinor])).toEqual([
      ["INVOICE", 2164n],
      ["CREDIT_NOTE", -3000n],
    ]);
    expect((await ownStatement(fresh, period)).creditMinor).toBe(836n);
    expect(await ownBalances(fresh)).toEqual([{ currency: "USD", openMinor: 0n, overdueMinor: 0n, creditMinor: 836n }]);
    aging = await partnerAging(finance, fresh.partnerId);
    expect(aging.rows.map((r) => [r.totalMinor, r.creditMinor, r.netMinor])).toEqual([[0n, 836n, -836n]]);
    expect(aging.totals.map((t) => t.netMinor)).toEqual([-836n]);
    const [audit] = await ownerQuery<{ action: string; after: { leftMinor: string } }>(`SELECT action, after FROM "AuditLog" WHERE "entityId" = $1 AND action = 'creditNote.applied'`, [note.creditNoteId]);
    expect(audit!.after.leftMinor).toBe("836");
    // every posting of the tenant balances, credit on account included
    expect(await ownerQuery(`SELECT "postingId" FROM "JournalLine" WHERE "tenantId" = $1 GROUP BY "postingId" HAVING SUM("debitMinor") <> SUM("creditMinor")`, [admin.tenantId])).toEqual([]);
  });

  it("refuses more than the note has left or the invoice owes, another partner's or tenant's, another currency, finance only — and changes nothing", async () => {
    const note = await onAccount("10.00");
    const eur = await onAccount("5.00", { currency: "EUR" });
    const { invoiceId } = await invoiceFor(); // 21.64
    const small = await invoiceFor(); // 21.64, paid down to 1.00
    await payInFull(small.invoiceId, "20.64");
    const theirs = await invoiceFor(rival);
    const start = await counts();
    await rejectsWith(apply(finance, note.creditNoteId, [{ invoiceId, amount: "10.01" }]), "OVER_APPLICATION");
    await rejectsWith(apply(finance, note.creditNoteId, [{ invoiceId: small.invoiceId, amount: "1.01" }]), "OVER_APPLICATION");
    // a step whose second row is over refuses the first as well
    await rejectsWith(apply(finance, note.creditNoteId, [{ invoiceId, amount: "9.00" }, { invoiceId: small.invoiceId, amount: "1.01" }]), "OVER_APPLICATION");
    await rejectsWith(apply(finance, note.creditNoteId, [{ invoiceId: theirs.invoiceId, amount: "1.00" }]), "NOT_FOUND");
    await rejectsWith(apply(foreignFinance, note.creditNoteId, [{ invoiceId, amount: "1.00" }]), "NOT_FOUND");
    await rejectsWith(apply(finance, eur.creditNoteId, [{ invoiceId, amount: "1.00" }]), "CURRENCY_MISMATCH");
    await rejectsWith(apply(rep, note.creditNoteId, [{ invoiceId, amount: "1.00" }]), "FORBIDDEN");
    const zero = await rejectsWith(apply(finance, note.creditNoteId, [{ invoiceId, amount: "0" }]), "VALIDATION_FAILED");
    expect(zero.fields).toEqual({ applications: ["invoicing.validation.amount"] });
    expect(await counts()).toEqual(start);
    expect(await noteLeft(note.creditNoteId)).toBe("1000");
    // a stale page: the credit went elsewhere since it was shown, so its amount no longer fits
    await apply(finance, note.creditNoteId, [{ invoiceId: small.invoiceId, amount: "1.00" }]);
    const stale = await rejectsWith(apply(finance, note.creditNoteId, [{ invoiceId, amount: "10.00" }]), "OVER_APPLICATION");
    expect(stale.params).toMatchObject({ what: "credit", left: "9.00 USD" });
    expect(await noteLeft(note.creditNoteId)).toBe("900");
    await expectMirrorsAgree(invoiceId);
    await expectMirrorsAgree(small.invoiceId);
  });

  it("racing applications of one credit never exceed it; replays of one key apply once", async () => {
    const note = await onAccount("10.00");
    const targets = await Promise.all(Array.from({ length: 3 }, () => invoiceFor()));
    const racing = await Promise.allSettled(Array.from({ length: 6 }, (_, i) => apply(finance, note.creditNoteId, [{ invoiceId: targets[i % 3]!.invoiceId, amount: "4.00" }])));
    expect(racing.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    for (const r of racing.filter((r) => r.status === "rejected")) expect((r as PromiseRejectedResult).reason).toMatchObject({ code: "OVER_APPLICATION" });
    expect(await noteLeft(note.creditNoteId)).toBe("200");
    for (const t of targets) await expectMirrorsAgree(t.invoiceId);

    const second = await onAccount("3.00");
    const key = randomUUID();
    const replays = await Promise.all(Array.from({ length: 8 }, () => apply(finance, second.creditNoteId, [{ invoiceId: targets[0]!.invoiceId, amount: "1.00" }], key)));
    expect(new Set(replays.map((r) => `${r.appliedMinor}/${r.leftMinor}`))).toEqual(new Set(["100/200"]));
    expect(await noteLeft(second.creditNoteId)).toBe("200");
    expect(await ownerQuery(`SELECT 1 FROM "AuditLog" WHERE "entityId" = $1 AND action = 'creditNote.applied'`, [second.creditNoteId])).toHaveLength(1);
    // the ledger is append-only: the app role can neither change nor delete an application
    const { withScope } = await import("@/lib/db/scope");
    const { scopeOf } = await import("@/lib/auth/context");
    const changed = await withScope(scopeOf(admin), (tx) => tx.creditApplication.updateMany({ where: { tenantId: admin.tenantId }, data: { amountMinor: 1n } }));
    expect(changed.count).toBe(0);
  });
});
