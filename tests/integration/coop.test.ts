/**
 * Co-op and MDF on PostgreSQL: MDF allocated, a request approved in part and reserved, its
 * claim with proof approved and paid by credit note (receivables and the journal see it) or
 * by payout (a balanced journal posting); co-op accrued from invoices and payments exactly
 * once; expiry at period end and the reminders before it; every balance the sum of entries.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@/lib/activities/dates";
import { systemCtx, type PartnerCtx, type VendorCtx } from "@/lib/auth/context";
import { accrueTenant } from "@/lib/coop/accrual";
import { balanceOf, type BalanceRow } from "@/lib/coop/balances";
import { decideClaim, submitClaim } from "@/lib/coop/claims";
import { expireTenant, remindTenant } from "@/lib/coop/expiry";
import { payClaim } from "@/lib/coop/pay";
import { periodOf } from "@/lib/coop/periods";
import { getFund, getOwnFund, listOwnClaims, listOwnFunds } from "@/lib/coop/read";
import { decideRequest, proposeRequest } from "@/lib/coop/requests";
import { claimSchema, decideClaimSchema, decideRequestSchema, payClaimSchema, requestSchema, type CoopEntryKindValue } from "@/lib/coop/schema";
import { recordPayment } from "@/lib/invoicing/payments";
import { recordPaymentSchema } from "@/lib/invoicing/schema";
import { ownerQuery } from "@/tests/fixtures/db";
import { addVendorUser, createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";
import { createBrand } from "@/lib/catalog/taxonomy";
import { seedProduct } from "@/tests/fixtures/catalog";
import { seedPriceList } from "@/tests/fixtures/pricing";
import { stockUp } from "@/tests/fixtures/orders";
import { shippedInvoice } from "@/tests/fixtures/invoicing";
import { allocate, claim, entriesOf, seedCoopProgram, today, uploadProof } from "@/tests/fixtures/coop";

let admin: VendorCtx;
let finance: VendorCtx;
let partner: PartnerCtx;
let widget: { id: string; sku: string };
let branded: { id: string; sku: string };
let brandId: string;

beforeAll(async () => {
  admin = await createTestTenant();
  finance = await addVendorUser(admin, "FINANCE");
  partner = await createPartnerWithUser(admin, "PARTNER_ADMIN");
  widget = await seedProduct(admin, { nameEn: "Widget", nameEs: "Artilugio" });
  brandId = (await createBrand(admin, { name: `Coop brand ${randomUUID().slice(0, 6)}` })).id;
  branded = await seedProduct(admin, { brandId });
  await seedPriceList(admin, { target: "BASE" }, [[widget.sku, 1, "PRICE", "19.99"], [branded.sku, 1, "PRICE", "100.00"]]);
  await stockUp(admin, widget.id, 1000);
  await stockUp(admin, branded.id, 10);
});

/** The fund's balances as the service reports them equal the fold of its raw entries. */
async function expectDerived(ctx: VendorCtx | PartnerCtx, fundId: string) {
  const fund = ctx.audience === "partner" ? await getOwnFund(ctx, fundId) : await getFund(ctx, fundId);
  const rows: BalanceRow[] = (await entriesOf(fundId)).map((e) => ({ kind: e.kind as CoopEntryKindValue, amountMinor: e.amountMinor, forClaim: e.claimId !== null }));
  expect(fund.balance).toEqual(balanceOf(rows));
  expect(fund.entries.reduce((a, e) => a + e.availableEffectMinor, 0n)).toBe(fund.balance.availableMinor);
  return fund;
}

const ledgerBalanced = async (tenantId: string) =>
  (await ownerQuery<{ postingId: string; debit: string; credit: string }>(`SELECT "postingId", sum("debitMinor") AS debit, sum("creditMinor") AS credit FROM "JournalLine" WHERE "tenantId" = $1 GROUP BY 1`, [tenantId])).every((p) => p.debit === p.credit);

describe("MDF: request → approval in part → claim with proof → paid by credit note", () => {
  it("reserves, moves the reservation to the claim, releases the rest, and pays through receivables", async () => {
    const program = await seedCoopProgram(admin, { requiresPreApproval: true, maxSharePercent: "50" });
    const fundId = await allocate(admin, program.id, partner.partnerId, "1000.00");
    expect((await expectDerived(partner, fundId)).balance.availableMinor).toBe(100000n);

    const material = await uploadProof(partner, "coop.material");
    const day = today(partner);
    const request = await proposeRequest(
      partner,
      requestSchema.parse({ fundId, activityType: "TRADE_SHOW", title: "Expo booth", startsOn: day, endsOn: day, plannedCost: "1200", requested: "600", documentFileIds: [material], submissionKey: randomUUID() }),
    );
    expect(request.status).toBe("PROPOSED");
    const approved = await decideRequest(admin, decideRequestSchema.parse({ requestId: request.id, version: request.version, decision: "APPROVE", approved: "450.00", reason: "Half the booth" }));
    expect([approved.status, approved.approvedMinor]).toEqual(["APPROVED", 45000n]);
    let fund = await expectDerived(partner, fundId);
    expect([fund.balance.reservedMinor, fund.balance.availableMinor]).toEqual([45000n, 55000n]);

    const proof = await uploadProof(partner);
    const submitted = await submitClaim(
      partner,
      claimSchema.parse({ fundId, requestId: request.id, activityType: "TRADE_SHOW", title: "Expo booth", startsOn: day, endsOn: day, actualCost: "900", claimed: "420", proofFileIds: [proof], submissionKey: randomUUID() }),
    );
    fund = await expectDerived(partner, fundId);
    // the request's 450 released, the claim's 420 reserved: 30 back to available
    expect([fund.balance.reservedMinor, fund.balance.claimedMinor, fund.balance.availableMinor]).toEqual([0n, 42000n, 58000n]);

    const decided = await decideClaim(admin, decideClaimSchema.parse({ claimId: submitted.id, version: submitted.version, decision: "APPROVE", approved: "400" }));
    expect([decided.status, decided.approvedMinor]).toEqual(["APPROVED", 40000n]);
    fund = await expectDerived(admin, fundId);
    expect([fund.balance.claimedMinor, fund.balance.availableMinor]).toEqual([40000n, 60000n]);

    const { invoiceId } = await shippedInvoice(admin, partner, [{ productId: widget.id, quantity: 30 }]);
    const [before] = await ownerQuery<{ balanceMinor: string }>(`SELECT "balanceMinor" FROM "Invoice" WHERE id = $1`, [invoiceId]);
    const paid = await payClaim(finance, payClaimSchema.parse({ claimId: submitted.id, version: decided.version, method: "CREDIT_NOTE", invoiceId }));
    expect(paid.status).toBe("PAID");
    expect(paid.reference).toMatch(/^CN-\d{6}$/);
    const [after] = await ownerQuery<{ balanceMinor: string }>(`SELECT "balanceMinor" FROM "Invoice" WHERE id = $1`, [invoiceId]);
    expect(BigInt(before!.balanceMinor) - BigInt(after!.balanceMinor)).toBe(40000n);
    const [note] = await ownerQuery<{ totalMinor: string; partnerId: string }>(`SELECT "totalMinor", "partnerId" FROM "CreditNote" WHERE id = $1`, [paid.creditNoteId]);
    expect([note!.totalMinor, note!.partnerId]).toEqual(["40000", partner.partnerId]);
    const journal = await ownerQuery<{ n: string }>(`SELECT count(*) AS n FROM "JournalLine" WHERE "postingId" = $1`, [paid.creditNoteId]);
    expect(Number(journal[0]!.n)).toBeGreaterThan(0);
    expect(await ledgerBalanced(admin.tenantId)).toBe(true);

    fund = await expectDerived(partner, fundId);
    expect(fund.balance).toMatchObject({ earnedMinor: 100000n, reservedMinor: 0n, claimedMinor: 0n, paidMinor: 40000n, availableMinor: 60000n });
    expect(fund.entries.map((e) => e.kind).reverse()).toEqual(["ALLOCATION", "RESERVATION", "RELEASE", "RESERVATION", "RELEASE", "RELEASE", "CLAIM_PAYMENT"]);
    const claims = await listOwnClaims(partner);
    expect(claims.find((c) => c.id === submitted.id)).toMatchObject({ status: "PAID", payMethod: "CREDIT_NOTE", proofs: [{ fileId: proof, name: "proof.pdf" }] });
    // the partner's users were told at every step
    const [events] = await ownerQuery<{ n: string }>(`SELECT count(*) AS n FROM "OutboxEvent" WHERE "tenantId" = $1 AND type LIKE 'coop.%'`, [admin.tenantId]);
    expect(Number(events!.n)).toBeGreaterThanOrEqual(5);
  });

  it("a payout posts the program's expense against the bank, balanced, and the claim's money leaves the fund", async () => {
    const program = await seedCoopProgram(admin, { expenseAccount: "6155" });
    const fundId = await allocate(admin, program.id, partner.partnerId, "300");
    const proof = await uploadProof(partner);
    const submitted = await claim(partner, fundId, proof, "120.50");
    const decided = await decideClaim(admin, decideClaimSchema.parse({ claimId: submitted.id, version: submitted.version, decision: "APPROVE" }));
    const paid = await payClaim(admin, payClaimSchema.parse({ claimId: submitted.id, version: decided.version, method: "PAYOUT", reference: "WIRE-77" }));
    expect([paid.method, paid.reference, paid.creditNoteId]).toEqual(["PAYOUT", "WIRE-77", null]);
    const lines = await ownerQuery<{ account: string; debitMinor: string; creditMinor: string; sourceType: string }>(`SELECT account, "debitMinor", "creditMinor", "sourceType" FROM "JournalLine" WHERE "postingId" = $1 ORDER BY seq`, [submitted.id]);
    expect(lines).toEqual([
      { account: "6155", debitMinor: "12050", creditMinor: "0", sourceType: "COOP_PAYOUT" },
      { account: "1000", debitMinor: "0", creditMinor: "12050", sourceType: "COOP_PAYOUT" },
    ]);
    const fund = await expectDerived(partner, fundId);
    expect(fund.balance).toMatchObject({ paidMinor: 12050n, claimedMinor: 0n, availableMinor: 17950n });
  });
});

describe("co-op accrual from invoices and payments", () => {
  it("accrues the rate on eligible net purchases once per source; replays add nothing; payments accrue in proportion", async () => {
    const rival = await createPartnerWithUser(admin, "PARTNER_ADMIN");
    const invoiced = await seedCoopProgram(admin, { kind: "COOP", accrualBasis: "INVOICED", accrualRate: "5", requiresPreApproval: false });
    const paidBasis = await seedCoopProgram(admin, { kind: "COOP", accrualBasis: "PAID", accrualRate: "2.5" });
    const { invoiceId } = await shippedInvoice(admin, rival, [{ productId: widget.id, quantity: 3 }]);
    const [invoice] = await ownerQuery<{ subtotalMinor: string; totalMinor: string }>(`SELECT "subtotalMinor", "totalMinor" FROM "Invoice" WHERE id = $1`, [invoiceId]);
    expect(invoice!.subtotalMinor).toBe("5997");

    const first = await accrueTenant(systemCtx(admin.tenantId));
    expect(first.entries).toBeGreaterThanOrEqual(1);
    const mine = await ownerQuery<{ fundId: string; amountMinor: string; invoiceId: string; explanation: { rate: string } }>(
      `SELECT e."fundId", e."amountMinor", e."invoiceId", e.explanation FROM "CoopEntry" e JOIN "CoopFund" f ON f.id = e."fundId" WHERE f."programId" = $1 AND e."partnerId" = $2`,
      [invoiced.id, rival.partnerId],
    );
    // 59.97 × 5 % = 2.9985 → 3.00 (half even on 299.85)
    expect(mine.map((e) => [e.amountMinor, e.invoiceId])).toEqual([["300", invoiceId]]);
    expect(mine[0]!.explanation.rate).toBe("5");

    const replay = await accrueTenant(systemCtx(admin.tenantId));
    const again = await Promise.all([accrueTenant(systemCtx(admin.tenantId)), accrueTenant(systemCtx(admin.tenantId))]);
    expect([replay.entries, ...again.map((r) => r.entries)]).toEqual([0, 0, 0]);

    await recordPayment(finance, recordPaymentSchema.parse({ partnerId: rival.partnerId, currency: "USD", amount: "20.00", receivedOn: today(admin), method: "BANK_TRANSFER", reference: "COOP-PAY", idempotencyKey: `coop-pay-${invoiceId}`, applications: [{ invoiceId, amount: "20.00" }] }));
    await accrueTenant(systemCtx(admin.tenantId));
    await accrueTenant(systemCtx(admin.tenantId));
    const byPayment = await ownerQuery<{ amountMinor: string; paymentId: string | null }>(
      `SELECT e."amountMinor", e."paymentId" FROM "CoopEntry" e JOIN "CoopFund" f ON f.id = e."fundId" WHERE f."programId" = $1 AND e."partnerId" = $2`,
      [paidBasis.id, rival.partnerId],
    );
    // 20.00 of 59.97 paid (no tax): the whole net share 20.00 × 2.5 % = 0.50
    expect(invoice!.totalMinor).toBe("5997");
    expect(byPayment.length).toBe(1);
    expect(byPayment[0]!.amountMinor).toBe("50");
    expect(byPayment[0]!.paymentId).not.toBeNull();
    const funds = await listOwnFunds(rival);
    expect(funds.map((f) => f.balance.earnedMinor).sort()).toEqual([300n, 50n].sort());
  });

  it("a program for one brand accrues only on that brand's lines", async () => {
    const other = await createPartnerWithUser(admin, "PARTNER_ADMIN");
    const program = await seedCoopProgram(admin, { kind: "COOP", accrualBasis: "INVOICED", accrualRate: "10", brandId });
    await shippedInvoice(admin, other, [{ productId: branded.id, quantity: 2 }, { productId: widget.id, quantity: 5 }]);
    await accrueTenant(systemCtx(admin.tenantId));
    const rows = await ownerQuery<{ amountMinor: string }>(`SELECT e."amountMinor" FROM "CoopEntry" e JOIN "CoopFund" f ON f.id = e."fundId" WHERE f."programId" = $1`, [program.id]);
    expect(rows.map((r) => r.amountMinor)).toEqual(["2000"]);
  });
});

describe("expiry and reminders", () => {
  it("reminds 30 and 7 days before, once each; at expiry what is available expires, reservations of claims are honoured", async () => {
    const other = await createPartnerWithUser(admin, "PARTNER_ADMIN");
    const program = await seedCoopProgram(admin, { graceDays: "10" });
    const day = today(admin);
    const fundId = await allocate(admin, program.id, other.partnerId, "500");
    const proof = await uploadProof(other);
    const submitted = await claim(other, fundId, proof, "200");
    const { end } = periodOf(day, "QUARTER");
    const expiresOn = addDays(end, 11);
    const at = (d: string) => new Date(`${d}T12:00:00Z`);
    const sys = systemCtx(admin.tenantId);
    const reminders = async () => Number((await ownerQuery<{ n: string }>(`SELECT count(*) AS n FROM "OutboxEvent" WHERE "tenantId" = $1 AND type = 'coop.reminder' AND payload::text LIKE $2`, [admin.tenantId, `%${expiresOn}%`]))[0]!.n);

    await remindTenant(sys, at(addDays(expiresOn, -40)));
    expect(await reminders()).toBe(0);
    await remindTenant(sys, at(addDays(expiresOn, -29)));
    await remindTenant(sys, at(addDays(expiresOn, -28)));
    expect(await reminders()).toBe(1);
    await remindTenant(sys, at(addDays(expiresOn, -6)));
    await remindTenant(sys, at(addDays(expiresOn, -5)));
    expect(await reminders()).toBe(2);

    const before = await expireTenant(sys, at(addDays(expiresOn, -1)));
    expect(before.funds).toBe(0);
    await expireTenant(sys, at(expiresOn));
    let fund = await getFund(admin, fundId);
    expect(fund.balance).toMatchObject({ expiredMinor: 30000n, claimedMinor: 20000n, availableMinor: 0n });
    expect((await expireTenant(sys, at(expiresOn))).funds).toBe(0);

    // a claim rejected after expiry gives its money back to the fund, and the next run expires it
    await decideClaim(admin, decideClaimSchema.parse({ claimId: submitted.id, version: submitted.version, decision: "REJECT", reason: "No proof of the ads running" }));
    fund = await getFund(admin, fundId);
    expect(fund.balance.availableMinor).toBe(20000n);
    await expireTenant(sys, at(addDays(expiresOn, 1)));
    fund = await expectDerived(admin, fundId);
    expect(fund.balance).toMatchObject({ earnedMinor: 50000n, expiredMinor: 50000n, claimedMinor: 0n, availableMinor: 0n });
  });

  it("an approved request past its claim deadline expires and its reservation is released", async () => {
    const other = await createPartnerWithUser(admin, "PARTNER_ADMIN");
    const program = await seedCoopProgram(admin, { claimDays: "5" });
    const fundId = await allocate(admin, program.id, other.partnerId, "100");
    const day = today(other);
    const request = await proposeRequest(other, requestSchema.parse({ fundId, activityType: "TRAINING", title: "Workshop", startsOn: day, endsOn: day, plannedCost: "80", requested: "80", submissionKey: randomUUID() }));
    await decideRequest(admin, decideRequestSchema.parse({ requestId: request.id, version: request.version, decision: "APPROVE" }));
    expect((await getOwnFund(other, fundId)).balance.reservedMinor).toBe(8000n);
    const result = await expireTenant(systemCtx(admin.tenantId), new Date(`${addDays(day, 6)}T12:00:00Z`));
    expect(result.requests).toBe(1);
    const fund = await expectDerived(other, fundId);
    expect([fund.balance.reservedMinor, fund.balance.availableMinor]).toEqual([0n, 10000n]);
    const [row] = await ownerQuery<{ status: string }>(`SELECT status::text FROM "CoopRequest" WHERE id = $1`, [request.id]);
    expect(row!.status).toBe("EXPIRED");
  });
});
