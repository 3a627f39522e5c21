/**
 * The claim keys' side table that duplicate detection searches (DealClaim, kept by
 * triggers): it follows every registration and deal in the transaction that writes it —
 * submitted, withdrawn, rejected, approved, extended, expired, opened, edited, closed —
 * whoever writes (partner, vendor, the expiry job), under row-level security — and the
 * search over it for long names (lib/deals/claim-search.ts) finds exactly what `%` at 0.4
 * finds.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { scopeOf } from "@/lib/auth/context";
import { companyNameKey } from "@/lib/accounts/normalize";
import { withScope } from "@/lib/db/scope";
import { LONG_NAME, unsafeClaimCandidates } from "@/lib/deals/claim-search";
import { decideExtension, requestExtension } from "@/lib/deals/extensions";
import { runRegistrationExpiry } from "@/lib/deals/expiry";
import { createDirectDeal } from "@/lib/deals/opportunities";
import { checkClaim, withdrawOwnRegistration } from "@/lib/deals/registrations";
import { approveRegistration, rejectRegistration } from "@/lib/deals/review";
import { claimCheckSchema, directDealSchema } from "@/lib/deals/schema";
import { moveOwnOpportunityStage } from "@/lib/deals/stage-moves";
import { listStages } from "@/lib/deals/stages";
import { editDistance, matchedOn, SIMILAR_TRIGRAM } from "@/lib/deals/similarity";
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

describe("the search for long names reads fewer candidates and finds the same similar names", () => {
  /** A reproducible pseudo-random sequence (mulberry32). */
  function random(seed: number) {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789 ";

  /** One typo at a random place: insertion, deletion, substitution or transposition (spaces too). */
  function typo(name: string, next: () => number): string {
    const i = Math.floor(next() * name.length);
    const char = LETTERS[Math.floor(next() * LETTERS.length)]!;
    switch (Math.floor(next() * 4)) {
      case 0:
        return name.slice(0, i) + char + name.slice(i);
      case 1:
        return name.slice(0, i) + name.slice(i + 1);
      case 2:
        return name.slice(0, i) + char + name.slice(i + 1);
      default:
        return i + 1 < name.length ? name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2) : name;
    }
  }

  it(`two typos in a name of ${LONG_NAME}+ trigrams leave a similarity of at least ${SIMILAR_TRIGRAM}, as PostgreSQL measures it`, async () => {
    const next = random(12);
    const syllable = () => "bcdfghjklmnprstvz"[Math.floor(next() * 17)]! + "aeiou"[Math.floor(next() * 5)]!;
    const word = () => Array.from({ length: 1 + Math.floor(next() * 5) }, syllable).join("");
    const pairs: [string, string][] = [];
    while (pairs.length < 3000) {
      const name = Array.from({ length: 1 + Math.floor(next() * 4) }, word).join(" ");
      const edited = typo(next() < 0.5 ? name : typo(name, next), next);
      if (editDistance(name, edited, 2) <= 2) pairs.push([name, edited]);
    }
    const rows = await ownerQuery<{ trigrams: number; sim: number; a: string; b: string }>(
      `SELECT a, b, cardinality(show_trgm(a)) AS trigrams, similarity(a, b)::float8 AS sim FROM unnest($1::text[], $2::text[]) AS p(a, b)`,
      [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
    );
    const long = rows.filter((row) => row.trigrams >= LONG_NAME);
    expect(long.length).toBeGreaterThan(500);
    expect(long.filter((row) => row.sim < SIMILAR_TRIGRAM)).toEqual([]);
  });

  it("the same similar registrations and deals as `%` at 0.4 over every claim: typos, shared words, a name inside a longer one and the reverse", async () => {
    const base = "Orion Castellana Seguros";
    const held = [
      base,
      "Orion Castelana Seguros",
      "Orino Castellana Segruos",
      "Castellana",
      "Orion Seguros",
      "Orion Castellana Seguros Generales de Vida Internacional",
      "Seguros Orion Castellana y Reaseguros del Mediterraneo Occidental",
      "Castellana Logistica Internacional",
      "Orion Industrial Seguros Maritimos",
      "Pegaso Castellana Seguros",
    ];
    for (const customerName of held) await register(other, { customerName });
    const lookups = [base, "Orion Castellana Seguros Generales", "Castellana Seguros de Vida", "Mediterraneo Occidental Reaseguros Orion"];
    for (const customerName of lookups) {
      const nameKey = companyNameKey(customerName);
      const found = await withScope({ audience: "system", tenantId: admin.tenantId }, async (tx) => {
        const fast = await unsafeClaimCandidates(tx, admin.tenantId, { keys: { nameKey, domain: null, taxId: null }, today: dayFromToday(admin, 0) });
        await tx.$executeRaw`SELECT set_config('pg_trgm.similarity_threshold', '0.4', true)`;
        const every = await tx.$queryRaw<{ id: string; nameKey: string; sim: number }[]>`
          SELECT "id", "nameKey", similarity("nameKey", ${nameKey})::float8 AS "sim" FROM "DealClaim" WHERE "nameKey" = ${nameKey} OR "nameKey" % ${nameKey}`;
        const similar = (rows: { id: string; nameKey: string; sim: number }[]) =>
          rows.filter((row) => matchedOn({ nameKey, domain: null, taxId: null }, { nameKey: row.nameKey, domain: null, taxId: null }, row.sim).length).map((row) => row.id).sort();
        return { fast: similar(fast), every: similar(every), read: fast.length, trigrams: (await tx.$queryRaw<{ n: number }[]>`SELECT cardinality(show_trgm(${nameKey}))::int AS n`)[0]!.n };
      });
      expect(found.trigrams).toBeGreaterThanOrEqual(LONG_NAME);
      expect(found.fast.length).toBeGreaterThan(0);
      expect(found.fast).toEqual(found.every);
    }
    // The partner's answer through the whole detection: a name inside a longer one, and the reverse.
    expect(await check(partner, "Orion Castellana Seguros Generales")).toEqual({ answer: "claimed" });
    expect(await check(partner, "Mediterraneo Occidental Reaseguros Orion")).toEqual({ answer: "claimed" });
  });
});
