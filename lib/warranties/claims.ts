import "server-only";
import { dayToDate } from "@/lib/activities/dates";
import { unsafeAcrossPartners } from "@/lib/accounts/world";
import { authorize, scopeOf, type PartnerCtx, type VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { lockRow } from "@/lib/db/concurrency";
import { isUniqueViolation } from "@/lib/db/errors";
import { withScope, type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { claimFile } from "@/lib/files/claim";
import { createId } from "@/lib/ids";
import { computeCoverage } from "./coverage";
import { lockClaim, recordFiled, writeClaimStep } from "./claim-steps";
import { publishClaimEvent, unsafeHandlersOf } from "./notify";
import { coverageUnitOf, tenantToday, UNIT_SELECT } from "./read";
import { claimNumberText, rmaNumberText, type ClaimStepInput, type FileClaimInput, type IssueRmaInput, type ReplaceInput } from "./schema";
import type { ClaimSummary } from "./types";

/**
 * Claims: the partner files one on its unit; eligibility is checked at once (covered today,
 * registered when the policy requires it, no other open claim on the unit) and the claim
 * waits for the vendor's warranty handlers, who approve, reject with a reason or ask for
 * more; then an RMA number with return instructions, the unit received, and the outcome —
 * repaired, replaced by a new unit that continues the original's coverage, or credited
 * (./credit.ts) — and closed. Transitions: ./lifecycle.ts.
 */

async function nextClaimNumber(tx: Tx, tenantId: string): Promise<number> {
  // the sequence row's lock serialises numbering within a tenant until commit
  const rows = await tx.$queryRaw<{ lastClaim: number }[]>`
    INSERT INTO "WarrantySequence" ("id", "tenantId", "lastClaim") VALUES (${createId("warrantySequence")}, ${tenantId}, 1)
    ON CONFLICT ("tenantId") DO UPDATE SET "lastClaim" = "WarrantySequence"."lastClaim" + 1
    RETURNING "lastClaim"`;
  return rows[0]!.lastClaim;
}

async function fileInTx(tx: Tx, ctx: PartnerCtx, input: FileClaimInput, now: Date): Promise<ClaimSummary> {
  const found = await tx.warrantyUnit.findFirst({ where: { tenantId: ctx.tenantId, id: input.unitId, partnerId: ctx.partnerId }, select: { id: true } });
  if (!found) throw new AppError("NOT_FOUND");
  // one filing per unit at a time: the second waits here, then finds the first's open claim
  await lockRow(tx, "WarrantyUnit", { tenantId: ctx.tenantId, id: found.id });
  const open = await tx.warrantyClaim.findFirst({ where: { tenantId: ctx.tenantId, openUnitId: found.id }, select: { number: true } });
  if (open) throw new AppError("WARRANTY_CLAIM_OPEN", { params: { number: claimNumberText(open.number) } });
  const unit = await tx.warrantyUnit.findUniqueOrThrow({ where: { tenantId_id: { tenantId: ctx.tenantId, id: found.id } }, select: UNIT_SELECT });
  const today = await tenantToday(tx, ctx, now);
  const coverage = computeCoverage(await coverageUnitOf(tx, ctx.tenantId, unit), today);
  if (coverage.status !== "COVERED") {
    throw new AppError("WARRANTY_NOT_COVERED", { params: { status: coverage.status, lastDay: coverage.lastDay ?? "", startOn: coverage.startOn ?? "" } });
  }
  if (coverage.policy?.requiresRegistration && !coverage.registered) throw new AppError("WARRANTY_NOT_REGISTERED");
  const number = await nextClaimNumber(tx, ctx.tenantId);
  const id = createId("warrantyClaim");
  try {
    await tx.warrantyClaim.create({
      data: {
        id,
        tenantId: ctx.tenantId,
        partnerId: ctx.partnerId,
        unitId: unit.id,
        number,
        status: "FILED",
        openUnitId: unit.id,
        failureCode: input.failureCode.toUpperCase(),
        description: input.description,
        coverage: coverage as unknown as Prisma.InputJsonValue,
        filedByUserId: ctx.user.id,
      },
      select: { id: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("WARRANTY_CLAIM_OPEN", { params: { number: "" } });
    throw error;
  }
  const photoIds = [...new Set(input.photoFileIds)];
  for (const [i, fileId] of photoIds.entries()) {
    // the partner's own upload of this purpose, or a field error whoever's file it is
    await claimFile(tx, ctx, { fileId, purpose: "warranty.photo", partnerId: ctx.partnerId, field: `photoFileIds.${i}` });
  }
  if (photoIds.length) {
    await tx.warrantyClaimPhoto.createMany({ data: photoIds.map((fileId) => ({ id: createId("warrantyClaimPhoto"), tenantId: ctx.tenantId, partnerId: ctx.partnerId, claimId: id, fileId })) });
  }
  await recordFiled(tx, ctx, { id, partnerId: ctx.partnerId }, { number, unitId: unit.id, serial: unit.serial, failureCode: input.failureCode.toUpperCase(), photoFileIds: photoIds });
  const claim = { id, tenantId: ctx.tenantId, partnerId: ctx.partnerId, unitId: unit.id, number, status: "FILED" as const, version: 0, serial: unit.serial };
  const checked = await writeClaimStep(
    tx,
    ctx,
    claim,
    { to: "ELIGIBILITY_CHECKED", reason: null, byRule: true, silent: true, data: { coverage: coverage.status, lastDay: coverage.lastDay, policyId: coverage.policy?.id ?? null } },
    now,
  );
  await unsafeAcrossPartners(tx, ctx, async () =>
    publishClaimEvent(tx, {
      tenant: { id: ctx.tenantId, slug: ctx.tenant.slug, name: ctx.tenant.name },
      type: "warranty.claimFiled",
      claimId: id,
      vendorUserIds: await unsafeHandlersOf(tx, ctx.tenantId),
      partnerUserIds: [],
      exceptUserId: ctx.user.id,
      params: { claim: claimNumberText(number), partner: ctx.partner.name, serial: unit.serial, failure: input.failureCode.toUpperCase(), product: unit.product.sku },
    }),
  );
  return checked;
}

/** The partner files a claim on one of its units; another partner's unit is NOT_FOUND. */
export async function fileClaim(ctx: PartnerCtx, input: FileClaimInput, now = new Date()): Promise<ClaimSummary> {
  authorize(ctx, "ownWarranties.manage");
  return withScope(scopeOf(ctx), (tx) => fileInTx(tx, ctx, input, now));
}

/** The partner answers a request for information: back to the vendor's decision. */
export async function answerClaim(ctx: PartnerCtx, input: ClaimStepInput, now = new Date()): Promise<ClaimSummary> {
  authorize(ctx, "ownWarranties.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const claim = await lockClaim(tx, ctx, input.claimId, input.version);
    return writeClaimStep(tx, ctx, claim, { to: "ELIGIBILITY_CHECKED", reason: input.reason }, now);
  });
}

export type Decision = "APPROVED" | "REJECTED" | "INFO_REQUESTED";

/** Approve, reject (reason required) or ask for more (the question is the reason). */
export async function decideClaim(ctx: VendorCtx, input: ClaimStepInput & { to: Decision }, now = new Date()): Promise<ClaimSummary> {
  authorize(ctx, "warranties.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const claim = await lockClaim(tx, ctx, input.claimId, input.version);
    return writeClaimStep(tx, ctx, claim, { to: input.to, reason: input.reason }, now);
  });
}

/** An RMA number (from the claim's number) and the instructions for sending the unit back. */
export async function issueRma(ctx: VendorCtx, input: IssueRmaInput, now = new Date()): Promise<ClaimSummary> {
  authorize(ctx, "warranties.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const claim = await lockClaim(tx, ctx, input.claimId, input.version);
    const rma = rmaNumberText(claim.number);
    return writeClaimStep(tx, ctx, claim, { to: "RMA_ISSUED", reason: null, set: { rmaNumber: rma, returnInstructions: input.returnInstructions }, data: { rmaNumber: rma }, params: { rma } }, now);
  });
}

export type SimpleStep = "RECEIVED" | "REPAIRED" | "CLOSED";

/** The unit came back, was repaired, or the claim is closed. */
export async function advanceClaim(ctx: VendorCtx, input: ClaimStepInput & { to: SimpleStep }, now = new Date()): Promise<ClaimSummary> {
  authorize(ctx, "warranties.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const claim = await lockClaim(tx, ctx, input.claimId, input.version);
    return writeClaimStep(tx, ctx, claim, { to: input.to, reason: input.reason }, now);
  });
}

/**
 * A replacement unit goes out: same product and partner, the end customer's registration
 * carried over, the original's policy pinned, and its coverage continues the original's
 * (lib/warranties/coverage.ts follows `replacesUnitId`).
 */
export async function replaceUnit(ctx: VendorCtx, input: ReplaceInput, now = new Date()): Promise<ClaimSummary & { replacementUnitId: string }> {
  authorize(ctx, "warranties.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const claim = await lockClaim(tx, ctx, input.claimId, input.version);
    const original = await tx.warrantyUnit.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: claim.unitId } },
      select: { partnerId: true, productId: true, policyId: true, endCustomerName: true, endCustomerEmail: true, endCustomerLocale: true, saleOn: true, registeredOn: true, installationSite: true, registeredByUserId: true },
    });
    const replacementUnitId = createId("warrantyUnit");
    const today = await tenantToday(tx, ctx, now);
    const created = await tx.warrantyUnit.createMany({
      data: [{ id: replacementUnitId, tenantId: ctx.tenantId, serial: input.replacementSerial, source: "REPLACEMENT", shippedOn: dayToDate(today), replacesUnitId: claim.unitId, ...original }],
      skipDuplicates: true,
    });
    if (created.count === 0) throw new AppError("VALIDATION_FAILED", { fields: { replacementSerial: ["warranties.validation.replacementKnown"] } });
    await recordAudit(tx, ctx, { action: "warrantyUnit.created", entityType: "WarrantyUnit", entityId: replacementUnitId, after: { serial: input.replacementSerial, source: "REPLACEMENT", replacesUnitId: claim.unitId } });
    const step = await writeClaimStep(
      tx,
      ctx,
      claim,
      { to: "REPLACED", reason: input.reason, set: { replacementUnitId }, data: { replacementUnitId, replacementSerial: input.replacementSerial } },
      now,
    );
    return { ...step, replacementUnitId };
  });
}
