/**
 * Channel conflicts: the same customer claimed by two partners, an account outside the
 * partner's territories, the alert to the channel manager, resolution with a reason
 * (audited, stale-safe), and the partner never learning who the other party is.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { importOwnAccounts } from "@/lib/accounts/import";
import { listOwnAccounts } from "@/lib/accounts/list";
import { accountFieldsSchema } from "@/lib/accounts/schema";
import { createOwnAccount, getOwnAccount } from "@/lib/accounts/service";
import { conflictsOf, listConflicts, resolveConflict } from "@/lib/conflicts/service";
import { updatePartnerAccount } from "@/lib/partners/service";
import { addRule, assignTerritoryPartner, createTerritory } from "@/lib/territories/service";
import { withScope } from "@/lib/db/scope";
import { scopeOf } from "@/lib/auth/context";
import { ownerQuery } from "@/tests/fixtures/db";
import { rejectsWith } from "@/tests/fixtures/expect";
import { addVendorUser, createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";

let admin: VendorCtx;
let manager: VendorCtx;
let holder: PartnerCtx;
let claimant: PartnerCtx;
const fields = (f: Record<string, unknown>) => accountFieldsSchema.parse(f);

beforeAll(async () => {
  admin = await createTestTenant();
  manager = await addVendorUser(admin, "CHANNEL_MANAGER");
  holder = await createPartnerWithUser(admin, "PARTNER_ADMIN", { partnerName: "Holder Incumbent Ltd" });
  claimant = await createPartnerWithUser(admin, "PARTNER_ADMIN", { partnerName: "Claimant Newcomer" });
  const seat = await ownerQuery<{ id: string }>(`SELECT id FROM "Membership" WHERE "tenantId" = $1 AND "userId" = $2`, [admin.tenantId, manager.user.id]);
  await updatePartnerAccount(admin, { partnerId: claimant.partnerId, seatLimit: null, channelManagerId: seat[0]!.id });
});

/** Everything a partner's calls returned, as text, must not name the other party. */
function expectSilentAbout(value: unknown) {
  const text = JSON.stringify(value);
  expect(text).not.toContain("Holder Incumbent");
  expect(text).not.toContain(holder.partnerId);
}

describe("duplicate claims", () => {
  it("opens a conflict, alerts the claimant's channel manager and tells the partner only 'under review'", async () => {
    const held = await createOwnAccount(holder, fields({ name: "Orion Industrial S.A.", website: "orion.example", taxId: "ORI-1" }));
    const created = await createOwnAccount(claimant, fields({ name: "ORION INDUSTRIAL SA", taxId: "ori1" }));
    expect(created).toMatchObject({ reviewStatus: "UNDER_REVIEW" });
    expectSilentAbout(created);
    const detail = await getOwnAccount(claimant, created.id);
    expect(detail.reviewStatus).toBe("UNDER_REVIEW");
    expectSilentAbout(detail);
    expectSilentAbout(await listOwnAccounts(claimant));

    const [conflict] = (await listConflicts(manager, { status: "OPEN" })).rows;
    expect(conflict).toMatchObject({
      kind: "DUPLICATE_CLAIM",
      account: { id: created.id },
      claimant: { id: claimant.partnerId },
      otherAccount: { id: held.id },
      otherPartner: { id: holder.partnerId, name: "Holder Incumbent Ltd" },
      matchedOn: ["taxId", "name"],
    });
    const events = await ownerQuery<{ type: string; payload: { recipients: { userId: string }[]; params: Record<string, string> } }>(
      `SELECT type, payload FROM "OutboxEvent" WHERE "tenantId" = $1 AND type = 'conflict.opened'`,
      [admin.tenantId],
    );
    expect(events).toHaveLength(1);
    expect(events[0]!.payload.recipients).toEqual([{ userId: manager.user.id }]);
    expect(events[0]!.payload.params).toMatchObject({ partner: "Claimant Newcomer", account: "ORION INDUSTRIAL SA" });
  });

  it("the conflict table is invisible to partners, even to a raw query in their scope", async () => {
    const rows = await withScope(scopeOf(claimant), (tx) => tx.channelConflict.findMany());
    expect(rows).toEqual([]);
    const theirs = await withScope(scopeOf(claimant), (tx) => tx.account.findMany({ where: { partnerId: holder.partnerId } }));
    expect(theirs).toEqual([]);
  });

  it("an imported duplicate opens a conflict too, and the report says only how many are under review", async () => {
    await createOwnAccount(holder, fields({ name: "Vega Logistics", website: "vega-log.example" }));
    const report = await importOwnAccounts(claimant, { file: "name,website\nVega Transport,https://vega-log.example/\nFresh Co,\n", locale: "en" });
    expect(report).toMatchObject({ imported: 2, underReview: 1, problems: [] });
    expectSilentAbout(report);
  });
});

describe("outside the partner's territories", () => {
  it("opens an OUT_OF_TERRITORY conflict; inside (or below) an assigned territory is fine", async () => {
    const americas = (await createTerritory(admin, { name: "Americas", description: null, parentId: null })).id;
    const chile = (await createTerritory(admin, { name: "Chile", description: null, parentId: americas })).id;
    const spain = (await createTerritory(admin, { name: "Spain", description: null, parentId: null })).id;
    await addRule(admin, { territoryId: chile, country: "CL", region: null, postalPrefix: null, industry: null, priority: 0 });
    await addRule(admin, { territoryId: spain, country: "ES", region: null, postalPrefix: null, industry: null, priority: 0 });
    const scout = await createPartnerWithUser(admin);
    await assignTerritoryPartner(admin, { territoryId: americas, partnerId: scout.partnerId });

    expect(await createOwnAccount(scout, fields({ name: "Andes Mining", country: "CL" }))).toMatchObject({ reviewStatus: "CLEAR" });
    const away = await createOwnAccount(scout, fields({ name: "Iberia Foods", country: "ES" }));
    expect(away.reviewStatus).toBe("UNDER_REVIEW");
    const conflicts = await conflictsOf(admin, { accountId: away.id });
    expect(conflicts).toEqual([expect.objectContaining({ kind: "OUT_OF_TERRITORY", territoryPath: "Spain", otherPartner: null })]);
  });
});

describe("resolution", () => {
  it("needs a reason and the current version, is audited, and clears or declines the claim", async () => {
    await createOwnAccount(holder, fields({ name: "Sirius Health" }));
    const claim = await createOwnAccount(claimant, fields({ name: "Sirius Health S.L." }));
    const [conflict] = await conflictsOf(admin, { accountId: claim.id });
    const reason = await rejectsWith(
      resolveConflict(manager, { conflictId: conflict!.id, decision: "ALLOWED", reason: " ", version: conflict!.version }),
      "REASON_REQUIRED",
    );
    expect(reason.fields).toMatchObject({ reason: expect.any(Array) });
    const rep = await addVendorUser(admin, "SALES_REP");
    await rejectsWith(resolveConflict(rep, { conflictId: conflict!.id, decision: "ALLOWED", reason: "x", version: 0 }), "FORBIDDEN");
    const other = await createTestTenant();
    await rejectsWith(resolveConflict(other, { conflictId: conflict!.id, decision: "ALLOWED", reason: "x", version: 0 }), "NOT_FOUND");

    const resolved = await resolveConflict(manager, { conflictId: conflict!.id, decision: "ALLOWED", reason: "Different division, agreed by both", version: conflict!.version });
    expect(resolved).toMatchObject({ status: "ALLOWED", resolutionReason: "Different division, agreed by both" });
    expect((await getOwnAccount(claimant, claim.id)).reviewStatus).toBe("CLEAR");
    await rejectsWith(
      resolveConflict(manager, { conflictId: conflict!.id, decision: "DECLINED", reason: "late tab", version: conflict!.version }),
      "STALE_EDIT",
    );
    await rejectsWith(
      resolveConflict(manager, { conflictId: conflict!.id, decision: "DECLINED", reason: "again", version: resolved.version }),
      "INVALID_TRANSITION",
    );
    const audit = await ownerQuery<{ action: string; after: { reason: string } }>(
      `SELECT action, after FROM "AuditLog" WHERE "tenantId" = $1 AND "entityId" = $2 ORDER BY "createdAt"`,
      [admin.tenantId, conflict!.id],
    );
    expect(audit.map((a) => a.action)).toEqual(["conflict.opened", "conflict.allow"]);
    expect(audit[1]!.after.reason).toBe("Different division, agreed by both");
  });

  it("declining marks the claim DECLINED for the partner, still without naming the other party", async () => {
    await createOwnAccount(holder, fields({ name: "Polaris Energy" }));
    const claim = await createOwnAccount(claimant, fields({ name: "Polaris Energy Inc." }));
    const [conflict] = await conflictsOf(admin, { accountId: claim.id });
    await resolveConflict(admin, { conflictId: conflict!.id, decision: "DECLINED", reason: "Holder registered first", version: conflict!.version });
    const detail = await getOwnAccount(claimant, claim.id);
    expect(detail.reviewStatus).toBe("DECLINED");
    expectSilentAbout(detail);
  });
});
