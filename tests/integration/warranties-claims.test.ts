/**
 * Warranty claims on PostgreSQL: filing with the eligibility check (coverage, registration,
 * one open claim per unit — also when two filings race), the vendor's decisions, RMA,
 * receipt and the three outcomes (a replacement continues the original's coverage; a
 * credit is capped at the price paid and issued as a credit note), the timeline, the audit
 * trail and the alerts; and the refusals: stale versions, wrong roles, other partners and
 * other tenants — with nothing changed.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { VENDOR_ROLE_LIST, vendorCan } from "@/lib/auth/permissions";
import { withScope } from "@/lib/db/scope";
import { getClaim, getOwnClaim, listClaims, listOwnClaims } from "@/lib/warranties/claim-read";
import { advanceClaim, answerClaim, decideClaim, fileClaim, issueRma, replaceUnit } from "@/lib/warranties/claims";
import { creditClaim } from "@/lib/warranties/credit";
import { exportJournal } from "@/lib/invoicing/journal-export";
import { recordPayment } from "@/lib/invoicing/payments";
import { recordPaymentSchema } from "@/lib/invoicing/schema";
import { announceOverdueInTx } from "@/lib/warranties/overdue";
import { importUnits } from "@/lib/warranties/import";
import { lookupOwnCoverage } from "@/lib/warranties/read";
import { creditSchema, fileClaimSchema, issueRmaSchema, registerSaleSchema, replaceSchema } from "@/lib/warranties/schema";
import { registerSale } from "@/lib/warranties/units";
import type { ClaimSummary } from "@/lib/warranties/types";
import { ownerQuery, ownerRow } from "@/tests/fixtures/db";
import { rejectsWith } from "@/tests/fixtures/expect";
import { addVendorUser, createPartnerWithUser, createTestTenant, partnerCtxFor } from "@/tests/fixtures/factories";
import { seedProduct } from "@/tests/fixtures/catalog";
import { bodyOf, png } from "@/tests/fixtures/files";
import { uploadPartnerFile } from "@/lib/files/service";
import { seedPolicy, seedWarrantyProduct, shipSerials, uniqueSerial } from "@/tests/fixtures/warranties";

let admin: VendorCtx;
let finance: VendorCtx;
let other: VendorCtx;
let partner: PartnerCtx;
let colleague: PartnerCtx;
let rival: PartnerCtx;
let product: { id: string; sku: string };
let strict: { id: string; sku: string };

const today = () => new Date().toISOString().slice(0, 10);
const file = (ctx: PartnerCtx, unitId: string, failureCode = "no-power") => fileClaim(ctx, fileClaimSchema.parse({ unitId, failureCode, description: "Dead on arrival" }));
const step = (claim: ClaimSummary, extra: Record<string, unknown> = {}) => ({ claimId: claim.id, version: claim.version, reason: "", ...extra });
const claimRow = async (id: string) => (await ownerRow("WarrantyClaim", "id", id))!;
const events = (type: string, claimNumber: string) =>
  ownerQuery<{ payload: { recipients: { userId: string }[]; link: string; params: Record<string, string> } }>(
    `SELECT payload FROM "OutboxEvent" WHERE "tenantId" = $1 AND type = $2 AND payload->'params'->>'claim' = $3 ORDER BY "createdAt"`,
    [admin.tenantId, type, claimNumber],
  );
const wc = (n: number) => `WC-${String(n).padStart(6, "0")}`;

async function shippedUnit(to: PartnerCtx = partner, productId = product.id): Promise<{ unitId: string; serial: string }> {
  const serial = uniqueSerial();
  const [unitId] = await shipSerials(admin, to, productId, [serial]);
  return { unitId: unitId!, serial };
}

beforeAll(async () => {
  admin = await createTestTenant();
  other = await createTestTenant();
  [finance, partner, rival] = await Promise.all([addVendorUser(admin, "FINANCE"), createPartnerWithUser(admin, "PARTNER_ADMIN", { partnerType: "VAR" }), createPartnerWithUser(admin)]);
  colleague = await createPartnerWithUser(admin, "PARTNER_USER", { partnerId: partner.partnerId });
  product = await seedWarrantyProduct(admin, 200);
  await seedPolicy(admin, { productId: product.id, months: "24" });
  strict = await seedWarrantyProduct(admin, 20);
  await seedPolicy(admin, { productId: strict.id, requiresRegistration: "on" });
});

describe("filing and eligibility", () => {
  it("a covered unit's claim is filed and checked at once, with its number, SLA, timeline, audit and an alert to the handlers", async () => {
    const { unitId, serial } = await shippedUnit();
    const claim = await file(partner, unitId);
    expect(claim).toMatchObject({ status: "ELIGIBILITY_CHECKED", version: 1, unitId });
    expect(claim.dueAt!.getTime()).toBeGreaterThan(Date.now() + 47 * 3_600_000);
    const detail = await getOwnClaim(partner, claim.id);
    expect(detail).toMatchObject({ serial, failureCode: "NO-POWER", coverage: { status: "COVERED", policy: { months: 24 } } });
    expect(detail.timeline.map((t) => [t.action, t.fromStatus, t.toStatus])).toEqual([
      ["file", null, "FILED"],
      ["check", "FILED", "ELIGIBILITY_CHECKED"],
    ]);
    const audits = await ownerQuery<{ action: string }>(`SELECT action FROM "AuditLog" WHERE "entityId" = $1 ORDER BY "createdAt", action`, [claim.id]);
    expect(audits.map((a) => a.action).sort()).toEqual(["warrantyClaim.check", "warrantyClaim.filed"]);
    const [filed] = await events("warranty.claimFiled", wc(claim.number));
    expect(filed!.payload.recipients.map((r) => r.userId)).toContain(admin.user.id);
    expect(filed!.payload.link).toBe(`/${admin.tenant.slug}/admin/warranties/claims/${claim.id}`);
    expect(await events("warranty.claimUpdated", wc(claim.number))).toEqual([]);
    expect((await listOwnClaims(partner)).map((c) => c.id)).toContain(claim.id);
    expect((await listClaims(admin, { status: "ELIGIBILITY_CHECKED" })).map((c) => c.id)).toContain(claim.id);
  });

  it("one open claim per unit: a second is WARRANTY_CLAIM_OPEN, and of two simultaneous filings exactly one wins", async () => {
    const { unitId } = await shippedUnit();
    const first = await file(partner, unitId);
    expect((await rejectsWith(file(colleague, unitId), "WARRANTY_CLAIM_OPEN")).params).toEqual({ number: wc(first.number) });

    const race = await shippedUnit();
    const results = await Promise.allSettled(Array.from({ length: 4 }, (_, i) => file(i % 2 ? colleague : partner, race.unitId)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "WARRANTY_CLAIM_OPEN" });
    expect(await ownerQuery(`SELECT id FROM "WarrantyClaim" WHERE "unitId" = $1`, [race.unitId])).toHaveLength(1);
  });

  it("expired, unregistered (when the policy requires it), another partner's and another tenant's units are refused with nothing written", async () => {
    const old = uniqueSerial();
    await importUnits(admin, { file: `serial,sku,partner,ship date\n${old},${product.sku},${partner.partner.name},2020-01-10\n`, locale: "en" });
    const { unitId: expired } = (await lookupOwnCoverage(partner, old))[0]!;
    expect((await rejectsWith(file(partner, expired), "WARRANTY_NOT_COVERED")).params).toMatchObject({ status: "EXPIRED", lastDay: "2022-01-09" });
    const unregistered = await shippedUnit(partner, strict.id);
    await rejectsWith(file(partner, unregistered.unitId), "WARRANTY_NOT_REGISTERED");
    const mine = await shippedUnit();
    await rejectsWith(file(rival, mine.unitId), "NOT_FOUND");
    const foreign = await createPartnerWithUser(other);
    await rejectsWith(file(foreign, mine.unitId), "NOT_FOUND");
    expect(await ownerQuery(`SELECT id FROM "WarrantyClaim" WHERE "unitId" = ANY($1)`, [[expired, unregistered.unitId, mine.unitId]])).toEqual([]);
    // once registered, the strict policy's unit may be claimed
    await registerSale(partner, registerSaleSchema.parse({ unitId: unregistered.unitId, endCustomerName: "Contoso", endCustomerLocale: "en", saleOn: today() }));
    expect((await file(partner, unregistered.unitId)).status).toBe("ELIGIBILITY_CHECKED");
  });
});

describe("photos", () => {
  it("the partner's own photos go with the claim; another partner's upload is refused on its field, nothing filed", async () => {
    const { unitId } = await shippedUnit();
    const upload = (ctx: PartnerCtx, name: string) => {
      const bytes = png(32, 32);
      return uploadPartnerFile(ctx, { purpose: "warranty.photo", name, declaredSize: bytes.length, body: bodyOf(bytes) });
    };
    const [mine, theirs] = await Promise.all([upload(partner, "label.png"), upload(rival, "other.png")]);
    const refused = fileClaim(partner, fileClaimSchema.parse({ unitId, failureCode: "CRACK", description: "Cracked", photoFileIds: [mine.id, theirs.id] }));
    expect((await rejectsWith(refused, "VALIDATION_FAILED")).fields).toEqual({ "photoFileIds.1": ["files.validation.unknownFile"] });
    expect(await ownerQuery(`SELECT id FROM "WarrantyClaim" WHERE "unitId" = $1`, [unitId])).toEqual([]);
    expect(fileClaimSchema.safeParse({ unitId, failureCode: "X", description: "d", photoFileIds: Array.from({ length: 7 }, (_, i) => `fil_${i}`) }).success).toBe(false);
    const filed = await fileClaim(partner, fileClaimSchema.parse({ unitId, failureCode: "CRACK", description: "Cracked", photoFileIds: [mine.id, mine.id] }));
    const detail = await getClaim(admin, filed.id);
    expect(detail.photos.map((p) => [p.id, p.purpose, p.inline])).toEqual([[mine.id, "warranty.photo", true]]);
    expect((await ownerRow("FileObject", "id", mine.id))!.claimedAt).not.toBeNull();
  });
});

describe("decisions and returns", () => {
  it("filed → approved → RMA → received → replaced → closed; the replacement continues the original's coverage", async () => {
    const { unitId, serial } = await shippedUnit();
    await registerSale(partner, registerSaleSchema.parse({ unitId, endCustomerName: "Fabrikam", endCustomerLocale: "es", saleOn: today(), installationSite: "Sevilla" }));
    const filed = await file(partner, unitId);
    const approved = await decideClaim(admin, { ...step(filed), to: "APPROVED" });
    const rma = await issueRma(admin, issueRmaSchema.parse(step(approved, { returnInstructions: "Ship to dock 4, RMA on the box" })));
    expect(rma.status).toBe("RMA_ISSUED");
    expect(await claimRow(filed.id)).toMatchObject({ rmaNumber: `RMA-${String(filed.number).padStart(6, "0")}`, returnInstructions: "Ship to dock 4, RMA on the box" });
    const received = await advanceClaim(admin, { ...step(rma), to: "RECEIVED" });
    const replacementSerial = uniqueSerial("RPL");
    const replaced = await replaceUnit(admin, replaceSchema.parse(step(received, { replacementSerial })));
    expect(replaced.status).toBe("REPLACED");
    const closed = await advanceClaim(admin, { ...step(replaced), to: "CLOSED" });
    expect(closed).toMatchObject({ status: "CLOSED", dueAt: null });
    expect(await claimRow(filed.id)).toMatchObject({ openUnitId: null, replacementUnitId: replaced.replacementUnitId });

    const [original] = await lookupOwnCoverage(partner, serial);
    const [replacement] = await lookupOwnCoverage(partner, replacementSerial);
    expect(replacement).toMatchObject({ source: "REPLACEMENT", registration: { endCustomerName: "Fabrikam", installationSite: "Sevilla" } });
    expect(replacement!.coverage).toMatchObject({ status: "COVERED", startOn: original!.coverage.startOn, lastDay: original!.coverage.lastDay, continuesSerial: serial });

    const detail = await getClaim(admin, filed.id);
    expect(detail.timeline.map((t) => t.action)).toEqual(["file", "check", "approve", "issueRma", "receive", "replace", "close"]);
    expect(detail.replacement).toEqual({ unitId: replaced.replacementUnitId, serial: replacementSerial });
    const updates = await events("warranty.claimUpdated", wc(filed.number));
    // the admin who took every step is the only handler: only the partner's users are told
    expect(updates.map((e) => e.payload.params.status)).toEqual(["APPROVED", "RMA_ISSUED", "RECEIVED", "REPLACED", "CLOSED"]);
    expect(updates[0]!.payload.recipients.map((r) => r.userId)).toEqual(expect.arrayContaining([partner.user.id, colleague.user.id]));
    expect(updates[0]!.payload.link).toBe(`/${admin.tenant.slug}/portal/warranties/claims/${filed.id}`);
    // a new claim on the same unit is possible once the first is closed
    expect((await file(partner, unitId)).status).toBe("ELIGIBILITY_CHECKED");
    // the replacement's serial cannot be used twice
    const again = await file(partner, (await shippedUnit()).unitId);
    const r2 = await advanceClaim(admin, { ...step(await issueRma(admin, issueRmaSchema.parse(step(await decideClaim(admin, { ...step(again), to: "APPROVED" }), { returnInstructions: "Dock 4" })))), to: "RECEIVED" });
    expect((await rejectsWith(replaceUnit(admin, replaceSchema.parse(step(r2, { replacementSerial }))), "VALIDATION_FAILED")).fields).toEqual({
      replacementSerial: ["warranties.validation.replacementKnown"],
    });
  });

  it("info requested → the partner answers → rejected with its reason; rejection frees the unit; a reason is required", async () => {
    const { unitId } = await shippedUnit();
    const filed = await file(partner, unitId);
    await rejectsWith(decideClaim(admin, { ...step(filed), to: "INFO_REQUESTED" }), "REASON_REQUIRED");
    const asked = await decideClaim(admin, { ...step(filed), to: "INFO_REQUESTED", reason: "Send a photo of the label" });
    await rejectsWith(answerClaim(rival, { ...step(asked), reason: "here" }), "NOT_FOUND");
    const answered = await answerClaim(colleague, { ...step(asked), reason: "Label photo attached by e-mail" });
    expect(answered.status).toBe("ELIGIBILITY_CHECKED");
    await rejectsWith(decideClaim(admin, { ...step(answered), to: "REJECTED", reason: "  " }), "REASON_REQUIRED");
    const rejected = await decideClaim(admin, { ...step(answered), to: "REJECTED", reason: "Water damage is not covered" });
    expect(rejected.status).toBe("REJECTED");
    const detail = await getOwnClaim(partner, filed.id);
    expect(detail.timeline.slice(-3).map((t) => [t.action, t.reason])).toEqual([
      ["askInfo", "Send a photo of the label"],
      ["answer", "Label photo attached by e-mail"],
      ["reject", "Water damage is not covered"],
    ]);
    expect((await file(partner, unitId)).status).toBe("ELIGIBILITY_CHECKED");
  });

  it("out of turn, stale, wrong role, another tenant: refused and the claim unchanged", async () => {
    const { unitId } = await shippedUnit();
    const filed = await file(partner, unitId);
    const before = await claimRow(filed.id);
    await rejectsWith(advanceClaim(admin, { ...step(filed), to: "RECEIVED" }), "INVALID_TRANSITION");
    await rejectsWith(issueRma(admin, issueRmaSchema.parse(step(filed, { returnInstructions: "x" }))), "INVALID_TRANSITION");
    await rejectsWith(decideClaim(admin, { ...step(filed), version: 0, to: "APPROVED" }), "STALE_EDIT");
    await rejectsWith(decideClaim(finance, { ...step(filed), to: "APPROVED" }), "FORBIDDEN");
    await rejectsWith(decideClaim(other, { ...step(filed), to: "APPROVED" }), "NOT_FOUND");
    await rejectsWith(getClaim(other, filed.id), "NOT_FOUND");
    await rejectsWith(getOwnClaim(rival, filed.id), "NOT_FOUND");
    // the partner cannot take a vendor step: the portal's answer only fits INFO_REQUESTED
    await rejectsWith(answerClaim(partner, { ...step(filed), reason: "please" }), "INVALID_TRANSITION");
    expect(await claimRow(filed.id)).toEqual(before);
  });
});

describe("SLA notices", () => {
  it("a step past its due time is announced once, to the handlers — and to the partner when it waits for the partner", async () => {
    const { unitId } = await shippedUnit();
    const filed = await file(partner, unitId);
    const announce = (at: Date) => withScope({ audience: "system", tenantId: admin.tenantId }, (tx) => announceOverdueInTx(tx, admin.tenantId, at));
    const late = (claim: ClaimSummary) => new Date(claim.dueAt!.getTime() + 60_000);
    expect(await announce(new Date(filed.dueAt!.getTime() - 60_000))).toBe(0);
    expect(await announce(late(filed))).toBeGreaterThanOrEqual(1);
    expect(await announce(late(filed))).toBe(0);
    let notices = await events("warranty.claimOverdue", wc(filed.number));
    expect(notices).toHaveLength(1);
    expect(notices[0]!.payload.recipients.map((r) => r.userId)).toEqual([admin.user.id]);
    expect(notices[0]!.payload.params).toMatchObject({ status: "ELIGIBILITY_CHECKED", serial: expect.any(String) });
    // the next step has its own due time: waiting for the partner's answer, the partner is told too
    const asked = await decideClaim(admin, { ...step(filed), to: "INFO_REQUESTED", reason: "Which firmware?" });
    expect(asked.dueAt!.getTime() - filed.dueAt!.getTime()).toBeGreaterThan(4 * 24 * 3_600_000);
    await announce(late(asked));
    notices = await events("warranty.claimOverdue", wc(filed.number));
    expect(notices).toHaveLength(3);
    expect(notices.flatMap((n) => n.payload.recipients.map((r) => r.userId))).toEqual(expect.arrayContaining([admin.user.id, partner.user.id, colleague.user.id]));
    // closed claims wait for nothing
    const rejected = await decideClaim(admin, { ...step(asked), to: "REJECTED", reason: "No answer" });
    expect(rejected.dueAt).toBeNull();
  });
});

describe("roles, from the permission table", () => {
  it("every back-office role without warranties.manage is FORBIDDEN every vendor step; without warranties.read, the reads", async () => {
    const { unitId } = await shippedUnit();
    const filed = await file(partner, unitId);
    const before = await claimRow(filed.id);
    for (const role of VENDOR_ROLE_LIST) {
      const ctx = role === "TENANT_ADMIN" ? admin : await addVendorUser(admin, role);
      if (!vendorCan(role, "warranties.manage")) {
        await rejectsWith(decideClaim(ctx, { ...step(filed), to: "APPROVED" }), "FORBIDDEN");
        await rejectsWith(issueRma(ctx, issueRmaSchema.parse(step(filed, { returnInstructions: "x" }))), "FORBIDDEN");
        await rejectsWith(advanceClaim(ctx, { ...step(filed), to: "CLOSED" }), "FORBIDDEN");
        await rejectsWith(replaceUnit(ctx, replaceSchema.parse(step(filed, { replacementSerial: "X" }))), "FORBIDDEN");
        await rejectsWith(creditClaim(ctx, creditSchema.parse(step(filed, { amount: "1" }))), "FORBIDDEN");
      }
      if (vendorCan(role, "warranties.read")) expect((await getClaim(ctx, filed.id)).id).toBe(filed.id);
      else await rejectsWith(getClaim(ctx, filed.id), "FORBIDDEN");
    }
    expect(await claimRow(filed.id)).toEqual(before);
  });
});

describe("a suspended partner and a preview read, and change nothing", () => {
  it("suspended: PARTNER_SUSPENDED on filing, answering and registering; reads still work", async () => {
    const suspendedPartner = await createPartnerWithUser(admin, "PARTNER_ADMIN");
    const { unitId, serial } = await shippedUnit(suspendedPartner);
    await ownerQuery(`UPDATE "Partner" SET status = 'SUSPENDED' WHERE id = $1`, [suspendedPartner.partnerId]);
    const suspended = await partnerCtxFor(admin.tenantId, suspendedPartner.user.email);
    await rejectsWith(file(suspended, unitId), "PARTNER_SUSPENDED");
    await rejectsWith(registerSale(suspended, registerSaleSchema.parse({ unitId, endCustomerName: "X", endCustomerLocale: "en", saleOn: today() })), "PARTNER_SUSPENDED");
    expect((await lookupOwnCoverage(suspended, serial))[0]!.unitId).toBe(unitId);
    expect(await ownerQuery(`SELECT id FROM "WarrantyClaim" WHERE "unitId" = $1`, [unitId])).toEqual([]);
  });

  it("a vendor previewing the portal reads the partner's units and may not file or register", async () => {
    const { unitId, serial } = await shippedUnit();
    const preview: PartnerCtx = { ...partner, user: admin.user, preview: { vendorRole: "TENANT_ADMIN" } };
    expect((await lookupOwnCoverage(preview, serial))[0]!.unitId).toBe(unitId);
    await rejectsWith(file(preview, unitId), "FORBIDDEN");
    await rejectsWith(registerSale(preview, registerSaleSchema.parse({ unitId, endCustomerName: "X", endCustomerLocale: "en", saleOn: today() })), "FORBIDDEN");
  });
});

describe("credit", () => {
  async function receivedClaim(unitId: string): Promise<ClaimSummary & { number: number }> {
    const filed = await file(partner, unitId);
    const approved = await decideClaim(admin, { ...step(filed), to: "APPROVED" });
    const rma = await issueRma(admin, issueRmaSchema.parse(step(approved, { returnInstructions: "Dock 4" })));
    return { ...(await advanceClaim(admin, { ...step(rma), to: "RECEIVED" })), number: filed.number };
  }

  const journalOf = async (reference: string) => {
    const rows = [];
    for await (const row of exportJournal(finance, { from: "2000-01-01", to: "2999-12-31" })) if (row.reference === reference) rows.push(row);
    return rows.map((r) => [r.account, r.debitMinor, r.creditMinor]);
  };
  const cn = (n: number) => `CN-${String(n).padStart(6, "0")}`;

  it("is capped at the price paid, issued as a credit note through receivables (journal and accounting export) and told to finance", async () => {
    const { unitId } = await shippedUnit();
    const received = await receivedClaim(unitId);
    for (const amount of ["100.01", "0", "-5", "abc", "1.001"]) {
      expect((await rejectsWith(creditClaim(admin, creditSchema.parse(step(received, { amount }))), "VALIDATION_FAILED")).fields, amount).toEqual({
        amount: ["warranties.validation.creditAmount"],
      });
    }
    expect((await claimRow(received.id)).creditAmountMinor).toBeNull();
    const notesBefore = await ownerQuery(`SELECT id FROM "CreditNote" WHERE "tenantId" = $1`, [admin.tenantId]);
    const credited = await creditClaim(admin, creditSchema.parse(step(received, { amount: "60.00", reason: "Goodwill: half the unit" })));
    expect(credited).toMatchObject({ status: "CREDITED", amountMinor: BigInt(6000), currency: "USD" });
    const row = await claimRow(received.id);
    expect(row).toMatchObject({ creditAmountMinor: "6000", creditCurrency: "USD" });
    const [note] = await ownerQuery<{ id: string; number: number; totalMinor: string; reason: string; partnerId: string }>(
      `SELECT id, number, "totalMinor"::text AS "totalMinor", reason, "partnerId" FROM "CreditNote" WHERE "tenantId" = $1 AND id = $2`,
      [admin.tenantId, row.creditNoteId],
    );
    // an amount below the price paid: that amount, tax included, against the unit's shipment's invoice
    expect(note).toMatchObject({ totalMinor: "6000", partnerId: partner.partnerId, reason: `${wc(received.number)} · ${(await getClaim(admin, received.id)).serial} · Goodwill: half the unit` });
    expect(await ownerQuery(`SELECT id FROM "CreditNote" WHERE "tenantId" = $1`, [admin.tenantId])).toHaveLength(notesBefore.length + 1);
    const lines = await journalOf(cn(note!.number));
    expect(lines.reduce((sum, [, debit]) => sum + (debit as bigint), 0n)).toBe(6000n);
    expect(lines.find(([account]) => account === "1200")).toEqual(["1200", 0n, 6000n]);
    const [told] = await events("warranty.credited", wc(received.number));
    expect(told!.payload.recipients.map((r) => r.userId)).toContain(finance.user.id);
    expect(told!.payload.params.amount).toBe("60.00 USD");
    expect((await getOwnClaim(partner, received.id)).credit).toEqual({ amountMinor: BigInt(6000), currency: "USD", creditNoteId: note!.id });
  });

  it("the full price paid credits the invoice's line (its tax with it); on a paid invoice the credit goes on the partner's account", async () => {
    const { unitId } = await shippedUnit();
    const received = await receivedClaim(unitId);
    const [invoice] = await ownerQuery<{ id: string; totalMinor: string; balanceMinor: string }>(
      `SELECT i.id, i."totalMinor"::text AS "totalMinor", i."balanceMinor"::text AS "balanceMinor" FROM "Invoice" i JOIN "ShipmentLine" sl ON sl."shipmentId" = i."shipmentId" JOIN "ShippedSerial" ss ON ss."shipmentLineId" = sl.id JOIN "WarrantyUnit" u ON u."shippedSerialId" = ss.id WHERE u.id = $1`,
      [unitId],
    );
    await creditClaim(admin, creditSchema.parse(step(received, { amount: "100.00" })));
    const [note] = await ownerQuery<{ totalMinor: string; lines: { quantity: number }[] }>(`SELECT "totalMinor"::text AS "totalMinor", lines FROM "CreditNote" WHERE id = $1`, [(await claimRow(received.id)).creditNoteId]);
    expect(note!.lines.map((l) => l.quantity)).toEqual([1]);
    // one unit of a one-unit invoice: the whole invoice, tax included
    expect(note!.totalMinor).toBe(invoice!.totalMinor);
    expect((await ownerRow("Invoice", "id", invoice!.id))!.balanceMinor).toBe("0");

    const paidUnit = await shippedUnit();
    const [paidInvoice] = await ownerQuery<{ id: string; totalMinor: string; currency: string }>(
      `SELECT i.id, i."totalMinor"::text AS "totalMinor", i.currency FROM "Invoice" i JOIN "ShipmentLine" sl ON sl."shipmentId" = i."shipmentId" JOIN "ShippedSerial" ss ON ss."shipmentLineId" = sl.id JOIN "WarrantyUnit" u ON u."shippedSerialId" = ss.id WHERE u.id = $1`,
      [paidUnit.unitId],
    );
    const major = (BigInt(paidInvoice!.totalMinor) / 100n).toString() + "." + (BigInt(paidInvoice!.totalMinor) % 100n).toString().padStart(2, "0");
    await recordPayment(finance, recordPaymentSchema.parse({ partnerId: partner.partnerId, amount: major, currency: paidInvoice!.currency, receivedOn: today(), method: "BANK_TRANSFER", reference: `PAY-${uniqueSerial()}`, idempotencyKey: `pay-${paidInvoice!.id}`, applications: [{ invoiceId: paidInvoice!.id, amount: major }] }));
    const paidClaim = await receivedClaim(paidUnit.unitId);
    await creditClaim(admin, creditSchema.parse(step(paidClaim, { amount: "10.00" })));
    const credited = await claimRow(paidClaim.id);
    expect(credited).toMatchObject({ status: "CREDITED", creditAmountMinor: "1000" });
    // nothing left to settle on the paid invoice: all 10.00 is credit on account, as the statement and the portal show
    const [onAccount] = await ownerQuery<{ invoiceId: string; totalMinor: string; applied: string }>(
      `SELECT c."invoiceId", c."totalMinor"::text AS "totalMinor", COALESCE((SELECT SUM("amountMinor") FROM "CreditApplication" a WHERE a."creditNoteId" = c.id), 0)::text AS applied FROM "CreditNote" c WHERE c.id = $1`,
      [credited.creditNoteId],
    );
    expect(onAccount).toEqual({ invoiceId: paidInvoice!.id, totalMinor: "1000", applied: "0" });
    expect((await ownerRow("Invoice", "id", paidInvoice!.id))!.settlement).toBe("PAID");
    const { ownBalances } = await import("@/lib/invoicing/account");
    expect((await ownBalances(partner)).find((b) => b.currency === paidInvoice!.currency)!.creditMinor).toBeGreaterThanOrEqual(1000n);
  });

  it("an imported unit has no known price: WARRANTY_CREDIT_UNAVAILABLE", async () => {
    const serial = uniqueSerial();
    await importUnits(admin, { file: `serial,sku,partner,ship date\n${serial},${product.sku},${partner.partner.name},${today()}\n`, locale: "en" });
    const { unitId } = (await lookupOwnCoverage(partner, serial))[0]!;
    const received = await receivedClaim(unitId);
    await rejectsWith(creditClaim(admin, creditSchema.parse(step(received, { amount: "1.00" }))), "WARRANTY_CREDIT_UNAVAILABLE");
    expect((await claimRow(received.id)).status).toBe("RECEIVED");
  });
});

describe("other products", () => {
  it("a unit whose product has no policy is not covered", async () => {
    const bare = await seedProduct(admin, { serialTracked: "on" });
    const serial = uniqueSerial();
    await importUnits(admin, { file: `serial,sku,partner,ship date\n${serial},${bare.sku},${partner.partner.name},${today()}\n`, locale: "en" });
    const { unitId, coverage } = (await lookupOwnCoverage(partner, serial))[0]!;
    expect(coverage.status).toBe("NO_POLICY");
    expect((await rejectsWith(file(partner, unitId), "WARRANTY_NOT_COVERED")).params).toMatchObject({ status: "NO_POLICY" });
  });
});
