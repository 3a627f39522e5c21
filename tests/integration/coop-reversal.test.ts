/**
 * Negative accruals on PostgreSQL (lib/coop/reversal.ts): a credit note on an invoice that
 * accrued co-op takes back the rate on the eligible net credited — by lines (the credited
 * units of the program's brand) or by amount (the invoice's eligible share) —, once per note
 * (replays and two workers at once add nothing), never more than the invoice accrued; on the
 * PAID basis only what returned paid money, and that credit accrues where it is applied; a
 * note on account or co-op's own payment reverses nothing; a reversal may take "available"
 * below zero (shown, and no claim fits); the running sums still equal the entries.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { systemCtx, type PartnerCtx, type VendorCtx } from "@/lib/auth/context";
import { createBrand } from "@/lib/catalog/taxonomy";
import { accrueTenant } from "@/lib/coop/accrual";
import { balanceOf, type BalanceRow } from "@/lib/coop/balances";
import { decideClaim } from "@/lib/coop/claims";
import { payClaim } from "@/lib/coop/pay";
import { ownEntriesPage } from "@/lib/coop/portal";
import { getOwnFund } from "@/lib/coop/read";
import { decideClaimSchema, payClaimSchema, type CoopEntryKindValue } from "@/lib/coop/schema";
import { applyCreditToInvoice } from "@/lib/invoicing/credit-applications";
import { issueCreditNote } from "@/lib/invoicing/credit-notes";
import { recordPayment } from "@/lib/invoicing/payments";
import { applyCreditSchema, creditNoteNumberText, creditNoteSchema, recordPaymentSchema } from "@/lib/invoicing/schema";
import { seedProduct } from "@/tests/fixtures/catalog";
import { claim, entriesOf, seedCoopProgram, today, uploadProof } from "@/tests/fixtures/coop";
import { ownerQuery } from "@/tests/fixtures/db";
import { rejectsWith } from "@/tests/fixtures/expect";
import { addVendorUser, createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";
import { shippedInvoice } from "@/tests/fixtures/invoicing";
import { stockUp } from "@/tests/fixtures/orders";
import { seedPriceList } from "@/tests/fixtures/pricing";

let admin: VendorCtx;
let finance: VendorCtx;
let widget: { id: string; sku: string };
let branded: { id: string; sku: string };
let brandId: string;

beforeAll(async () => {
  admin = await createTestTenant();
  finance = await addVendorUser(admin, "FINANCE");
  widget = await seedProduct(admin, { nameEn: "Widget", nameEs: "Artilugio" });
  brandId = (await createBrand(admin, { name: `Reversal brand ${randomUUID().slice(0, 6)}` })).id;
  branded = await seedProduct(admin, { brandId });
  // no tax rate in the tenant: a note's gross is its net
  await seedPriceList(admin, { target: "BASE" }, [[widget.sku, 1, "PRICE", "19.99"], [branded.sku, 1, "PRICE", "100.00"]]);
  await stockUp(admin, widget.id, 1000);
  await stockUp(admin, branded.id, 100);
});

const accrue = () => accrueTenant(systemCtx(admin.tenantId));

type Row = { id: string; fundId: string; kind: string; amountMinor: string; invoiceId: string | null; creditNoteId: string | null; sourceKey: string | null; reason: string | null; explanation: Record<string, unknown> | null };

/** The program's entries for the partner (as the owner: no RLS), in written order. */
const entries = (programId: string, partnerId: string) =>
  ownerQuery<Row>(
    `SELECT e.id, e."fundId", e.kind::text AS kind, e."amountMinor", e."invoiceId", e."creditNoteId", e."sourceKey", e.reason, e.explanation
       FROM "CoopEntry" e JOIN "CoopFund" f ON f.id = e."fundId"
      WHERE f."programId" = $1 AND e."partnerId" = $2 ORDER BY e."createdAt", e.seq`,
    [programId, partnerId],
  );
const amounts = async (programId: string, partnerId: string, kind: string) => (await entries(programId, partnerId)).filter((e) => e.kind === kind).map((e) => e.amountMinor);

/** The invoice's line of a product. */
async function lineOf(invoiceId: string, productId: string): Promise<string> {
  const [row] = await ownerQuery<{ id: string }>(
    `SELECT l.id FROM "InvoiceLine" l JOIN "OrderLine" o ON o.id = l."orderLineId" WHERE l."invoiceId" = $1 AND o."productId" = $2`,
    [invoiceId, productId],
  );
  return row!.id;
}

const creditLines = (invoiceId: string, lines: { invoiceLineId: string; quantity: number }[], reason = "Returned units") =>
  issueCreditNote(finance, creditNoteSchema.parse({ invoiceId, reason, lines, onAccount: true }));
const creditAmount = (invoiceId: string, amount: string, reason = "Price correction") =>
  issueCreditNote(finance, creditNoteSchema.parse({ invoiceId, reason, amount, onAccount: true }));
const pay = (partner: PartnerCtx, invoiceId: string, amount: string) =>
  recordPayment(
    finance,
    recordPaymentSchema.parse({ partnerId: partner.partnerId, currency: "USD", amount, receivedOn: today(admin), method: "BANK_TRANSFER", reference: `PAY-${randomUUID().slice(0, 6)}`, idempotencyKey: randomUUID(), applications: [{ invoiceId, amount }] }),
  );

/** The fund's balances as the portal reports them equal the fold of its raw entries. */
async function expectDerived(partner: PartnerCtx, fundId: string) {
  const fund = await getOwnFund(partner, fundId);
  const rows: BalanceRow[] = (await entriesOf(fundId)).map((e) => ({ kind: e.kind as CoopEntryKindValue, amountMinor: e.amountMinor, forClaim: e.claimId !== null }));
  expect(fund.balance).toEqual(balanceOf(rows));
  expect(fund.entries.reduce((a, e) => a + e.availableEffectMinor, 0n)).toBe(fund.balance.availableMinor);
  return fund;
}

describe("co-op reversal by credit note (INVOICED)", () => {
  it("a line credit note takes back the rate on its eligible units, once: replays and two workers at once add nothing", async () => {
    const partner = await createPartnerWithUser(admin, "PARTNER_ADMIN");
    const brandProgram = await seedCoopProgram(admin, { kind: "COOP", accrualBasis: "INVOICED", accrualRate: "10", brandId });
    const allLines = await seedCoopProgram(admin, { kind: "COOP", accrualBasis: "INVOICED", accrualRate: "5" });
    const { invoiceId } = await shippedInvoice(admin, partner, [{ productId: branded.id, quantity: 2 }, { productId: widget.id, quantity: 5 }]);
    await accrue();
    // brand: 200.00 × 10 % = 20.00; all lines: 299.95 × 5 % = 14.9975 → 15.00 (half even)
    expect(await amounts(brandProgram.id, partner.partnerId, "ACCRUAL")).toEqual(["2000"]);
    expect(await amounts(allLines.id, partner.partnerId, "ACCRUAL")).toEqual(["1500"]);

    // one branded unit and two widgets back
    const note = await creditLines(invoiceId, [{ invoiceLineId: await lineOf(invoiceId, branded.id), quantity: 1 }, { invoiceLineId: await lineOf(invoiceId, widget.id), quantity: 2 }]);
    const runs = await Promise.all([accrue(), accrue()]);
    // one reversal per program between the two runs: the second waits for the first's locks, then finds its entries
    expect(runs.reduce((a, r) => a + r.reversals, 0)).toBe(2);
    expect((await accrue()).reversals).toBe(0);

    // brand: only the branded unit is eligible — 100.00 × 10 % = 10.00
    const [reversal] = (await entries(brandProgram.id, partner.partnerId)).filter((e) => e.kind === "ACCRUAL_REVERSAL");
    expect(reversal).toMatchObject({ amountMinor: "1000", invoiceId, creditNoteId: note.creditNoteId, sourceKey: `credit-note:${note.creditNoteId}`, reason: creditNoteNumberText(note.number) });
    expect(reversal!.explanation).toMatchObject({ mode: "lines", eligibleCreditedNetMinor: "10000", baseMinor: "10000", rate: "10", capped: false });
    // all lines: 100.00 + 2 × 19.99 = 139.98 × 5 % = 6.999 → 7.00
    expect(await amounts(allLines.id, partner.partnerId, "ACCRUAL_REVERSAL")).toEqual(["700"]);
    // two workers at once: exactly one entry per program
    const [count] = await ownerQuery<{ n: string }>(`SELECT count(*) AS n FROM "CoopEntry" WHERE "creditNoteId" = $1`, [note.creditNoteId]);
    expect(count!.n).toBe("2");

    const fund = await expectDerived(partner, reversal!.fundId);
    expect(fund.balance).toMatchObject({ earnedMinor: 1000n, availableMinor: 1000n });
    // the portal's ledger: the reversal with its credit note and invoice, taking from available
    const page = await ownEntriesPage(partner, reversal!.fundId, { kind: "ACCRUAL_REVERSAL" });
    expect(page.rows).toHaveLength(1);
    expect(page.rows[0]).toMatchObject({ kind: "ACCRUAL_REVERSAL", amountMinor: 1000n, availableEffectMinor: -1000n, reason: creditNoteNumberText(note.number), invoice: { id: invoiceId }, accrual: { rate: "10", baseMinor: "10000" } });
    // and the audit log names it
    const [audit] = await ownerQuery<{ n: string }>(`SELECT count(*) AS n FROM "AuditLog" WHERE "tenantId" = $1 AND action = 'coopFund.accrualReversed' AND "entityId" = $2`, [admin.tenantId, reversal!.fundId]);
    expect(Number(audit!.n)).toBe(1);
  }, 60_000);

  it("an amount credit note takes back the invoice's eligible share; a note on ineligible lines reverses nothing for a brand program", async () => {
    const partner = await createPartnerWithUser(admin, "PARTNER_ADMIN");
    const brandProgram = await seedCoopProgram(admin, { kind: "COOP", accrualBasis: "INVOICED", accrualRate: "10", brandId });
    const { invoiceId } = await shippedInvoice(admin, partner, [{ productId: branded.id, quantity: 2 }, { productId: widget.id, quantity: 5 }]);
    await accrue();
    expect(await amounts(brandProgram.id, partner.partnerId, "ACCRUAL")).toEqual(["2000"]);

    // widgets only: not the brand's — nothing to take back
    await creditLines(invoiceId, [{ invoiceLineId: await lineOf(invoiceId, widget.id), quantity: 3 }]);
    await accrue();
    expect(await amounts(brandProgram.id, partner.partnerId, "ACCRUAL_REVERSAL")).toEqual([]);

    // 30.00 off the invoice: its eligible share is 200.00 of 299.95 → base 30.00 × 20000 / 29995 = 20.0033 → 20.00; × 10 % = 2.00
    const note = await creditAmount(invoiceId, "30.00");
    await accrue();
    const reversals = (await entries(brandProgram.id, partner.partnerId)).filter((e) => e.kind === "ACCRUAL_REVERSAL");
    expect(reversals.map((e) => [e.amountMinor, e.creditNoteId])).toEqual([["200", note.creditNoteId]]);
    expect(reversals[0]!.explanation).toMatchObject({ mode: "amount", creditedNetMinor: "3000", invoiceEligibleNetMinor: "20000", invoiceNetMinor: "29995", baseMinor: "2000" });
  });

  it("never takes back more than the invoice accrued", async () => {
    const partner = await createPartnerWithUser(admin, "PARTNER_ADMIN");
    const program = await seedCoopProgram(admin, { kind: "COOP", accrualBasis: "INVOICED", accrualRate: "10", brandId });
    const { invoiceId } = await shippedInvoice(admin, partner, [{ productId: branded.id, quantity: 2 }]);
    await accrue();
    expect(await amounts(program.id, partner.partnerId, "ACCRUAL")).toEqual(["2000"]);
    // the terms changed after the invoice accrued (as the owner: a rate far above what it earned)
    await ownerQuery(`UPDATE "CoopProgram" SET "accrualRate" = 50 WHERE id = $1`, [program.id]);
    const line = await lineOf(invoiceId, branded.id);
    await creditLines(invoiceId, [{ invoiceLineId: line, quantity: 1 }]);
    await accrue();
    // 100.00 × 50 % = 50.00 computed, but the invoice holds 20.00
    const [first] = (await entries(program.id, partner.partnerId)).filter((e) => e.kind === "ACCRUAL_REVERSAL");
    expect(first).toMatchObject({ amountMinor: "2000" });
    expect(first!.explanation).toMatchObject({ computedMinor: "5000", accruedLeftMinor: "2000", capped: true });
    // the second unit: nothing left to take back
    await creditLines(invoiceId, [{ invoiceLineId: line, quantity: 1 }]);
    await accrue();
    expect(await amounts(program.id, partner.partnerId, "ACCRUAL_REVERSAL")).toEqual(["2000"]);
  });

  it("credit on account (no invoice) and co-op's own payment by credit note reverse nothing", async () => {
    const partner = await createPartnerWithUser(admin, "PARTNER_ADMIN");
    const program = await seedCoopProgram(admin, { kind: "COOP", accrualBasis: "INVOICED", accrualRate: "10", brandId });
    const { invoiceId } = await shippedInvoice(admin, partner, [{ productId: branded.id, quantity: 3 }]);
    await accrue();
    const [accrual] = await entries(program.id, partner.partnerId);
    expect(accrual!.amountMinor).toBe("3000");

    await issueCreditNote(finance, creditNoteSchema.parse({ partnerId: partner.partnerId, currency: "USD", reason: "Goodwill", amount: "50.00" }));
    // co-op paid as a credit note on that very invoice
    const submitted = await claim(partner, accrual!.fundId, await uploadProof(partner), "12.00");
    const approved = await decideClaim(admin, decideClaimSchema.parse({ claimId: submitted.id, version: submitted.version, decision: "APPROVE" }));
    const paid = await payClaim(finance, payClaimSchema.parse({ claimId: submitted.id, version: approved.version, method: "CREDIT_NOTE", invoiceId }));
    expect(paid.creditNoteId).not.toBeNull();
    const run = await accrue();
    expect(await amounts(program.id, partner.partnerId, "ACCRUAL_REVERSAL")).toEqual([]);
    expect(run.reversals).toBe(0);
    expect((await expectDerived(partner, accrual!.fundId)).balance).toMatchObject({ earnedMinor: 3000n, paidMinor: 1200n, availableMinor: 1800n });
  });

  it("a reversal of co-op already spent takes available below zero: shown, and no claim fits", async () => {
    const partner = await createPartnerWithUser(admin, "PARTNER_ADMIN");
    const program = await seedCoopProgram(admin, { kind: "COOP", accrualBasis: "INVOICED", accrualRate: "10", brandId });
    const { invoiceId } = await shippedInvoice(admin, partner, [{ productId: branded.id, quantity: 2 }]);
    await accrue();
    const [accrual] = await entries(program.id, partner.partnerId);
    const submitted = await claim(partner, accrual!.fundId, await uploadProof(partner), "20.00");
    const approved = await decideClaim(admin, decideClaimSchema.parse({ claimId: submitted.id, version: submitted.version, decision: "APPROVE" }));
    await payClaim(finance, payClaimSchema.parse({ claimId: submitted.id, version: approved.version, method: "PAYOUT", reference: "WIRE-REV" }));
    await creditLines(invoiceId, [{ invoiceLineId: await lineOf(invoiceId, branded.id), quantity: 2 }], "Both units returned");
    await accrue();
    const [reversal] = (await entries(program.id, partner.partnerId)).filter((e) => e.kind === "ACCRUAL_REVERSAL");
    expect(reversal!.amountMinor).toBe("2000");
    // the note is dated today, like the invoice: the same fund
    expect(reversal!.fundId).toBe(accrual!.fundId);
    const fund = await expectDerived(partner, accrual!.fundId);
    expect(fund.balance).toMatchObject({ earnedMinor: 0n, paidMinor: 2000n, availableMinor: -2000n });
    await rejectsWith(claim(partner, accrual!.fundId, await uploadProof(partner), "0.01"), "COOP_OVER_AVAILABLE");
  });
});

describe("co-op reversal by credit note (PAID)", () => {
  it("takes back only what returned paid money; a note on the open balance needs nothing (what is not paid never accrues); returned credit accrues where it is applied", async () => {
    const partner = await createPartnerWithUser(admin, "PARTNER_ADMIN");
    const program = await seedCoopProgram(admin, { kind: "COOP", accrualBasis: "PAID", accrualRate: "10" });

    // paid in full (99.95 → 9.995 → 10.00 half even), then 19.99 back: all of it returns paid money, on account
    const paidInFull = await shippedInvoice(admin, partner, [{ productId: widget.id, quantity: 5 }]);
    await pay(partner, paidInFull.invoiceId, "99.95");
    await accrue();
    expect(await amounts(program.id, partner.partnerId, "ACCRUAL")).toEqual(["1000"]);
    const returned = await creditAmount(paidInFull.invoiceId, "19.99");
    expect(returned.onAccountMinor).toBe(1999n);
    await accrue();
    // 19.99 × 10 % = 1.999 → 2.00
    expect(await amounts(program.id, partner.partnerId, "ACCRUAL_REVERSAL")).toEqual(["200"]);

    // half paid (50.00 → 5.00), then 59.95 credited: 49.95 settles the open balance, 10.00 goes on account
    const halfPaid = await shippedInvoice(admin, partner, [{ productId: widget.id, quantity: 5 }]);
    await pay(partner, halfPaid.invoiceId, "50.00");
    await accrue();
    const split = await creditAmount(halfPaid.invoiceId, "59.95");
    expect([split.appliedMinor, split.onAccountMinor]).toEqual([4995n, 1000n]);
    await accrue();
    const reversal = (await entries(program.id, partner.partnerId)).find((e) => e.creditNoteId === split.creditNoteId)!;
    // 59.95 × 10.00 / 59.95 = 10.00 returned → 1.00: what the partner keeps is 10 % of the 40.00 it paid net
    expect(reversal.amountMinor).toBe("100");
    expect(reversal.explanation).toMatchObject({ onAccountMinor: "1000", creditNoteTotalMinor: "5995", baseMinor: "1000" });

    // unpaid, credited 19.99 on its open balance: nothing accrued, nothing to reverse; the rest paid accrues on 79.96
    const unpaid = await shippedInvoice(admin, partner, [{ productId: widget.id, quantity: 5 }]);
    const settled = await creditAmount(unpaid.invoiceId, "19.99");
    expect(settled.onAccountMinor).toBe(0n);
    await pay(partner, unpaid.invoiceId, "79.96");
    await accrue();
    const onUnpaid = (await entries(program.id, partner.partnerId)).filter((e) => e.invoiceId === unpaid.invoiceId);
    expect(onUnpaid.map((e) => [e.kind, e.amountMinor])).toEqual([["ACCRUAL", "800"]]);

    // the returned 19.99 paying another invoice is paid money again: it accrues there (1.999 → 2.00)
    const next = await shippedInvoice(admin, partner, [{ productId: widget.id, quantity: 1 }]);
    await applyCreditToInvoice(finance, applyCreditSchema.parse({ creditNoteId: returned.creditNoteId, applications: [{ invoiceId: next.invoiceId, amount: "19.99" }], idempotencyKey: randomUUID() }));
    await accrue();
    await accrue();
    const onNext = (await entries(program.id, partner.partnerId)).filter((e) => e.invoiceId === next.invoiceId);
    expect(onNext.map((e) => [e.kind, e.amountMinor, e.creditNoteId])).toEqual([["ACCRUAL", "200", returned.creditNoteId]]);
    expect(onNext[0]!.sourceKey).toMatch(/^application:/);
  }, 60_000);
});

describe("running sums with reversals", () => {
  it("every CoopFundTotal row equals the sum of its entries", async () => {
    const kept = await ownerQuery<{ fundId: string; kind: string; forClaim: boolean; amountMinor: string; entries: number }>(
      `SELECT "fundId", kind::text AS kind, "forClaim", "amountMinor"::text AS "amountMinor", entries FROM "CoopFundTotal" WHERE "tenantId" = $1 ORDER BY 1, 2, 3`,
      [admin.tenantId],
    );
    const computed = await ownerQuery<{ fundId: string; kind: string; forClaim: boolean; amountMinor: string; entries: number }>(
      `SELECT "fundId", kind::text AS kind, "claimId" IS NOT NULL AS "forClaim", sum("amountMinor")::text AS "amountMinor", count(*)::int AS entries
         FROM "CoopEntry" WHERE "tenantId" = $1 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      [admin.tenantId],
    );
    expect(kept).toEqual(computed);
    expect(kept.some((row) => row.kind === "ACCRUAL_REVERSAL")).toBe(true);
  });
});

describe("co-op accrual's pending sources", () => {
  it("invoices with nothing a brand's program applies to never fill a run's batch: later invoices still accrue", async () => {
    const vendor = await createTestTenant();
    const other = await seedProduct(vendor, { nameEn: "Other", nameEs: "Otro" });
    const brand = (await createBrand(vendor, { name: `Batch brand ${randomUUID().slice(0, 6)}` })).id;
    const ours = await seedProduct(vendor, { brandId: brand });
    await seedPriceList(vendor, { target: "BASE" }, [[other.sku, 1, "PRICE", "10.00"], [ours.sku, 1, "PRICE", "100.00"]]);
    await stockUp(vendor, other.id, 100);
    await stockUp(vendor, ours.id, 100);
    const partner = await createPartnerWithUser(vendor, "PARTNER_ADMIN");
    const program = await seedCoopProgram(vendor, { kind: "COOP", accrualBasis: "INVOICED", accrualRate: "10", brandId: brand });
    // three invoices of another brand first (they earn this program nothing), then one of its brand
    for (let i = 0; i < 3; i++) await shippedInvoice(vendor, partner, [{ productId: other.id, quantity: 1 }]);
    const { invoiceId } = await shippedInvoice(vendor, partner, [{ productId: ours.id, quantity: 1 }]);

    // runs of two sources each: the other brand's invoices are not pending for this program
    const run = await accrueTenant(systemCtx(vendor.tenantId), new Date(), { batch: 2 });
    expect(run.entries).toBe(1);
    const [entry] = await ownerQuery<{ amountMinor: string; invoiceId: string }>(
      `SELECT e."amountMinor", e."invoiceId" FROM "CoopEntry" e JOIN "CoopFund" f ON f.id = e."fundId" WHERE f."programId" = $1 AND e.kind = 'ACCRUAL'`,
      [program.id],
    );
    // 100.00 × 10 % = 10.00
    expect(entry).toEqual({ amountMinor: "1000", invoiceId });
  }, 60_000);
});
