/**
 * The claim keys' side table that duplicate detection searches (DealClaim, kept by
 * triggers): it follows every registration and deal in the transaction that writes it —
 * submitted, withdrawn, rejected, approved, extended, expired, opened, edited, closed —
 * whoever writes (partner, vendor, the expiry job), under row-level security.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { scopeOf } from "@/lib/auth/context";
import { withScope } from "@/lib/db/scope";
import { decideExtension, requestExtension } from "@/lib/deals/extensions";
import { runRegistrationExpiry } from "@/lib/deals/expiry";
import { createDirectDeal } from "@/lib/deals/opportunities";
import { checkClaim, withdrawOwnRegistration } from "@/lib/deals/registrations";
import { approveRegistration, rejectRegistration } from "@/lib/deals/review";
import { claimCheckSchema, directDealSchema } from "@/lib/deals/schema";
import { moveOwnOpportunityStage } from "@/lib/deals/stage-moves";
import { listStages } from "@/lib/deals/stages";
import { ownerQuery } from "@/tests/fixtures/db";
import { dayFromToday, register } from "@/tests/fixtures/deals";
import { createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";

let admin: VendorCtx;
let partner: PartnerCtx;
let other: PartnerCtx;

beforeAll(async () => {
  admin = await createTestTenant();
  partner = await createPartnerWithUser(admin, "PARTNER_ADMIN");
  other = await createPartnerWithUser(admin, "PARTNER_USER");
});

type Claim = {
  registrationId: string | null;
  opportunityId: string | null;
  partnerId: string | null;
  nameKey: string;
  domain: string | null;
  taxId: string | null;
  claimsUntil: string | null;
};

/** The claim row of a registration or deal (read as the owner), or null. */
async function claimOf(id: string): Promise<Claim | null> {
  const rows = await ownerQuery<Claim & { tenantId: string }>(
    `SELECT "tenantId", "registrationId", "opportunityId", "partnerId", "nameKey", "domain", "taxId", "claimsUntil"::text AS "claimsUntil"
     FROM "DealClaim" WHERE id = $1`,
    [id],
  );
  if (!rows[0]) return null;
  const { tenantId, ...claim } = rows[0];
  expect(tenantId).toBe(admin.tenantId);
  return claim;
}

/** The keys a registration or deal holds, as the claim must repeat them. */
async function keysOf(table: "DealRegistration" | "Opportunity", id: string) {
  const [row] = await ownerQuery<{ nameKey: string; domain: string | null; taxId: string | null }>(`SELECT "nameKey", "domain", "taxId" FROM "${table}" WHERE id = $1`, [id]);
  return row!;
}

const check = (ctx: PartnerCtx, customerName: string) => checkClaim(ctx, claimCheckSchema.parse({ customerName, website: "", taxId: "" }));

describe("registrations' claims", () => {
  it("a submitted registration claims with its keys, open-ended, until it is withdrawn", async () => {
    const { id } = await register(partner, { customerName: "Claves Retiradas S.A.", website: "claves-retiradas.example", taxId: "B-1111111" });
    const keys = await keysOf("DealRegistration", id);
    expect(keys).toEqual({ nameKey: "claves retiradas", domain: "claves-retiradas.example", taxId: expect.any(String) });
    expect(await claimOf(id)).toEqual({ registrationId: id, opportunityId: null, partnerId: partner.partnerId, ...keys, claimsUntil: null });
    expect(await check(other, "Claves Retiradas")).toEqual({ answer: "claimed" });

    await withdrawOwnRegistration(partner, { registrationId: id, version: 0, reason: "Customer went elsewhere" });
    expect(await claimOf(id)).toBeNull();
    expect(await check(other, "Claves Retiradas")).toEqual({ answer: "free" });
  });

  it("a rejected registration claims nothing", async () => {
    const { id } = await register(partner, { customerName: "Claves Rechazadas" });
    await rejectRegistration(admin, { registrationId: id, version: 0, reason: "Not qualified" });
    expect(await claimOf(id)).toBeNull();
  });

  // (Approval also gives the partner an account of the customer, which claims it on its own:
  // lib/accounts, not this table.)
  it("approval: the registration claims until its last protected day and its deal while open; an extension moves the day; expiry and closing end them", async () => {
    const { id } = await register(partner, { customerName: "Claves Protegidas" });
    const { opportunityId } = await approveRegistration(admin, { registrationId: id, version: 0, protectionDays: 30, reason: "" });
    const keys = await keysOf("DealRegistration", id);
    expect(await claimOf(id)).toEqual({ registrationId: id, opportunityId: null, partnerId: partner.partnerId, ...keys, claimsUntil: dayFromToday(admin, 30) });
    expect(await claimOf(opportunityId)).toEqual({ registrationId: id, opportunityId, partnerId: partner.partnerId, ...keys, claimsUntil: null });

    const request = await requestExtension(partner, { registrationId: id, days: 20, reason: "Board meets next month" });
    await decideExtension(admin, { extensionId: request.id, decision: "APPROVED", reason: "" });
    expect((await claimOf(id))?.claimsUntil).toBe(dayFromToday(admin, 50));

    // Protection ended yesterday: the claim says so at once (the detection compares the
    // day), and the expiry job removes it; the open deal still claims the customer.
    await ownerQuery(`UPDATE "DealRegistration" SET "protectedUntil" = current_date - 1 WHERE id = $1`, [id]);
    expect((await claimOf(id))?.claimsUntil).toBe(dayFromToday(admin, -1));
    await runRegistrationExpiry(new Date());
    expect((await ownerQuery<{ status: string }>(`SELECT status FROM "DealRegistration" WHERE id = $1`, [id]))[0]?.status).toBe("EXPIRED");
    expect(await claimOf(id)).toBeNull();
    expect(await claimOf(opportunityId)).not.toBeNull();

    const lost = (await listStages(admin)).find((s) => s.kind === "LOST")!;
    await moveOwnOpportunityStage(partner, { opportunityId, version: 0, stageId: lost.id, reason: "Budget cut" });
    expect(await claimOf(opportunityId)).toBeNull();
  });
});

describe("deals' claims", () => {
  it("a direct deal claims for the vendor (no partner), and an edit of its keys follows in the same transaction", async () => {
    const { id } = await createDirectDeal(
      admin,
      directDealSchema.parse({ name: "Direct claim", customerName: "Claves Directas", website: "", taxId: "", country: "", region: "", postalCode: "", industry: "", amount: "5000", currency: "USD", closeOn: dayFromToday(admin, 40) }),
    );
    expect(await claimOf(id)).toEqual({ registrationId: null, opportunityId: id, partnerId: null, nameKey: "claves directas", domain: null, taxId: null, claimsUntil: null });

    await withScope(scopeOf(admin), async (tx) => {
      await tx.opportunity.update({ where: { tenantId_id: { tenantId: admin.tenantId, id } }, data: { nameKey: "claves renombradas", domain: "renombradas.example" } });
      // Inside the writing transaction already.
      const [claim] = await tx.$queryRaw<{ nameKey: string; domain: string }[]>`SELECT "nameKey", "domain" FROM "DealClaim" WHERE "id" = ${id}`;
      expect(claim).toEqual({ nameKey: "claves renombradas", domain: "renombradas.example" });
    });
    // A write that rolls back leaves the claim as it was.
    await expect(
      withScope(scopeOf(admin), async (tx) => {
        await tx.opportunity.update({ where: { tenantId_id: { tenantId: admin.tenantId, id } }, data: { nameKey: "never committed" } });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect((await claimOf(id))?.nameKey).toBe("claves renombradas");
  });
});

describe("row-level security", () => {
  it("a partner reads its own claims only (never another partner's nor the vendor's), and another tenant none", async () => {
    const mine = await register(partner, { customerName: "Claves Propias" });
    const theirs = await register(other, { customerName: "Claves Ajenas" });
    const visibleTo = (ctx: PartnerCtx | VendorCtx) => withScope(scopeOf(ctx), (tx) => tx.dealClaim.findMany({ select: { id: true, partnerId: true } }));

    const ownView = await visibleTo(partner);
    expect(ownView.map((c) => c.id)).toContain(mine.id);
    expect(ownView.every((c) => c.partnerId === partner.partnerId)).toBe(true);
    const otherView = await visibleTo(other);
    expect(otherView.map((c) => c.id)).toEqual([theirs.id]);
    expect((await visibleTo(admin)).map((c) => c.id)).toEqual(expect.arrayContaining([mine.id, theirs.id]));

    const stranger = await createTestTenant();
    expect(await visibleTo(stranger)).toEqual([]);
  });

  it("the app cannot write a claim for another partner: the trigger's insert is checked like the registration's", async () => {
    const { id } = await register(other, { customerName: "Claves Vigiladas" });
    await expect(
      withScope(scopeOf(partner), (tx) => tx.$executeRaw`UPDATE "DealClaim" SET "nameKey" = 'hijacked' WHERE "id" = ${id}`),
    ).resolves.toBe(0);
    await expect(
      withScope(scopeOf(partner), (tx) =>
        tx.$executeRaw`INSERT INTO "DealClaim" ("id", "tenantId", "registrationId", "partnerId", "nameKey") VALUES ('forged', ${partner.tenantId}, ${id}, ${other.partnerId}, 'forged')`,
      ),
    ).rejects.toThrow();
    expect((await claimOf(id))?.nameKey).toBe("claves vigiladas");
  });
});
