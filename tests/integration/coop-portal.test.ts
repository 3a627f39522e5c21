/**
 * The partner portal's co-op reads on PostgreSQL: the "order N more to earn M" hint computed
 * from the ledger's accruals exactly as the accrual job rounds, only for programs the
 * partner accrues under; a fund's ledger page by page with its kind filter; a request or a
 * claim with its documents; the co-op upload that takes only co-op purposes; and another
 * partner's ids answered NOT_FOUND everywhere.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { systemCtx, type PartnerCtx, type VendorCtx } from "@/lib/auth/context";
import { accrueTenant } from "@/lib/coop/accrual";
import { nextStep, ownCoopHints, type CoopStepHint } from "@/lib/coop/hint";
import { getOwnClaim, getOwnRequest, ownCoopChoices, ownEntriesPage } from "@/lib/coop/portal";
import { listOwnFunds } from "@/lib/coop/read";
import { decideRequest, proposeRequest } from "@/lib/coop/requests";
import { decideRequestSchema, requestSchema } from "@/lib/coop/schema";
import { uploadCoopDocument } from "@/lib/files/service";
import { enrolPartner } from "@/lib/programs/enrolment";
import { percentOf } from "@/lib/money";
import { seedProduct } from "@/tests/fixtures/catalog";
import { allocate, claim, seedCoopProgram, today, uploadProof } from "@/tests/fixtures/coop";
import { rejectsWith } from "@/tests/fixtures/expect";
import { createLadderProgram, record } from "@/tests/fixtures/programs";
import { createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";
import { bodyOf, pdf } from "@/tests/fixtures/files";
import { shippedInvoice } from "@/tests/fixtures/invoicing";
import { stockUp } from "@/tests/fixtures/orders";
import { seedPriceList } from "@/tests/fixtures/pricing";

let admin: VendorCtx;
let partner: PartnerCtx;
let rival: PartnerCtx;
let widget: { id: string; sku: string };

beforeAll(async () => {
  admin = await createTestTenant();
  partner = await createPartnerWithUser(admin, "PARTNER_ADMIN");
  rival = await createPartnerWithUser(admin, "PARTNER_ADMIN");
  widget = await seedProduct(admin, { nameEn: "Widget", nameEs: "Artilugio" });
  await seedPriceList(admin, { target: "BASE" }, [[widget.sku, 1, "PRICE", "19.99"]]);
  await stockUp(admin, widget.id, 1000);
});

describe("nextStep (the hint's arithmetic)", () => {
  it("aims at the next 100 of co-op, skipping one closer than 25, with the smallest whole purchase that reaches it", () => {
    // 5 %: 100.00 of co-op needs 2,000.00 of purchases
    expect(nextStep(0n, "5", "USD")).toEqual({ orderMinor: 200_000n, earnMinor: 10_000n, reachesMinor: 10_000n });
    // 99.90 earned: 100 is 0.10 away (trivial), so 200 — 100.10 more needs 2,002.00
    expect(nextStep(9_990n, "5", "USD")).toEqual({ orderMinor: 200_200n, earnMinor: 10_010n, reachesMinor: 20_000n });
    // 3 %: 3,333.34 would do, but purchases are whole units: 3,334.00 earns 100.02
    expect(nextStep(0n, "3", "USD")).toEqual({ orderMinor: 333_400n, earnMinor: 10_002n, reachesMinor: 10_002n });
    // a currency without decimals: 100 JPY of co-op at 2.5 %: 3,980 JPY earns 99.5, rounded half even to 100
    expect(nextStep(0n, "2.5", "JPY")).toEqual({ orderMinor: 3_980n, earnMinor: 100n, reachesMinor: 100n });
  });

  it("the purchase is the smallest: one unit less would not reach the milestone", () => {
    for (const [earned, rate] of [
      [0n, "3"],
      [12_345n, "2.5"],
      [7_499n, "7.25"],
      [100_000n, "0.5"],
    ] as const) {
      let target = (earned / 10_000n + 1n) * 10_000n;
      if (target - earned < 2_500n) target += 10_000n;
      const step = nextStep(earned, rate, "USD");
      expect(percentOf(step.orderMinor, rate, "halfEven")).toBe(step.earnMinor);
      expect(earned + step.earnMinor).toBeGreaterThanOrEqual(target);
      expect(earned + percentOf(step.orderMinor - 100n, rate, "halfEven")).toBeLessThan(target);
      expect(step.orderMinor % 100n).toBe(0n);
    }
  });
});

describe("ownCoopHints", () => {
  it("explains this period's accrual from the ledger and what ordering more earns; programs of a tier not held give no step", async () => {
    const coop = await seedCoopProgram(admin, { kind: "COOP", accrualBasis: "INVOICED", accrualRate: "5" });
    await shippedInvoice(admin, partner, [{ productId: widget.id, quantity: 50 }]); // 999.50 net
    await accrueTenant(systemCtx(admin.tenantId));
    const hints = await ownCoopHints(partner);
    const hint = hints.find((h): h is CoopStepHint => h.kind === "step" && h.programId === coop.id)!;
    expect(hint).toBeDefined();
    // 999.50 × 5 % = 49.975 → 49.98 (half even on 4,997.5 cents)
    expect([hint.purchasesMinor, hint.earnedMinor]).toEqual([99_950n, 4_998n]);
    expect([hint.rate, hint.basis, hint.currency]).toEqual(["5", "INVOICED", "USD"]);
    // 100.00 is 50.02 away: ordering 1,001.00 earns 50.05
    expect([hint.orderMinor, hint.earnMinor, hint.reachesMinor]).toEqual([100_100n, 5_005n, 10_003n]);
    expect(hint.daysLeft).toBeGreaterThan(0);

    // the rival bought nothing: same program, nothing earned yet
    const theirs = (await ownCoopHints(rival)).find(
      (h): h is CoopStepHint => h.kind === "step" && h.programId === coop.id,
    )!;
    expect([theirs.earnedMinor, theirs.purchasesMinor, theirs.orderMinor]).toEqual([0n, 0n, 200_000n]);
  });

  it("a co-op program of the next tier says what the tier still needs; MDF and farther tiers say nothing", async () => {
    const climber = await createPartnerWithUser(admin, "PARTNER_ADMIN");
    const ladder = await createLadderProgram(admin);
    await record(admin, climber.partnerId, "REVENUE_T12M", "1000");
    await enrolPartner(admin, { partnerId: climber.partnerId, programId: ladder.programId }); // Registered; Silver next
    const silver = await seedCoopProgram(admin, {
      kind: "COOP",
      accrualBasis: "INVOICED",
      accrualRate: "4",
      tierId: ladder.tiers.Silver,
    });
    const gold = await seedCoopProgram(admin, {
      kind: "COOP",
      accrualBasis: "INVOICED",
      accrualRate: "6",
      tierId: ladder.tiers.Gold,
    });
    const mdf = await seedCoopProgram(admin, { kind: "MDF" });
    const hints = await ownCoopHints(climber);
    const tier = hints.find((h) => h.programId === silver.id);
    expect(tier).toMatchObject({ kind: "tier", tierName: "Silver", rate: "4", otherRulesMissing: true });
    expect(tier?.kind === "tier" && tier.revenueShortMinor !== null && tier.revenueShortMinor > 0n).toBe(true);
    expect(hints.some((h) => h.programId === gold.id || h.programId === mdf.id)).toBe(false);
    // a partner in no program gets no tier hint either
    expect((await ownCoopHints(rival)).some((h) => h.programId === silver.id)).toBe(false);
  });

  it("needs ownCoop.read", async () => {
    // a back-office session holds coop.read, not the portal's ownCoop.read
    await rejectsWith(ownCoopHints(admin as unknown as PartnerCtx), "FORBIDDEN");
  });
});

describe("portal reads", () => {
  it("a fund's entries page by page and by kind, and nobody else's fund, request or claim", async () => {
    const program = await seedCoopProgram(admin, { activityTypes: ["TRAINING", "DIGITAL_ADS"] });
    const fundId = await allocate(admin, program.id, partner.partnerId, "500");
    const day = today(partner);
    const material = await uploadCoopDocument(partner, {
      purpose: "coop.material",
      name: "flyer.pdf",
      declaredSize: pdf().length,
      body: bodyOf(pdf()),
    });
    const proposed = await proposeRequest(
      partner,
      requestSchema.parse({
        fundId,
        activityType: "TRAINING",
        title: "Workshop",
        startsOn: day,
        endsOn: day,
        plannedCost: "100",
        requested: "80",
        documentFileIds: [material.id, ""],
        submissionKey: randomUUID(),
      }),
    );
    await decideRequest(
      admin,
      decideRequestSchema.parse({ requestId: proposed.id, version: 0, decision: "APPROVE", approved: "60" }),
    );
    const claimed = await claim(partner, fundId, await uploadProof(partner), "25");

    const all = await ownEntriesPage(partner, fundId, { pageSize: 2 } as never);
    expect(all.total).toBe(3); // allocation, request's reservation, claim's reservation
    expect(all.rows.map((r) => r.kind)).toEqual(["RESERVATION", "RESERVATION"]);
    const next = await ownEntriesPage(partner, fundId, { pageSize: 2, page: 2 } as never);
    expect(next.rows.map((r) => [r.kind, r.availableEffectMinor])).toEqual([["ALLOCATION", 50_000n]]);
    const allocations = await ownEntriesPage(partner, fundId, { kind: "ALLOCATION" });
    expect(allocations.rows).toHaveLength(1);

    const request = await getOwnRequest(partner, proposed.id);
    expect([request.status, request.approvedMinor, request.claimable, request.documents.map((d) => d.name)]).toEqual([
      "APPROVED",
      6_000n,
      true,
      ["flyer.pdf"],
    ]);
    const detail = await getOwnClaim(partner, claimed.id);
    expect([detail.status, detail.claimedMinor, detail.documents.length]).toEqual(["SUBMITTED", 2_500n, 1]);
    const choices = await ownCoopChoices(partner);
    expect(choices.funds.some((f) => f.id === fundId)).toBe(true);
    expect(choices.requests.map((r) => r.id)).toContain(proposed.id);

    await rejectsWith(ownEntriesPage(rival, fundId), "NOT_FOUND");
    await rejectsWith(getOwnRequest(rival, proposed.id), "NOT_FOUND");
    await rejectsWith(getOwnClaim(rival, claimed.id), "NOT_FOUND");
    expect((await ownCoopChoices(rival)).requests).toEqual([]);
    expect((await listOwnFunds(rival)).some((f) => f.id === fundId)).toBe(false);
  });

  it("the co-op upload takes co-op purposes from any partner user, and nothing else", async () => {
    const user = await createPartnerWithUser(admin, "PARTNER_USER");
    const file = await uploadCoopDocument(user, {
      purpose: "coop.proof",
      name: "proof.pdf",
      declaredSize: pdf().length,
      body: bodyOf(pdf()),
    });
    expect(file.id).toMatch(/^fil/);
    await rejectsWith(
      uploadCoopDocument(user, {
        purpose: "partner.document",
        name: "x.pdf",
        declaredSize: pdf().length,
        body: bodyOf(pdf()),
      }),
      "VALIDATION_FAILED",
    );
  });
});
