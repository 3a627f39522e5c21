/**
 * Co-op refusals on PostgreSQL: every bad input — above the available or approved amount,
 * after the deadline, another partner's or tenant's ids, negative or fractional-cent
 * amounts, a share above the program's, stale edits, files of the wrong kind, paying twice —
 * gives its stable AppError code and changes nothing (the co-op tables, the journal and the
 * credit notes are compared before and after). Double submits answer with the first result.
 * The ledger refuses UPDATE and DELETE; row-level security keeps partners to their own funds.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@/lib/activities/dates";
import { scopeOf, type PartnerCtx, type VendorCtx } from "@/lib/auth/context";
import { adjustFund } from "@/lib/coop/funds";
import { decideClaim, submitClaim } from "@/lib/coop/claims";
import { payClaim } from "@/lib/coop/pay";
import { getOwnFund, listOwnClaims, listOwnFunds, listOwnRequests } from "@/lib/coop/read";
import { cancelRequest, decideRequest, proposeRequest } from "@/lib/coop/requests";
import { adjustSchema, decideClaimSchema, decideRequestSchema, payClaimSchema, requestSchema } from "@/lib/coop/schema";
import { withScope } from "@/lib/db/scope";
import { uploadPartnerFile } from "@/lib/files/service";
import type { ErrorCode } from "@/lib/errors";
import { ownerQuery } from "@/tests/fixtures/db";
import { rejectsWith } from "@/tests/fixtures/expect";
import { HTML, bodyOf, png } from "@/tests/fixtures/files";
import { addVendorUser, createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";
import { allocate, claim, claimInput, coopDigest, seedCoopProgram, today, uploadProof } from "@/tests/fixtures/coop";

let admin: VendorCtx;
let rep: VendorCtx;
let partner: PartnerCtx;
let rival: PartnerCtx;
let foreign: PartnerCtx;
let foreignAdmin: VendorCtx;
let programId: string;
let fundId: string;
let rivalFundId: string;
let foreignFundId: string;
let proof: string;

beforeAll(async () => {
  admin = await createTestTenant();
  foreignAdmin = await createTestTenant();
  [rep, partner, rival] = await Promise.all([addVendorUser(admin, "SALES_REP"), createPartnerWithUser(admin, "PARTNER_ADMIN"), createPartnerWithUser(admin, "PARTNER_ADMIN")]);
  foreign = await createPartnerWithUser(foreignAdmin, "PARTNER_ADMIN");
  programId = (await seedCoopProgram(admin, { maxSharePercent: "50" })).id;
  fundId = await allocate(admin, programId, partner.partnerId, "100.00");
  rivalFundId = await allocate(admin, programId, rival.partnerId, "100.00");
  foreignFundId = await allocate(foreignAdmin, (await seedCoopProgram(foreignAdmin)).id, foreign.partnerId, "100.00");
  proof = await uploadProof(partner);
});

/** The call is refused with `code` and the tenant's co-op rows, journal and credit notes are exactly as before. */
async function refusedUnchanged(call: () => Promise<unknown>, code: ErrorCode, tenantId = admin.tenantId) {
  const before = await coopDigest(tenantId);
  const error = await rejectsWith(call(), code);
  expect(await coopDigest(tenantId)).toBe(before);
  return error;
}

describe("amounts", () => {
  it("above the available balance: COOP_OVER_AVAILABLE, nothing reserved", async () => {
    const error = await refusedUnchanged(() => claim(partner, fundId, proof, "100.01", { actualCost: "400" }), "COOP_OVER_AVAILABLE");
    expect(error.params).toEqual({ available: "100.00 USD" });
  });

  it.each([
    ["negative", "-5"],
    ["fractional cents", "10.005"],
    ["not a number", "ten"],
    ["zero", "0"],
    ["typo-sized", "99999999999999"],
  ])("a %s amount is a field error on it", async (_label, amount) => {
    const error = await refusedUnchanged(() => claim(partner, fundId, proof, amount, { actualCost: "400" }), "VALIDATION_FAILED");
    expect(error.fields).toEqual({ claimed: ["coop.validation.amount"] });
  });

  it("more than the program's share of the actual cost (a tampered amount) is refused on its field", async () => {
    const error = await refusedUnchanged(() => claim(partner, fundId, proof, "50.01", { actualCost: "100" }), "VALIDATION_FAILED");
    expect(error.fields).toEqual({ claimed: ["coop.validation.overShare"] });
  });

  it("a claim above its request's approval: COOP_OVER_APPROVED; a second claim on a claimed request: COOP_ALREADY_CLAIMED", async () => {
    const day = today(partner);
    const request = await proposeRequest(partner, requestSchema.parse({ fundId, activityType: "DIGITAL_ADS", title: "Ads", startsOn: day, endsOn: day, plannedCost: "100", requested: "50", submissionKey: randomUUID() }));
    const approved = await decideRequest(admin, decideRequestSchema.parse({ requestId: request.id, version: request.version, decision: "APPROVE", approved: "30" }));
    await refusedUnchanged(() => claim(partner, fundId, proof, "30.01", { requestId: request.id, actualCost: "100" }), "COOP_OVER_APPROVED");
    await claim(partner, fundId, proof, "30", { requestId: request.id, actualCost: "100" });
    await refusedUnchanged(() => claim(partner, fundId, proof, "10", { requestId: request.id, actualCost: "100" }), "COOP_ALREADY_CLAIMED");
    await refusedUnchanged(() => cancelRequest(partner, { requestId: request.id, version: approved.version + 1, reason: null }), "INVALID_TRANSITION");
  });

  it("an approval above the available balance reserves nothing; above the requested amount is a field error", async () => {
    const other = await createPartnerWithUser(admin, "PARTNER_ADMIN");
    const small = await allocate(admin, programId, other.partnerId, "10");
    const day = today(other);
    const request = await proposeRequest(other, requestSchema.parse({ fundId: small, activityType: "TRAINING", title: "Course", startsOn: day, endsOn: day, plannedCost: "100", requested: "40", submissionKey: randomUUID() }));
    await refusedUnchanged(() => decideRequest(admin, decideRequestSchema.parse({ requestId: request.id, version: 0, decision: "APPROVE" })), "COOP_OVER_AVAILABLE");
    const error = await refusedUnchanged(() => decideRequest(admin, decideRequestSchema.parse({ requestId: request.id, version: 0, decision: "APPROVE", approved: "40.01" })), "VALIDATION_FAILED");
    expect(error.fields).toEqual({ approved: ["coop.validation.overRequested"] });
    await refusedUnchanged(() => adjustFund(admin, adjustSchema.parse({ fundId: small, amount: "10.01", direction: "REMOVE", reason: "Correction", submissionKey: randomUUID() })), "COOP_OVER_AVAILABLE");
  });
});

describe("deadlines and terms", () => {
  it("a claim on a fund past its expiry: COOP_DEADLINE_PASSED", async () => {
    const past = await allocate(admin, programId, partner.partnerId, "50", "2025-02-10");
    await refusedUnchanged(() => submitClaim(partner, { ...claimInput(partner, past, proof, "5", { actualCost: "20" }), startsOn: "2025-02-11", endsOn: "2025-02-12" }), "COOP_DEADLINE_PASSED");
  });

  it("a claim after the activity's claim deadline: COOP_DEADLINE_PASSED", async () => {
    const yearly = await seedCoopProgram(admin, { period: "YEAR", claimDays: "0" });
    const day = today(partner);
    const yearFund = await allocate(admin, yearly.id, partner.partnerId, "50");
    const start = `${day.slice(0, 4)}-01-01`;
    if (addDays(start, 1) >= day) return; // the first two days of a year have no past activity to claim late
    await refusedUnchanged(() => submitClaim(partner, { ...claimInput(partner, yearFund, proof, "5", { actualCost: "20" }), startsOn: start, endsOn: addDays(start, 1) }), "COOP_DEADLINE_PASSED");
  });

  it("without the pre-approval the program requires: COOP_PREAPPROVAL_REQUIRED; an activity type it does not pay for: COOP_ACTIVITY_NOT_ELIGIBLE", async () => {
    const strict = await seedCoopProgram(admin, { requiresPreApproval: true });
    const strictFund = await allocate(admin, strict.id, partner.partnerId, "50");
    await refusedUnchanged(() => claim(partner, strictFund, proof, "5", { actualCost: "20" }), "COOP_PREAPPROVAL_REQUIRED");
    await refusedUnchanged(() => claim(partner, fundId, proof, "5", { actualCost: "20", activityType: "EVENT" }), "COOP_ACTIVITY_NOT_ELIGIBLE");
  });

  it("an activity that has not ended yet is a field error", async () => {
    const tomorrow = addDays(today(partner), 1);
    if (tomorrow > `${today(partner).slice(0, 4)}-12-31`) return;
    const error = await refusedUnchanged(() => submitClaim(partner, { ...claimInput(partner, fundId, proof, "5", { actualCost: "20" }), endsOn: tomorrow }), "VALIDATION_FAILED");
    expect(Object.keys(error.fields ?? {})).toEqual(["endsOn"]);
  });
});

describe("whose ids", () => {
  it("another partner's fund, another tenant's fund, another partner's request or claim: NOT_FOUND", async () => {
    await refusedUnchanged(() => claim(partner, rivalFundId, proof, "5", { actualCost: "20" }), "NOT_FOUND");
    await refusedUnchanged(() => claim(partner, foreignFundId, proof, "5", { actualCost: "20" }), "NOT_FOUND");
    const day = today(rival);
    const theirs = await proposeRequest(rival, requestSchema.parse({ fundId: rivalFundId, activityType: "TRAINING", title: "Theirs", startsOn: day, endsOn: day, plannedCost: "20", requested: "10", submissionKey: randomUUID() }));
    await refusedUnchanged(() => claim(partner, fundId, proof, "5", { actualCost: "20", requestId: theirs.id }), "NOT_FOUND");
    await refusedUnchanged(() => cancelRequest(partner, { requestId: theirs.id, version: 0, reason: null }), "NOT_FOUND");
    const theirClaim = await claim(rival, rivalFundId, await uploadProof(rival), "5", { actualCost: "20" });
    await rejectsWith(getOwnFund(partner, rivalFundId), "NOT_FOUND");
    await refusedUnchanged(() => decideClaim(foreignAdmin, decideClaimSchema.parse({ claimId: theirClaim.id, version: 0, decision: "APPROVE" })), "NOT_FOUND", admin.tenantId);
  });

  it("a proof that is another partner's file, or of another purpose, is a field error; a file whose content lies is refused at upload", async () => {
    const theirs = await uploadProof(rival);
    const error = await refusedUnchanged(() => claim(partner, fundId, theirs, "5", { actualCost: "20" }), "VALIDATION_FAILED");
    expect(error.fields).toEqual({ "proofFileIds.0": ["files.validation.unknownFile"] });
    const material = await uploadProof(partner, "coop.material");
    await refusedUnchanged(() => claim(partner, fundId, material, "5", { actualCost: "20" }), "VALIDATION_FAILED");
    await rejectsWith(uploadPartnerFile(partner, { purpose: "coop.proof", name: "invoice.pdf", declaredSize: HTML.length, body: bodyOf(HTML) }), "FILE_TYPE_REFUSED");
    const image = png();
    expect((await uploadPartnerFile(partner, { purpose: "coop.proof", name: "screenshot.png", declaredSize: image.length, body: bodyOf(image) })).contentType).toBe("image/png");
  });

  it("roles without the permission: FORBIDDEN", async () => {
    const submitted = await claim(partner, fundId, proof, "1", { actualCost: "20" });
    await refusedUnchanged(() => decideClaim(rep, decideClaimSchema.parse({ claimId: submitted.id, version: 0, decision: "APPROVE" })), "FORBIDDEN");
    // paying a claim nobody approved
    await refusedUnchanged(() => payClaim(admin, payClaimSchema.parse({ claimId: submitted.id, version: 0, method: "PAYOUT" })), "INVALID_TRANSITION");
    await refusedUnchanged(() => payClaim(rep, payClaimSchema.parse({ claimId: submitted.id, version: 0, method: "PAYOUT" })), "FORBIDDEN");
  });
});

describe("edits and submissions", () => {
  it("a stale version: STALE_EDIT; paying twice: INVALID_TRANSITION; no open invoice to credit: the credit note goes on the partner's account", async () => {
    const submitted = await claim(partner, fundId, proof, "2", { actualCost: "20" });
    const asked = await decideClaim(admin, decideClaimSchema.parse({ claimId: submitted.id, version: 0, decision: "ASK_INFO", reason: "The invoice is missing" }));
    await refusedUnchanged(() => decideClaim(admin, decideClaimSchema.parse({ claimId: submitted.id, version: 0, decision: "REJECT", reason: "late" })), "STALE_EDIT");
    await refusedUnchanged(() => decideClaim(admin, decideClaimSchema.parse({ claimId: submitted.id, version: asked.version, decision: "APPROVE" })), "INVALID_TRANSITION");
    const { answerClaim } = await import("@/lib/coop/claims");
    const answered = await answerClaim(partner, { claimId: submitted.id, version: asked.version, note: "Attached", proofFileIds: [await uploadProof(partner)] });
    const approved = await decideClaim(admin, decideClaimSchema.parse({ claimId: submitted.id, version: answered.version, decision: "APPROVE" }));
    // the partner has no open invoice: the note is credit on its account, finance applies it later
    const paid = await payClaim(admin, payClaimSchema.parse({ claimId: submitted.id, version: approved.version, method: "CREDIT_NOTE" }));
    const [note] = await ownerQuery<{ invoiceId: string | null; partnerId: string; totalMinor: string; taxMinor: string; left: string }>(
      `SELECT c."invoiceId", c."partnerId", c."totalMinor"::text AS "totalMinor", c."taxMinor"::text AS "taxMinor",
              (c."totalMinor" - COALESCE((SELECT SUM("amountMinor") FROM "CreditApplication" a WHERE a."creditNoteId" = c.id), 0))::text AS left
         FROM "CreditNote" c WHERE c.id = $1`,
      [paid.creditNoteId],
    );
    expect(note).toEqual({ invoiceId: null, partnerId: partner.partnerId, totalMinor: "200", taxMinor: "0", left: "200" });
    expect(await ownerQuery(`SELECT "postingId" FROM "JournalLine" WHERE "postingId" = $1 GROUP BY 1 HAVING SUM("debitMinor") = SUM("creditMinor") AND SUM("debitMinor") = 200`, [paid.creditNoteId])).toHaveLength(1);
    await refusedUnchanged(() => payClaim(admin, payClaimSchema.parse({ claimId: submitted.id, version: paid.version, method: "PAYOUT" })), "INVALID_TRANSITION");
  });

  it("a double submit (same key, even at once) makes one claim and one reservation", async () => {
    const input = claimInput(partner, fundId, proof, "3", { actualCost: "20" });
    const results = await Promise.all([submitClaim(partner, input), submitClaim(partner, input), submitClaim(partner, input)]);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    const again = await submitClaim(partner, input);
    expect(again.id).toBe(results[0]!.id);
    const [row] = await ownerQuery<{ n: string }>(`SELECT count(*) AS n FROM "CoopEntry" WHERE "claimId" = $1`, [again.id]);
    expect(row!.n).toBe("1");
  });
});

describe("the ledger and row-level security", () => {
  it("entries cannot be updated or deleted, even by the owner; the app role sees them refused too", async () => {
    const [entry] = await ownerQuery<{ id: string }>(`SELECT id FROM "CoopEntry" WHERE "fundId" = $1 LIMIT 1`, [fundId]);
    await expect(ownerQuery(`UPDATE "CoopEntry" SET "amountMinor" = 1 WHERE id = $1`, [entry!.id])).rejects.toThrow(/append-only/);
    await expect(ownerQuery(`DELETE FROM "CoopEntry" WHERE id = $1`, [entry!.id])).rejects.toThrow(/append-only/);
    await expect(ownerQuery(`INSERT INTO "CoopEntry" (id, "tenantId", "partnerId", "fundId", kind, "amountMinor", currency, "createdByName") VALUES ('cen_neg', $1, $2, $3, 'ACCRUAL', -5, 'USD', 'x')`, [admin.tenantId, partner.partnerId, fundId])).rejects.toThrow(/CoopEntry_amount_check/);
    // an entry naming one partner's fund with another partner is refused by the compound key
    await expect(ownerQuery(`INSERT INTO "CoopEntry" (id, "tenantId", "partnerId", "fundId", kind, "amountMinor", currency, "createdByName") VALUES ('cen_x', $1, $2, $3, 'ACCRUAL', 5, 'USD', 'x')`, [admin.tenantId, rival.partnerId, fundId])).rejects.toThrow(/foreign key/);
    const touched = await withScope(scopeOf(admin), async (tx) => tx.$executeRaw`UPDATE "CoopEntry" SET "reason" = 'x' WHERE "fundId" = ${fundId}`);
    expect(touched).toBe(0);
  });

  it("a partner session sees only its own funds, entries, requests, claims and proofs; it cannot write an accrual", async () => {
    const seen = await withScope(scopeOf(partner), async (tx) => ({
      funds: await tx.coopFund.findMany({ select: { partnerId: true } }),
      entries: await tx.coopEntry.findMany({ select: { partnerId: true } }),
      requests: await tx.coopRequest.findMany({ select: { partnerId: true } }),
      claims: await tx.coopClaim.findMany({ select: { partnerId: true } }),
      documents: await tx.coopDocument.findMany({ select: { partnerId: true } }),
    }));
    for (const rows of Object.values(seen)) {
      expect(rows.length).toBeGreaterThan(0);
      expect(new Set(rows.map((r) => r.partnerId))).toEqual(new Set([partner.partnerId]));
    }
    expect((await listOwnFunds(partner)).every((f) => f.partnerId === partner.partnerId)).toBe(true);
    expect((await listOwnClaims(partner)).length).toBeGreaterThan(0);
    expect((await listOwnRequests(rival)).every((r) => r.partnerName !== partner.partner.name)).toBe(true);
    await expect(
      withScope(scopeOf(partner), (tx) => tx.$executeRaw`INSERT INTO "CoopEntry" (id, "tenantId", "partnerId", "fundId", kind, "amountMinor", currency, "createdByName") VALUES ('cen_acc', ${admin.tenantId}, ${partner.partnerId}, ${fundId}, 'ACCRUAL', 100000, 'USD', 'me')`),
    ).rejects.toThrow(/row-level security/);
  });
});
