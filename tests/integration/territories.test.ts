/**
 * Territories: the tree (create, move, cycles, stale edits), rule precedence applied to new
 * accounts, the bulk re-run (SQL) agreeing with the precedence function, manual overrides
 * and reassignment history, "why this territory", and who sees which territory.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { createAccount, createOwnAccount, getAccount } from "@/lib/accounts/service";
import { accountFieldsSchema, createAccountSchema } from "@/lib/accounts/schema";
import { explainTerritory, overrideAccountTerritory, reassignByRules } from "@/lib/territories/assign";
import { ruleSchema } from "@/lib/territories/schema";
import {
  addRule,
  assignTerritoryPartner,
  createTerritory,
  deleteTerritory,
  getTerritoryTree,
  listOwnTerritories,
  removeRule,
  updateTerritory,
} from "@/lib/territories/service";
import { ownerQuery } from "@/tests/fixtures/db";
import { rejectsWith } from "@/tests/fixtures/expect";
import { addVendorUser, createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";

let admin: VendorCtx;
let other: VendorCtx;
let latam: string, mexico: string, norte: string, emea: string;

const rule = (territoryId: string, fields: Record<string, unknown>) => ruleSchema.parse({ territoryId, ...fields });
const account = (fields: Record<string, unknown>) => createAccountSchema.parse({ name: `Cliente ${Math.random()}`, ...fields });

beforeAll(async () => {
  admin = await createTestTenant();
  other = await createTestTenant();
  latam = (await createTerritory(admin, { name: "LATAM", description: null, parentId: null })).id;
  mexico = (await createTerritory(admin, { name: "México", description: null, parentId: latam })).id;
  norte = (await createTerritory(admin, { name: "Norte", description: null, parentId: mexico })).id;
  emea = (await createTerritory(admin, { name: "EMEA", description: null, parentId: null })).id;
  await addRule(admin, rule(latam, { country: "AR" }));
  await addRule(admin, rule(mexico, { country: "MX" }));
  await addRule(admin, rule(norte, { country: "MX", region: "Nuevo León" }));
  await addRule(admin, rule(norte, { postalPrefix: "64" }));
  await addRule(admin, rule(emea, { industry: "ENERGY", priority: 10 }));
});

describe("the tree", () => {
  it("keeps full paths and depths, and refuses a twin name, a cycle and a stale edit", async () => {
    const tree = await getTerritoryTree(admin);
    expect(tree.map((t) => t.path)).toEqual(["EMEA", "LATAM", "LATAM › México", "LATAM › México › Norte"]);
    expect(tree.find((t) => t.id === norte)).toMatchObject({ depth: 2 });

    const twin = await rejectsWith(createTerritory(admin, { name: "México", description: null, parentId: latam }), "VALIDATION_FAILED");
    expect(twin.fields).toEqual({ name: ["territories.validation.nameTaken"] });
    const v = tree.find((t) => t.id === latam)!.version;
    const cycle = await rejectsWith(updateTerritory(admin, { territoryId: latam, name: "LATAM", description: null, parentId: norte, version: v }), "VALIDATION_FAILED");
    expect(cycle.fields).toEqual({ parentId: ["territories.validation.cycle"] });

    const tmp = (await createTerritory(admin, { name: "Sur", description: null, parentId: mexico })).id;
    await updateTerritory(admin, { territoryId: tmp, name: "Sureste", description: null, parentId: mexico, version: 0 });
    await rejectsWith(updateTerritory(admin, { territoryId: tmp, name: "Other tab", description: null, parentId: mexico, version: 0 }), "STALE_EDIT");
    // moving a subtree re-paths it
    await updateTerritory(admin, { territoryId: tmp, name: "Sureste", description: null, parentId: emea, version: 1 });
    expect((await getTerritoryTree(admin)).find((t) => t.id === tmp)).toMatchObject({ path: "EMEA › Sureste", depth: 1 });
    await deleteTerritory(admin, tmp);
    await rejectsWith(deleteTerritory(admin, latam), "TERRITORY_HAS_CHILDREN");
  });

  it("another tenant's territory ids are NOT_FOUND and change nothing", async () => {
    await rejectsWith(deleteTerritory(other, norte), "NOT_FOUND");
    await rejectsWith(addRule(other, rule(norte, { country: "ES" })), "NOT_FOUND");
    await rejectsWith(updateTerritory(other, { territoryId: norte, name: "X", description: null, parentId: null, version: 0 }), "NOT_FOUND");
    expect(await getTerritoryTree(other)).toEqual([]);
  });

  it("refuses a rule without criteria and a wrong role", async () => {
    const empty = await rejectsWith(addRule(admin, rule(norte, {})), "VALIDATION_FAILED");
    expect(empty.fields).toEqual({ country: ["territories.validation.ruleEmpty"] });
    const rep = await addVendorUser(admin, "SALES_REP");
    await rejectsWith(addRule(rep, rule(norte, { country: "MX" })), "FORBIDDEN");
    const finance = await addVendorUser(admin, "FINANCE");
    await rejectsWith(getTerritoryTree(finance), "FORBIDDEN");
  });
});

describe("rule precedence on new accounts", () => {
  it("most specific wins, then the longer prefix and priority; no match = no territory", async () => {
    const place = async (fields: Record<string, unknown>) => (await getAccount(admin, (await createAccount(admin, account(fields))).id)).territory?.id ?? null;
    expect(await place({ country: "MX" })).toBe(mexico);
    expect(await place({ country: "MX", region: "nuevo leon" })).toBe(norte); // accents and case
    expect(await place({ country: "MX", postalCode: "64000" })).toBe(norte); // two criteria beat one
    expect(await place({ country: "AR" })).toBe(latam);
    expect(await place({ country: "MX", industry: "ENERGY" })).toBe(emea); // same specificity: priority 10 wins
    expect(await place({ country: "US" })).toBeNull();
  });

  it("the bulk re-run (one SQL statement) places every account exactly like the precedence function", async () => {
    const cases = [
      { country: "MX", region: "Nuevo León", postalCode: "64100", industry: "RETAIL" },
      { country: "MX", industry: "ENERGY" },
      { postalCode: "64999" },
      { country: "AR", industry: "ENERGY" },
      { country: "FR" },
    ];
    const ids = [];
    for (const fields of cases) ids.push((await createAccount(admin, account(fields))).id);
    const before = await Promise.all(ids.map(async (id) => (await getAccount(admin, id)).territory?.id ?? null));
    // Shuffle what the database holds, then let the SQL put everything back.
    await ownerQuery(`UPDATE "Account" SET "territoryId" = NULL, "territoryRuleId" = NULL, "territorySource" = 'NONE' WHERE "tenantId" = $1`, [admin.tenantId]);
    const { moved } = await reassignByRules(admin);
    expect(moved).toBeGreaterThan(0);
    const after = await Promise.all(ids.map(async (id) => (await getAccount(admin, id)).territory?.id ?? null));
    expect(after).toEqual(before);
    expect(await reassignByRules(admin)).toEqual({ moved: 0 }); // idempotent
  });

  it("a manual override sticks through re-runs, is explained and is in the history; clearing it returns to the rules", async () => {
    const { id } = await createAccount(admin, account({ country: "MX", region: "Nuevo León" }));
    await rejectsWith(overrideAccountTerritory(admin, { accountId: id, territoryId: emea, reason: "" }), "REASON_REQUIRED");
    await overrideAccountTerritory(admin, { accountId: id, territoryId: emea, reason: "Global key account" });
    await reassignByRules(admin);
    expect((await getAccount(admin, id)).territory?.id).toBe(emea);

    const why = await explainTerritory(admin, id);
    expect(why.source).toBe("MANUAL");
    expect(why.candidates[0]).toMatchObject({ territoryPath: "LATAM › México › Norte", wins: true, specificity: 2 });
    expect(why.history.map((h) => [h.toTerritory, h.source, h.reason])).toEqual([
      ["EMEA", "MANUAL", "Global key account"],
      ["LATAM › México › Norte", "RULE", null],
    ]);

    await overrideAccountTerritory(admin, { accountId: id, territoryId: null, reason: "" });
    expect((await getAccount(admin, id)).territory?.id).toBe(norte);
    await rejectsWith(overrideAccountTerritory(other, { accountId: id, territoryId: null, reason: "" }), "NOT_FOUND");
  });

  it("removing a rule keeps placed accounts until the rules are re-run", async () => {
    const r = await addRule(admin, rule(emea, { country: "ES" }));
    const { id } = await createAccount(admin, account({ country: "ES" }));
    expect((await getAccount(admin, id)).territory?.id).toBe(emea);
    await removeRule(admin, r.id);
    expect((await getAccount(admin, id)).territory?.id).toBe(emea);
    await reassignByRules(admin);
    expect((await getAccount(admin, id)).territory).toBeNull();
  });
});

describe("partners and territories", () => {
  let partner: PartnerCtx;
  beforeAll(async () => {
    partner = await createPartnerWithUser(admin);
    await assignTerritoryPartner(admin, { territoryId: mexico, partnerId: partner.partnerId });
  });

  it("a partner reads only its own territories (service and row-level security)", async () => {
    expect((await listOwnTerritories(partner)).map((t) => t.path)).toEqual(["LATAM › México"]);
    await createOwnAccount(partner, accountFieldsSchema.parse({ name: "Tienda Norte", country: "MX", postalCode: "64010" }));
    expect(await listOwnTerritories(partner)).toEqual([expect.objectContaining({ path: "LATAM › México", accounts: 0 })]);
    const stranger = await createPartnerWithUser(admin);
    expect(await listOwnTerritories(stranger)).toEqual([]);
  });
});
