/**
 * Onboarding (lib/programs): the checklist's progress read from the data, the agreement's
 * versions (who accepted which version and when; a new version is not silently accepted),
 * billing details with optimistic versions, certifications, and activation — automatic or
 * by a channel manager, per program — through the partner lifecycle.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { withScope } from "@/lib/db/scope";
import { scopeOf } from "@/lib/auth/context";
import { createOnboardingItem, publishAgreement } from "@/lib/programs/checklist";
import { activatePartner, enrolPartner, getPartnerProgram } from "@/lib/programs/enrolment";
import { evaluateTenantTiers } from "@/lib/programs/jobs";
import { publishAgreementSchema } from "@/lib/programs/schema";
import { deletePartnerFile, uploadPartnerFile } from "@/lib/files/service";
import {
  acceptAgreement,
  getOwnAgreement,
  getOwnOnboarding,
  saveBilling,
  submitCertification,
  submitDocument,
} from "@/lib/programs/onboarding";
import { ownerQuery, ownerRow } from "@/tests/fixtures/db";
import { rejectsWith } from "@/tests/fixtures/expect";
import { addVendorUser, createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";
import { bodyOf, pdf } from "@/tests/fixtures/files";
import { createLadderProgram, renderProgramEvents } from "@/tests/fixtures/programs";

let admin: VendorCtx;

const BILLING = { legalName: "Northwind Trading S.A.", taxId: "B12345678", email: "billing@northwind.test", address: "Calle Mayor 1, Madrid", country: "ES", version: 0 };
const AGREEMENT_V1 = {
  en: { title: "Reseller agreement", body: "1. The partner resells the vendor's products.\n2. Prices follow the price list." },
  es: { title: "Acuerdo de distribución", body: "1. El socio revende los productos del proveedor.\n2. Los precios siguen la tarifa." },
};

const statusOf = async (partnerId: string) => (await ownerRow<{ status: string }>("Partner", "id", partnerId))!.status;

/** A program with the four kinds of items and a published agreement, and a partner in it. */
async function onboardingSetup(activation: "AUTOMATIC" | "MANUAL") {
  const program = await createLadderProgram(admin, { activation });
  await createOnboardingItem(admin, { programId: program.programId, kind: "AGREEMENT", title: "Accept the reseller agreement", description: null });
  await createOnboardingItem(admin, { programId: program.programId, kind: "BILLING", title: "Billing details", description: null });
  const cert = await createOnboardingItem(admin, { programId: program.programId, kind: "CERTIFICATION", title: "Sales certification", description: "One person certified" });
  const agreement = await publishAgreement(admin, { programId: program.programId, ...AGREEMENT_V1 });
  const partnerAdmin = await createPartnerWithUser(admin, "PARTNER_ADMIN");
  await enrolPartner(admin, { partnerId: partnerAdmin.partnerId, programId: program.programId });
  return { program, partnerAdmin, certItem: cert.id, agreementId: agreement.id };
}

async function completeChecklist(partner: PartnerCtx, setup: Awaited<ReturnType<typeof onboardingSetup>>) {
  await acceptAgreement(partner, { agreementId: setup.agreementId });
  await saveBilling(partner, BILLING);
  await submitCertification(partner, { itemId: setup.certItem, person: "Ana Ruiz", credential: "SALES-101", completedOn: "2026-11-20" });
}

beforeAll(async () => {
  admin = await createTestTenant({ defaultLocale: "es" });
});

describe("the checklist", () => {
  it("progress is read from the data and is the same for the partner and the back office", async () => {
    const setup = await onboardingSetup("MANUAL");
    const partner = setup.partnerAdmin;
    let progress = await getOwnOnboarding(partner);
    expect(progress).toMatchObject({ done: 0, total: 3, complete: false, activation: "MANUAL" });
    await acceptAgreement(partner, { agreementId: setup.agreementId });
    await saveBilling(partner, BILLING);
    progress = await getOwnOnboarding(partner);
    expect(progress?.items.map((item) => [item.kind, item.done])).toEqual([
      ["AGREEMENT", true],
      ["BILLING", true],
      ["CERTIFICATION", false],
    ]);
    expect((await getPartnerProgram(admin, partner.partnerId))?.onboarding).toEqual(progress);
  });

  it("a plain partner user reads the checklist but completes nothing; another tenant's item is NOT_FOUND", async () => {
    const setup = await onboardingSetup("MANUAL");
    const user = await createPartnerWithUser(admin, "PARTNER_USER", { partnerId: setup.partnerAdmin.partnerId });
    expect(await getOwnOnboarding(user)).toMatchObject({ total: 3 });
    await rejectsWith(acceptAgreement(user, { agreementId: setup.agreementId }), "FORBIDDEN");
    await rejectsWith(saveBilling(user, BILLING), "FORBIDDEN");
    const elsewhere = await createTestTenant();
    const theirs = await onboardingSetupFor(elsewhere);
    await rejectsWith(
      submitCertification(setup.partnerAdmin, { itemId: theirs, person: "X Y", credential: "C-1", completedOn: "2026-11-20" }),
      "NOT_FOUND",
    );
    expect(await ownerQuery(`SELECT id FROM "OnboardingSubmission" WHERE "itemId" = $1`, [theirs])).toEqual([]);
  });

  it("billing details: the second tab's save is STALE_EDIT and changes nothing", async () => {
    const setup = await onboardingSetup("MANUAL");
    const partner = setup.partnerAdmin;
    expect(await saveBilling(partner, BILLING)).toEqual({ version: 0 });
    expect(await saveBilling(partner, { ...BILLING, address: "Gran Vía 2, Madrid", version: 0 })).toEqual({ version: 1 });
    // A tab opened before the last save still sends version 0.
    await rejectsWith(saveBilling(partner, { ...BILLING, legalName: "Stale", version: 0 }), "STALE_EDIT");
    const row = (await ownerQuery<{ legalName: string; address: string }>(`SELECT "legalName", address FROM "PartnerBilling" WHERE "partnerId" = $1`, [partner.partnerId]))[0];
    expect(row).toEqual({ legalName: BILLING.legalName, address: "Gran Vía 2, Madrid" });
  });

  it("a partner session cannot write the vendor's program rows (row-level security)", async () => {
    const setup = await onboardingSetup("MANUAL");
    const partner = setup.partnerAdmin;
    // Updates and deletes see no row to change; inserts are refused outright.
    const updated = await withScope(scopeOf(partner), (tx) =>
      Promise.all([
        tx.partnerProgram.updateMany({ where: { partnerId: partner.partnerId }, data: { overrideReason: "self-promoted" } }),
        tx.program.updateMany({ where: { id: setup.program.programId }, data: { name: "Hijacked" } }),
        tx.recordedMetric.deleteMany({ where: { partnerId: partner.partnerId } }),
      ]),
    );
    expect(updated.map((result) => result.count)).toEqual([0, 0, 0]);
    await expect(
      withScope(scopeOf(partner), (tx) =>
        tx.recordedMetric.createMany({
          data: {
            id: "met_selfmade",
            tenantId: partner.tenantId,
            partnerId: partner.partnerId,
            metric: "REVENUE_T12M",
            periodStart: new Date(),
            periodEnd: new Date(),
            value: 10n ** 12n,
            currency: "USD",
          },
        }),
      ),
    ).rejects.toThrow();
    expect((await ownerRow<{ name: string }>("Program", "id", setup.program.programId))!.name).not.toBe("Hijacked");
    expect((await ownerRow<{ overrideReason: string | null }>("PartnerProgram", "partnerId", partner.partnerId))!.overrideReason).toBeNull();
  });
});

async function onboardingSetupFor(tenant: VendorCtx): Promise<string> {
  const program = await createLadderProgram(tenant);
  return (await createOnboardingItem(tenant, { programId: program.programId, kind: "CERTIFICATION", title: "Cert", description: null })).id;
}

describe("documents (lib/files)", () => {
  it("a document item is done once an upload of the partner's is filed; another partner's upload is refused on the field", async () => {
    const program = await createLadderProgram(admin, { activation: "AUTOMATIC" });
    const item = await createOnboardingItem(admin, { programId: program.programId, kind: "DOCUMENT", title: "Signed tax form", description: null });
    const partner = await createPartnerWithUser(admin, "PARTNER_ADMIN");
    const stranger = await createPartnerWithUser(admin, "PARTNER_ADMIN");
    await enrolPartner(admin, { partnerId: partner.partnerId, programId: program.programId });
    const bytes = pdf();
    const upload = (who: PartnerCtx) => uploadPartnerFile(who, { purpose: "partner.document", name: "w9.pdf", declaredSize: bytes.length, body: bodyOf(bytes) });
    const theirs = await upload(stranger);
    const refused = await rejectsWith(submitDocument(partner, { itemId: item.id, fileId: theirs.id }), "VALIDATION_FAILED");
    expect(refused.fields).toEqual({ fileId: ["files.validation.unknownFile"] });
    expect(await statusOf(partner.partnerId)).toBe("ONBOARDING");

    const mine = await upload(partner);
    await submitDocument(partner, { itemId: item.id, fileId: mine.id });
    const progress = await getOwnOnboarding(partner);
    expect(progress?.items[0]).toMatchObject({ kind: "DOCUMENT", done: true, document: { fileId: mine.id, name: "w9.pdf" } });
    // The only item: the automatic program activated the partner.
    expect(await statusOf(partner.partnerId)).toBe("ACTIVE");
    // Claimed, and kept while it answers the item.
    expect((await ownerRow<{ claimedAt: Date | null }>("FileObject", "id", mine.id))!.claimedAt).toBeInstanceOf(Date);
    await rejectsWith(deletePartnerFile(partner, mine.id), "FILE_IN_USE");
  });
});

describe("agreement versions", () => {
  it("records who accepted which version, when and in which language; a new version is not silently accepted", async () => {
    const setup = await onboardingSetup("MANUAL");
    const partner = setup.partnerAdmin;
    const mine = partner.user.locale === "es" ? "es" : "en";
    const other = mine === "es" ? "en" : "es";
    const read = await getOwnAgreement(partner);
    expect(read).toMatchObject({ number: 1, locale: mine, title: AGREEMENT_V1[mine].title, accepted: null });
    await acceptAgreement(partner, { agreementId: setup.agreementId });
    const acceptance = await ownerQuery<{ acceptedById: string; acceptedByEmail: string; locale: string; acceptedAt: Date }>(
      `SELECT "acceptedById", "acceptedByEmail", locale, "acceptedAt" FROM "AgreementAcceptance" WHERE "partnerId" = $1`,
      [partner.partnerId],
    );
    expect(acceptance).toEqual([
      { acceptedById: partner.user.id, acceptedByEmail: partner.user.email, locale: partner.user.locale, acceptedAt: expect.any(Date) },
    ]);
    const v2 = await publishAgreement(admin, {
      programId: setup.program.programId,
      [mine]: { title: "", body: "" },
      [other]: { title: "Agreement v2", body: "3. A new brand clause." },
    } as Parameters<typeof publishAgreement>[1]);
    expect(v2.number).toBe(2);
    const progress = await getOwnOnboarding(partner);
    expect(progress?.items[0]).toMatchObject({ kind: "AGREEMENT", done: false, agreement: { latest: 2, accepted: 1 } });
    // v2 only in the other language: the reader gets it rather than nothing.
    expect(await getOwnAgreement(partner)).toMatchObject({ number: 2, locale: other, accepted: null });
    // The page the partner had open showed v1: accepting it now is refused.
    await rejectsWith(acceptAgreement(partner, { agreementId: setup.agreementId }), "AGREEMENT_CHANGED");
    await acceptAgreement(partner, { agreementId: v2.id });
    expect((await getOwnOnboarding(partner))?.items[0]).toMatchObject({ done: true, agreement: { latest: 2, accepted: 2 } });
    const versions = await ownerQuery<{ number: number }>(
      `SELECT v.number FROM "AgreementAcceptance" a JOIN "AgreementVersion" v ON v.id = a."agreementId" WHERE a."partnerId" = $1 ORDER BY v.number`,
      [partner.partnerId],
    );
    expect(versions.map((row) => row.number)).toEqual([1, 2]);
    // The partner's admins were told about v2.
    const events = await ownerQuery<{ payload: { recipients: { userId: string }[]; params: { version: string } } }>(
      `SELECT payload FROM "OutboxEvent" WHERE "tenantId" = $1 AND type = 'agreement.published' AND payload->'params'->>'version' = '2'`,
      [admin.tenantId],
    );
    expect(events.flatMap((event) => event.payload.recipients)).toContainEqual({ userId: partner.user.id });
  });

  it("accepting twice (two people of the partner at once) keeps one acceptance", async () => {
    const setup = await onboardingSetup("MANUAL");
    const colleague = await createPartnerWithUser(admin, "PARTNER_ADMIN", { partnerId: setup.partnerAdmin.partnerId });
    await Promise.all([
      acceptAgreement(setup.partnerAdmin, { agreementId: setup.agreementId }),
      acceptAgreement(colleague, { agreementId: setup.agreementId }),
    ]);
    expect(await ownerQuery(`SELECT id FROM "AgreementAcceptance" WHERE "partnerId" = $1`, [setup.partnerAdmin.partnerId])).toHaveLength(1);
  });

  it("a version must be whole in at least one language, and never half in another", () => {
    const empty = { title: "", body: "" };
    expect(publishAgreementSchema.safeParse({ programId: "prg_x", en: empty, es: empty }).success).toBe(false);
    const half = publishAgreementSchema.safeParse({ programId: "prg_x", en: AGREEMENT_V1.en, es: { title: "Solo título", body: "" } });
    expect(half.error?.issues.map((issue) => issue.path.join("."))).toEqual(["es.body"]);
    expect(publishAgreementSchema.safeParse({ programId: "prg_x", en: AGREEMENT_V1.en, es: empty }).success).toBe(true);
  });
});

describe("activation", () => {
  it("MANUAL: a complete checklist tells the channel managers; the partner stays ONBOARDING until one activates it", async () => {
    const manager = await addVendorUser(admin, "CHANNEL_MANAGER");
    const setup = await onboardingSetup("MANUAL");
    const partner = setup.partnerAdmin;
    await rejectsWith(activatePartner(manager, { partnerId: partner.partnerId }), "ONBOARDING_INCOMPLETE");
    await completeChecklist(partner, setup);
    expect(await statusOf(partner.partnerId)).toBe("ONBOARDING");
    const told = await ownerQuery<{ payload: { recipients: { userId: string }[] } }>(
      `SELECT payload FROM "OutboxEvent" WHERE "tenantId" = $1 AND type = 'partner.onboardingCompleted' AND payload->'params'->>'partner' = $2`,
      [admin.tenantId, partner.partner.name],
    );
    expect(told).toHaveLength(1);
    expect(told[0]!.payload.recipients).toEqual(expect.arrayContaining([{ userId: manager.user.id }, { userId: admin.user.id }]));
    expect(await renderProgramEvents(admin.tenantId, partner.partner.name)).toBeGreaterThanOrEqual(3);
    const rep = await addVendorUser(admin, "SALES_REP");
    await rejectsWith(activatePartner(rep, { partnerId: partner.partnerId }), "FORBIDDEN");
    await activatePartner(manager, { partnerId: partner.partnerId });
    expect(await statusOf(partner.partnerId)).toBe("ACTIVE");
    expect((await getPartnerProgram(admin, partner.partnerId))?.onboarding.activatedAt).toBeInstanceOf(Date);
    const audit = await ownerQuery<{ action: string; actorUserId: string; after: { reason: string } }>(
      `SELECT action, "actorUserId", after FROM "AuditLog" WHERE "entityId" = $1 AND action = 'partner.activate'`,
      [partner.partnerId],
    );
    // The tenant speaks Spanish: the reason is written in its language.
    expect(audit).toEqual([{ action: "partner.activate", actorUserId: manager.user.id, after: expect.objectContaining({ reason: expect.stringContaining("Incorporación completa") }) }]);
    // Activating again is not a transition any more.
    await expect(activatePartner(manager, { partnerId: partner.partnerId })).rejects.toMatchObject({ name: "AppError" });
  });

  it("AUTOMATIC: the step that completes the checklist activates the partner, audited as that person", async () => {
    const setup = await onboardingSetup("AUTOMATIC");
    const partner = setup.partnerAdmin;
    await acceptAgreement(partner, { agreementId: setup.agreementId });
    await saveBilling(partner, BILLING);
    expect(await statusOf(partner.partnerId)).toBe("ONBOARDING");
    await submitCertification(partner, { itemId: setup.certItem, person: "Ana Ruiz", credential: "SALES-101", completedOn: "2026-11-20" });
    expect(await statusOf(partner.partnerId)).toBe("ACTIVE");
    const audit = await ownerQuery<{ actorUserId: string }>(
      `SELECT "actorUserId" FROM "AuditLog" WHERE "entityId" = $1 AND action = 'partner.activate'`,
      [partner.partnerId],
    );
    expect(audit).toEqual([{ actorUserId: partner.user.id }]);
    // No "waiting for you" message in an automatic program.
    expect(
      await ownerQuery(`SELECT id FROM "OutboxEvent" WHERE type = 'partner.onboardingCompleted' AND payload->'params'->>'partner' = $1`, [
        partner.partner.name,
      ]),
    ).toEqual([]);
  });

  it("the nightly sweep activates an AUTOMATIC partner whose checklist became complete without a step (an item removed)", async () => {
    const setup = await onboardingSetup("AUTOMATIC");
    const partner = setup.partnerAdmin;
    await acceptAgreement(partner, { agreementId: setup.agreementId });
    await saveBilling(partner, BILLING);
    await ownerQuery(`DELETE FROM "OnboardingItem" WHERE id = $1`, [setup.certItem]);
    expect(await statusOf(partner.partnerId)).toBe("ONBOARDING");
    const summary = await evaluateTenantTiers(admin.tenantId, new Date());
    expect(summary.activated).toBeGreaterThanOrEqual(1);
    expect(await statusOf(partner.partnerId)).toBe("ACTIVE");
  });
});
