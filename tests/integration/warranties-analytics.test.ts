/**
 * Warranty analytics on PostgreSQL: units and claims per product, family and shipment month,
 * credits per partner and policy (rejected claims cost nothing), top failure codes and claims
 * per month — counted for the tenant only, and only for `warranties.read` holders.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { createFamily } from "@/lib/catalog/taxonomy";
import { warrantyAnalytics } from "@/lib/warranties/analytics";
import { advanceClaim, decideClaim, fileClaim, issueRma } from "@/lib/warranties/claims";
import { creditClaim } from "@/lib/warranties/credit";
import { creditSchema, fileClaimSchema, issueRmaSchema } from "@/lib/warranties/schema";
import type { ClaimSummary } from "@/lib/warranties/types";
import { rejectsWith } from "@/tests/fixtures/expect";
import { createPartnerWithUser, createTestTenant, userCtxOf } from "@/tests/fixtures/factories";
import { seedPolicy, seedWarrantyProduct, shipSerials, uniqueSerial } from "@/tests/fixtures/warranties";

let admin: VendorCtx;
let other: VendorCtx;
let north: PartnerCtx;
let south: PartnerCtx;
let router: { id: string; sku: string };
let sw: { id: string; sku: string };
let familyId: string;
let policyId: string;

const step = (claim: ClaimSummary, extra: Record<string, unknown> = {}) => ({ claimId: claim.id, version: claim.version, reason: "", ...extra });
const file = (ctx: PartnerCtx, unitId: string, failureCode: string) => fileClaim(ctx, fileClaimSchema.parse({ unitId, failureCode, description: "Broken" }));

beforeAll(async () => {
  admin = await createTestTenant();
  other = await createTestTenant();
  [north, south] = await Promise.all([createPartnerWithUser(admin, "PARTNER_ADMIN", { partnerName: "North Co" }), createPartnerWithUser(admin, "PARTNER_ADMIN", { partnerName: "South Co" })]);
  familyId = (await createFamily(admin, { nameEn: `Routers ${uniqueSerial()}`, nameEs: `Enrutadores ${uniqueSerial()}` })).id;
  router = await seedWarrantyProduct(admin, 50, { familyId });
  sw = await seedWarrantyProduct(admin, 50);
  policyId = (await seedPolicy(admin, { name: "Router policy", familyId })).id;
  await seedPolicy(admin, { name: "Switch policy", productId: sw.id });
  const routers = await shipSerials(admin, north, router.id, Array.from({ length: 4 }, () => uniqueSerial()));
  const switches = await shipSerials(admin, south, sw.id, Array.from({ length: 2 }, () => uniqueSerial()));
  // north: two router claims (one credited 40.00), south: one switch claim rejected
  const credited = await file(north, routers[0]!, "NO-POWER");
  const approved = await decideClaim(admin, { ...step(credited), to: "APPROVED" });
  const rma = await issueRma(admin, issueRmaSchema.parse(step(approved, { returnInstructions: "Dock" })));
  const received = await advanceClaim(admin, { ...step(rma), to: "RECEIVED" });
  await creditClaim(admin, creditSchema.parse(step(received, { amount: "40.00" })));
  await file(north, routers[1]!, "NO-POWER");
  const rejected = await file(south, switches[0]!, "FAN");
  await decideClaim(admin, { ...step(rejected), to: "REJECTED", reason: "Dust" });
});

describe("warranty analytics", () => {
  it("counts units and claims per product, family and shipment month; costs per partner and policy; failure codes; months", async () => {
    const a = await warrantyAnalytics(admin);
    expect(a.byProduct.find((r) => r.key === router.id)).toMatchObject({ units: 4, claims: 2 });
    expect(a.byProduct.find((r) => r.key === sw.id)).toMatchObject({ units: 2, claims: 1 });
    expect(a.byFamily.find((r) => r.key === familyId)).toMatchObject({ units: 4, claims: 2 });
    expect(a.byFamily.find((r) => r.key === "")).toMatchObject({ units: 2, claims: 1 });
    const month = new Date().toISOString().slice(0, 7);
    expect(a.byShipmentMonth).toEqual([{ key: month, label: month, units: 6, claims: 3 }]);
    const northCosts = a.costByPartner.filter((r) => r.key === north.partnerId);
    expect(northCosts.find((r) => r.currency === "USD")).toMatchObject({ creditedMinor: BigInt(4000), claims: 1, label: "North Co" });
    expect(northCosts.find((r) => r.currency === "")).toMatchObject({ creditedMinor: BigInt(0), claims: 1 });
    // the rejected claim is no cost
    expect(a.costByPartner.find((r) => r.key === south.partnerId)).toBeUndefined();
    expect(a.costByPolicy.find((r) => r.key === policyId && r.currency === "USD")).toMatchObject({ creditedMinor: BigInt(4000), label: "Router policy" });
    expect(a.topFailureCodes).toEqual([{ code: "NO-POWER", claims: 2 }, { code: "FAN", claims: 1 }]);
    expect(a.claimsPerMonth).toEqual([{ month, claims: 3 }]);
  });

  it("another tenant sees none of it; a login without a seat is refused", async () => {
    const theirs = await warrantyAnalytics(other);
    expect([theirs.byProduct, theirs.costByPartner, theirs.topFailureCodes, theirs.claimsPerMonth]).toEqual([[], [], [], []]);
    await rejectsWith(warrantyAnalytics(userCtxOf(admin) as never), "FORBIDDEN");
  });
});
