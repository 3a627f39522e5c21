/**
 * Duplicate and conflict detection of deal registrations, table-driven: exact,
 * normalised and fuzzy names, domain, tax id, open direct deals, other owners' accounts,
 * territory — as evidence for the reviewer, and as the partner's yes/no pre-check that
 * never says whose claim it is.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { accountFieldsSchema } from "@/lib/accounts/schema";
import { createOwnAccount } from "@/lib/accounts/service";
import { createDirectDeal } from "@/lib/deals/opportunities";
import { getRegistrationReview } from "@/lib/deals/registration-read";
import { checkClaim } from "@/lib/deals/registrations";
import { rejectRegistration } from "@/lib/deals/review";
import { claimCheckSchema, directDealSchema } from "@/lib/deals/schema";
import { addRule, assignTerritoryPartner, createTerritory } from "@/lib/territories/service";
import { dayFromToday, register } from "@/tests/fixtures/deals";
import { rejectsWith } from "@/tests/fixtures/expect";
import { createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";

let admin: VendorCtx;
let holder: PartnerCtx;
let claimant: PartnerCtx;

beforeAll(async () => {
  admin = await createTestTenant();
  holder = await createPartnerWithUser(admin, "PARTNER_ADMIN", { partnerName: "Holder Incumbent Ltd" });
  claimant = await createPartnerWithUser(admin, "PARTNER_USER", { partnerName: "Claimant Newcomer" });
});

const evidenceOf = async (registrationId: string) => (await getRegistrationReview(admin, registrationId)).evidence;
const check = (ctx: PartnerCtx, fields: Record<string, string>) =>
  checkClaim(ctx, claimCheckSchema.parse({ customerName: "", website: "", taxId: "", ...fields }));

/** Nothing a partner's call returned may name the other partner. */
function expectSilent(value: unknown) {
  const text = JSON.stringify(value, (_key, v) => (typeof v === "bigint" ? v.toString() : v));
  expect(text).not.toContain("Holder Incumbent");
  expect(text).not.toContain(holder.partnerId);
}

type Case = {
  name: string;
  held: Record<string, string>;
  claimed: Record<string, string>;
  matchedOn: string[] | null;
};

const CASES: Case[] = [
  { name: "exact name", held: { customerName: "Orion Industrial" }, claimed: { customerName: "Orion Industrial" }, matchedOn: ["name"] },
  { name: "normalised name (case, accents, legal form)", held: { customerName: "Ácme Tools S.A." }, claimed: { customerName: "ACME TOOLS SA" }, matchedOn: ["name"] },
  { name: "fuzzy name: a typo", held: { customerName: "Northwind Traders" }, claimed: { customerName: "Nortwind Traders" }, matchedOn: ["similarName"] },
  { name: "fuzzy name: transposed letters", held: { customerName: "Castellana Seguros" }, claimed: { customerName: "Castellana Sgeuros" }, matchedOn: ["similarName"] },
  { name: "fuzzy name: the group and its subsidiary", held: { customerName: "Borealis" }, claimed: { customerName: "Borealis Logistics" }, matchedOn: ["similarName"] },
  { name: "same web domain", held: { customerName: "Vega Group", website: "https://www.vega-group.example/" }, claimed: { customerName: "Lyra Holdings", website: "vega-group.example" }, matchedOn: ["domain"] },
  { name: "same tax id, written differently", held: { customerName: "Talos Energía", taxId: "B-12345678" }, claimed: { customerName: "Pegaso Renovables", taxId: "b 1234 5678" }, matchedOn: ["taxId"] },
  { name: "several keys at once", held: { customerName: "Sirius Health", taxId: "SIR-1", website: "sirius.example" }, claimed: { customerName: "Sirius Health S.L.", taxId: "sir1", website: "sirius.example" }, matchedOn: ["taxId", "domain", "name"] },
  { name: "unrelated customer", held: { customerName: "Quasar Foods" }, claimed: { customerName: "Meridian Textiles" }, matchedOn: null },
  { name: "different short names", held: { customerName: "Acme" }, claimed: { customerName: "Apex" }, matchedOn: null },
];

describe("registrations of the same customer by two partners", () => {
  it.each(CASES)("$name", async ({ held, claimed, matchedOn }) => {
    const first = await register(holder, held);
    const before = await check(claimant, claimed);
    expect(before).toEqual({ answer: matchedOn ? "claimed" : "free" });
    const second = await register(claimant, claimed);
    expectSilent(second);
    const evidence = await evidenceOf(second.id);
    if (!matchedOn) {
      expect(evidence).toEqual([]);
      return;
    }
    expect(evidence).toEqual([
      expect.objectContaining({
        kind: "REGISTRATION",
        matchedOn,
        otherPartner: { id: holder.partnerId, name: "Holder Incumbent Ltd" },
        other: expect.objectContaining({ type: "registration", id: first.id, status: "PENDING" }),
      }),
    ]);
    if (matchedOn.includes("similarName")) expect(evidence[0]!.similarity).toBeGreaterThan(0);
    // …and the first registration's reviewer sees the second one too.
    expect(await evidenceOf(first.id)).toContainEqual(
      expect.objectContaining({ kind: "REGISTRATION", otherPartner: expect.objectContaining({ id: claimant.partnerId }), matchedOn }),
    );
  });
});

describe("what else counts as a claim", () => {
  it("an open direct deal of the vendor", async () => {
    await createDirectDeal(
      admin,
      directDealSchema.parse({ name: "Core banking renewal", customerName: "Helix Bank", website: "", taxId: "", country: "", region: "", postalCode: "", industry: "", amount: "90000", currency: "USD", closeOn: dayFromToday(admin, 30) }),
    );
    expect(await check(claimant, { customerName: "Helix Bank S.A." })).toEqual({ answer: "claimed" });
    const registration = await register(claimant, { customerName: "Helix Bank S.A." });
    expect(await evidenceOf(registration.id)).toEqual([
      expect.objectContaining({ kind: "OPPORTUNITY", matchedOn: ["name"], otherPartner: null, other: expect.objectContaining({ type: "opportunity", status: "OPEN" }) }),
    ]);
  });

  it("another owner's account with the same keys", async () => {
    await createOwnAccount(holder, accountFieldsSchema.parse({ name: "Nimbus Retail", website: "nimbus-retail.example" }));
    expect(await check(claimant, { website: "https://nimbus-retail.example" })).toEqual({ answer: "claimed" });
    const registration = await register(claimant, { customerName: "Nimbus Retail Group", website: "nimbus-retail.example" });
    expect(await evidenceOf(registration.id)).toEqual([
      expect.objectContaining({ kind: "ACCOUNT", matchedOn: ["domain"], otherPartner: { id: holder.partnerId, name: "Holder Incumbent Ltd" } }),
    ]);
  });

  it("a customer outside the partner's territories (a partner without territories is not limited)", async () => {
    const americas = (await createTerritory(admin, { name: "Americas", description: null, parentId: null })).id;
    const spain = (await createTerritory(admin, { name: "Spain", description: null, parentId: null })).id;
    await addRule(admin, { territoryId: spain, country: "ES", region: null, postalPrefix: null, industry: null, priority: 0 });
    const scout = await createPartnerWithUser(admin);
    const inside = await register(scout, { customerName: "Iberia Foods", country: "ES" });
    expect(await evidenceOf(inside.id)).toEqual([]);
    await assignTerritoryPartner(admin, { territoryId: americas, partnerId: scout.partnerId });
    const outside = await register(scout, { customerName: "Cantabria Dairy", country: "ES" });
    expect(await evidenceOf(outside.id)).toEqual([expect.objectContaining({ kind: "TERRITORY", territoryPath: "Spain", otherPartner: null })]);
    // Outside one's territories is evidence, not a claim by someone else.
    expect(await check(scout, { customerName: "Galicia Fisheries" })).toEqual({ answer: "free" });
  });

  it("a rejected or expired registration no longer claims the customer", async () => {
    const first = await register(holder, { customerName: "Zephyr Airlines" });
    expect(await check(claimant, { customerName: "Zephyr Airlines" })).toEqual({ answer: "claimed" });
    await rejectRegistration(admin, { registrationId: first.id, version: 0, reason: "Not qualified" });
    expect(await check(claimant, { customerName: "Zephyr Airlines" })).toEqual({ answer: "free" });
  });
});

describe("the partner's own claims", () => {
  it("its own registration answers 'yours'; registering the same customer again is refused on the field", async () => {
    await register(holder, { customerName: "Polaris Mining", taxId: "PM-77" });
    expect(await check(holder, { customerName: "Polaris Mining" })).toEqual({ answer: "yours" });
    const refused = await rejectsWith(register(holder, { customerName: "Polaris Mining Corp", taxId: "pm 77" }), "VALIDATION_FAILED");
    expect(refused.fields).toEqual({ taxId: ["deals.validation.alreadyRegistered"] });
  });

  it("the pre-check needs something to look up", async () => {
    expect(claimCheckSchema.safeParse({ customerName: "", website: "", taxId: "" }).success).toBe(false);
  });

  it("partners never read the evidence, even with a raw query in their scope", async () => {
    const { withScope } = await import("@/lib/db/scope");
    const { scopeOf } = await import("@/lib/auth/context");
    expect(await withScope(scopeOf(claimant), (tx) => tx.dealMatch.findMany())).toEqual([]);
    expect(await withScope(scopeOf(claimant), (tx) => tx.dealRegistration.findMany({ where: { partnerId: holder.partnerId } }))).toEqual([]);
  });
});
