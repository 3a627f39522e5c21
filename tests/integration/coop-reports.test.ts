/**
 * The back office's co-op reads on PostgreSQL, with exact figures: the queues (paged,
 * filtered, with the wait of what awaits the vendor), the funds list with balances, the
 * request and claim details with what paying would post, and the reports — liability by
 * program and partner, spend by activity type, return on funds against invoiced revenue.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@/lib/activities/dates";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { decideClaim } from "@/lib/coop/claims";
import { getClaim, getProgram, getRequest, listPrograms } from "@/lib/coop/detail";
import { payClaim } from "@/lib/coop/pay";
import { claimQueue, coopOptions, fundsPage, requestQueue } from "@/lib/coop/queues";
import { liabilityReport, returnOnFunds, spendByActivity } from "@/lib/coop/reports";
import { proposeRequest } from "@/lib/coop/requests";
import { decideClaimSchema, payClaimSchema, requestSchema } from "@/lib/coop/schema";
import { DEFAULT_REVIEW_SLA_HOURS } from "@/lib/coop/sla";
import { ownerQuery } from "@/tests/fixtures/db";
import { addVendorUser, createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";
import { seedProduct } from "@/tests/fixtures/catalog";
import { seedPriceList } from "@/tests/fixtures/pricing";
import { stockUp } from "@/tests/fixtures/orders";
import { shippedInvoice } from "@/tests/fixtures/invoicing";
import { allocate, claim, seedCoopProgram, today, uploadProof } from "@/tests/fixtures/coop";

let admin: VendorCtx;
let rep: VendorCtx;
let partner: PartnerCtx;
let other: PartnerCtx;
let programId: string;
let fundId: string;
let otherFundId: string;
let adsClaimId: string;
let trainingClaimId: string;
let requestId: string;
let widget: { id: string; sku: string };

const approve = (claimId: string, version: number, approved = "") => decideClaim(admin, decideClaimSchema.parse({ claimId, version, decision: "APPROVE", approved }));

beforeAll(async () => {
  admin = await createTestTenant();
  rep = await addVendorUser(admin, "SALES_REP");
  partner = await createPartnerWithUser(admin, "PARTNER_ADMIN");
  other = await createPartnerWithUser(admin, "PARTNER_ADMIN");
  widget = await seedProduct(admin, { nameEn: "Widget", nameEs: "Artilugio" });
  await seedPriceList(admin, { target: "BASE" }, [[widget.sku, 1, "PRICE", "100.00"]]);
  await stockUp(admin, widget.id, 100);

  programId = (await seedCoopProgram(admin, { name: `Launch MDF ${randomUUID().slice(0, 6)}`, campaign: "Launch" })).id;
  fundId = await allocate(admin, programId, partner.partnerId, "1000.00");
  otherFundId = await allocate(admin, programId, other.partnerId, "250.00");
  // partner: ads claimed 300, approved 200 and paid by payout; training claimed 50 and approved (unpaid); a request of 20 proposed
  const ads = await claim(partner, fundId, await uploadProof(partner), "300", { title: "Search ads" });
  adsClaimId = ads.id;
  const adsApproved = await approve(ads.id, ads.version, "200");
  await payClaim(admin, payClaimSchema.parse({ claimId: ads.id, version: adsApproved.version, method: "PAYOUT", reference: "WIRE-1" }));
  const training = await claim(partner, fundId, await uploadProof(partner), "50", { title: "Reseller webinar", activityType: "TRAINING" });
  trainingClaimId = training.id;
  await approve(training.id, training.version);
  const day = today(partner);
  requestId = (await proposeRequest(partner, requestSchema.parse({ fundId, activityType: "TRADE_SHOW", title: "Expo booth", startsOn: day, endsOn: day, plannedCost: "40", requested: "20", submissionKey: randomUUID() }))).id;
  // other: a claim of 30 waiting for review
  await claim(other, otherFundId, await uploadProof(other), "30", { title: "Flyers", activityType: "CO_BRANDED_PRINT" });
});

describe("liability by program and partner", () => {
  it("owes what was earned less what was paid and expired, split into committed and unclaimed", async () => {
    const { rows, totals } = await liabilityReport(rep);
    const expiresOn = (await ownerQuery<{ expiresOn: Date }>(`SELECT "expiresOn" FROM "CoopFund" WHERE id = $1`, [fundId]))[0]!.expiresOn.toISOString().slice(0, 10);
    const mine = rows.find((r) => r.partnerId === partner.partnerId)!;
    // earned 1000; paid 200; committed: the training claim's 50 (a proposed request reserves nothing)
    expect(mine).toMatchObject({ programId, funds: 1, earnedMinor: 100000n, paidMinor: 20000n, expiredMinor: 0n, committedMinor: 5000n, unclaimedMinor: 75000n, liabilityMinor: 80000n, expiringSoonMinor: 0n, nextExpiry: expiresOn });
    const theirs = rows.find((r) => r.partnerId === other.partnerId)!;
    expect(theirs).toMatchObject({ earnedMinor: 25000n, paidMinor: 0n, committedMinor: 3000n, unclaimedMinor: 22000n, liabilityMinor: 25000n });
    expect(totals).toEqual([{ currency: admin.tenant.currency, liabilityMinor: 105000n, committedMinor: 8000n, unclaimedMinor: 97000n, expiringSoonMinor: 0n }]);
    // filtered to one partner
    expect((await liabilityReport(rep, { partnerId: other.partnerId })).rows.map((r) => r.liabilityMinor)).toEqual([25000n]);
  });

  it("counts unclaimed money of a fund expiring within 30 days apart", async () => {
    // a fund of the period that ended 20 days ago: it expires 30 days after, so within 30 days from today
    const ended = addDays(today(admin), -20);
    const lastPeriodFund = await allocate(admin, programId, other.partnerId, "10.00", ended);
    const row = (await liabilityReport(rep, { partnerId: other.partnerId })).rows[0]!;
    const [fund] = await ownerQuery<{ periodEnd: Date; expiresOn: Date }>(`SELECT "periodEnd", "expiresOn" FROM "CoopFund" WHERE id = $1`, [lastPeriodFund]);
    const expires = fund!.expiresOn.toISOString().slice(0, 10);
    const soon = expires > today(admin) && expires <= addDays(today(admin), 30);
    expect(row.funds).toBe(lastPeriodFund === otherFundId ? 1 : 2);
    expect(row.expiringSoonMinor).toBe(soon ? 1000n : 0n);
    expect(row.liabilityMinor).toBe(26000n);
  });
});

describe("spend by activity type", () => {
  it("sums claims paid in the range and what is approved and unpaid", async () => {
    const day = today(admin);
    expect(await spendByActivity(rep, { from: day, to: day })).toEqual([
      { activityType: "DIGITAL_ADS", currency: admin.tenant.currency, claims: 1, paidMinor: 20000n, approvedUnpaidMinor: 0n },
      { activityType: "TRAINING", currency: admin.tenant.currency, claims: 0, paidMinor: 0n, approvedUnpaidMinor: 5000n },
    ]);
    // a range without payments keeps only what awaits payment
    expect(await spendByActivity(rep, { from: "2001-01-01", to: "2001-12-31" })).toEqual([{ activityType: "TRAINING", currency: admin.tenant.currency, claims: 0, paidMinor: 0n, approvedUnpaidMinor: 5000n }]);
  });
});

describe("return on funds", () => {
  it("compares the partner's invoiced net in the months before and after each paid activity", async () => {
    const day = today(admin);
    // invoices of 3, 5 and 2 widgets at 100.00 (net): one 20 days before the activity, one 10 days after, one 5 months before (outside 3 months)
    const place = async (quantity: number, issueDate: string) => {
      const { invoiceId } = await shippedInvoice(admin, partner, [{ productId: widget.id, quantity }]);
      await ownerQuery(`UPDATE "Invoice" SET "issueDate" = $2::date WHERE id = $1`, [invoiceId, issueDate]);
    };
    await place(3, addDays(day, -20));
    await place(5, addDays(day, 10));
    await place(2, addDays(day, -150));
    const [row] = await returnOnFunds(rep, 3);
    expect(row).toMatchObject({ claimId: adsClaimId, partnerId: partner.partnerId, paidMinor: 20000n, beforeMinor: 30000n, afterMinor: 50000n, afterComplete: false, returnTenths: 10n });
    // six months: the invoice 150 days before counts too → (500 − 500) / 200 = 0.0×
    expect((await returnOnFunds(rep, 6))[0]).toMatchObject({ beforeMinor: 50000n, afterMinor: 50000n, returnTenths: 0n });
  });
});

describe("queues, funds and details", () => {
  it("pages the claims queue oldest first, with the wait of what awaits review", async () => {
    const later = new Date(Date.now() + (DEFAULT_REVIEW_SLA_HOURS + 1) * 3_600_000);
    const queue = await claimQueue(rep, {}, later);
    expect(queue.rows.map((r) => r.title)).toEqual(["Search ads", "Reseller webinar", "Flyers"]);
    expect(queue.rows.map((r) => r.status)).toEqual(["PAID", "APPROVED", "SUBMITTED"]);
    expect(queue.rows[2]!.waitingHours).toBeGreaterThan(DEFAULT_REVIEW_SLA_HOURS);
    // past the default target: overdue; what no longer waits never is
    expect([queue.targetHours, queue.rows.map((r) => r.overdue)]).toEqual([DEFAULT_REVIEW_SLA_HOURS, [false, false, true]]);
    expect([queue.rows[0]!.waitingHours, queue.total, queue.waiting, queue.awaitingPayment]).toEqual([null, 3, 1, 1]);
    const filtered = await claimQueue(rep, { status: "SUBMITTED", partner: other.partnerId });
    expect(filtered.rows.map((r) => [r.title, r.partner.name, r.claimedMinor])).toEqual([["Flyers", other.partner.name, 3000n]]);
    expect((await claimQueue(rep, { program: "cop_unknown" })).total).toBe(0);
  });

  it("lists requests and funds with balances from the ledger", async () => {
    const requests = await requestQueue(rep, { status: "PROPOSED" });
    expect([requests.rows.map((r) => r.id), requests.waiting]).toEqual([[requestId], 1]);
    const funds = await fundsPage(rep, { partner: partner.partnerId });
    expect(funds.rows.map((f) => [f.id, f.balance.availableMinor, f.balance.paidMinor, f.balance.claimedMinor])).toEqual([[fundId, 75000n, 20000n, 5000n]]);
    const options = await coopOptions(rep);
    expect(options.programs.find((p) => p.value === programId)).toMatchObject({ kind: "MDF", active: true });
    expect(options.periods.length).toBeGreaterThan(0);
  });

  it("shows a claim with what paying it would post, and a request with what it holds", async () => {
    const training = await getClaim(rep, trainingClaimId);
    expect([training.status, training.approvedMinor, training.heldMinor, training.shareCapMinor, training.documents.length]).toEqual(["APPROVED", 5000n, 5000n, 5000n, 1]);
    // the open invoices of the partner that can take 50.00, oldest first; a payout posts the program's expense account against the bank
    expect(training.payment!.creditNote.invoices.length).toBeGreaterThan(0);
    expect(training.payment!.creditNote.oldest!.balanceMinor).toBeGreaterThanOrEqual(5000n);
    expect(training.payment!.payout).toEqual({ expenseAccount: "6150", bankAccount: "1000" });
    const paid = await getClaim(rep, adsClaimId);
    expect([paid.status, paid.payment, paid.payMethod, paid.payoutReference, paid.heldMinor]).toEqual(["PAID", null, "PAYOUT", "WIRE-1", 0n]);
    const request = await getRequest(rep, requestId);
    expect([request.status, request.reservedMinor, request.fund.balance.availableMinor]).toEqual(["PROPOSED", 0n, 75000n]);
    await expect(getClaim(rep, "ccl_unknown")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("reads programs with their terms as typed", async () => {
    const program = await getProgram(rep, programId);
    const [{ count }] = await ownerQuery<{ count: number }>(`SELECT count(*)::int AS count FROM "CoopFund" WHERE "programId" = $1`, [programId]);
    expect([program.kind, program.campaign, program.maxSharePercent, program.accrualRate, program.funds]).toEqual(["MDF", "Launch", 100, null, count]);
    expect((await listPrograms(rep)).map((p) => p.id)).toContain(programId);
  });
});
