import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { withReadScope } from "@/lib/db/read";
import { withScope, type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import type { AddExtensionInput, ExtensionOfferInput, PolicyInput } from "./schema";
import type { PolicySummary } from "./types";

/**
 * Policies (standard per product or family, customised for a partner), extended-warranty
 * offers (catalog products that add months) and the extensions bought for units. Written
 * by the vendor (`warranties.configure` for policies and offers, `warranties.manage` for a
 * unit's extension); every id in the input is re-read in the tenant, so a foreign one is
 * NOT_FOUND.
 */

const fieldError = (field: string, key: string) => new AppError("VALIDATION_FAILED", { fields: { [field]: [key] } });

const SUMMARY_SELECT = {
  id: true,
  name: true,
  months: true,
  startRule: true,
  latestStartMonths: true,
  coversParts: true,
  coversLabour: true,
  coversOnSite: true,
  requiresRegistration: true,
  passThrough: true,
  active: true,
  version: true,
  partner: { select: { id: true, name: true } },
  product: { select: { id: true, sku: true } },
  family: { select: { id: true, nameEn: true, nameEs: true } },
} as const;

async function checkTargets(tx: Tx, tenantId: string, input: PolicyInput): Promise<void> {
  if (input.partnerId && !(await tx.partner.findUnique({ where: { tenantId_id: { tenantId, id: input.partnerId } }, select: { id: true } }))) {
    throw new AppError("NOT_FOUND");
  }
  if (input.productId) {
    const product = await tx.product.findUnique({ where: { tenantId_id: { tenantId, id: input.productId } }, select: { serialTracked: true } });
    if (!product) throw new AppError("NOT_FOUND");
    if (!product.serialTracked) throw fieldError("productId", "warranties.validation.notSerialTracked");
  }
  if (input.familyId && !(await tx.productFamily.findUnique({ where: { tenantId_id: { tenantId, id: input.familyId } }, select: { id: true } }))) {
    throw new AppError("NOT_FOUND");
  }
}

const policyData = (input: PolicyInput) => ({
  name: input.name,
  partnerId: input.partnerId,
  productId: input.productId,
  familyId: input.familyId,
  months: input.months,
  coversParts: input.coversParts,
  coversLabour: input.coversLabour,
  coversOnSite: input.coversOnSite,
  startRule: input.startRule,
  // the latest start only means something when coverage waits for registration or sale
  latestStartMonths: input.startRule === "SHIPMENT" ? null : input.latestStartMonths,
  requiresRegistration: input.requiresRegistration,
  termsEn: input.termsEn,
  termsEs: input.termsEs,
  passThrough: input.passThrough,
});

export async function createPolicy(ctx: VendorCtx, input: PolicyInput): Promise<PolicySummary> {
  authorize(ctx, "warranties.configure");
  return withScope(scopeOf(ctx), async (tx) => {
    await checkTargets(tx, ctx.tenantId, input);
    const id = createId("warrantyPolicy");
    const data = policyData(input);
    const policy = await tx.warrantyPolicy.create({ data: { id, tenantId: ctx.tenantId, ...data }, select: SUMMARY_SELECT });
    await recordAudit(tx, ctx, { action: "warrantyPolicy.created", entityType: "WarrantyPolicy", entityId: id, after: data });
    return policy;
  });
}

/**
 * Retires or restores a policy. Units keep the policy they were pinned to (a warranty is what
 * it was when the unit shipped); a retired policy is no longer chosen for new units.
 */
export async function setPolicyActive(ctx: VendorCtx, input: { policyId: string; version: number; active: boolean }): Promise<PolicySummary> {
  authorize(ctx, "warranties.configure");
  return withScope(scopeOf(ctx), async (tx) => {
    const result = await tx.warrantyPolicy.updateMany({
      where: { tenantId: ctx.tenantId, id: input.policyId, version: input.version },
      data: { active: input.active, version: { increment: 1 } },
    });
    if (result.count === 0) {
      const exists = await tx.warrantyPolicy.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: input.policyId } }, select: { id: true } });
      throw new AppError(exists ? "STALE_EDIT" : "NOT_FOUND");
    }
    await recordAudit(tx, ctx, { action: input.active ? "warrantyPolicy.restored" : "warrantyPolicy.retired", entityType: "WarrantyPolicy", entityId: input.policyId });
    return tx.warrantyPolicy.findUniqueOrThrow({ where: { tenantId_id: { tenantId: ctx.tenantId, id: input.policyId } }, select: SUMMARY_SELECT });
  });
}

export async function listPolicies(ctx: VendorCtx): Promise<PolicySummary[]> {
  authorize(ctx, "warranties.read");
  return withReadScope(scopeOf(ctx), (tx) =>
    tx.warrantyPolicy.findMany({ where: { tenantId: ctx.tenantId }, select: SUMMARY_SELECT, orderBy: [{ active: "desc" }, { name: "asc" }], take: 500 }),
  );
}

/** Declares a catalog product as an extended warranty of `months`. */
export async function createExtensionOffer(ctx: VendorCtx, input: ExtensionOfferInput): Promise<{ id: string }> {
  authorize(ctx, "warranties.configure");
  return withScope(scopeOf(ctx), async (tx) => {
    const product = await tx.product.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: input.productId } }, select: { serialTracked: true } });
    if (!product) throw new AppError("NOT_FOUND");
    // an extension is a contract, not a unit: it carries no serial
    if (product.serialTracked) throw fieldError("productId", "warranties.validation.notExtension");
    const id = createId("warrantyExtensionOffer");
    await tx.warrantyExtensionOffer.create({ data: { id, tenantId: ctx.tenantId, productId: input.productId, months: input.months }, select: { id: true } });
    await recordAudit(tx, ctx, { action: "warrantyPolicy.extensionOffered", entityType: "Product", entityId: input.productId, after: { offerId: id, months: input.months } });
    return { id };
  });
}

/** Adds an extended warranty bought for a unit: its months extend the unit's coverage. */
export async function addExtension(ctx: VendorCtx, input: AddExtensionInput): Promise<{ id: string }> {
  authorize(ctx, "warranties.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const [unit, offer] = await Promise.all([
      tx.warrantyUnit.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: input.unitId } }, select: { id: true, partnerId: true } }),
      tx.warrantyExtensionOffer.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: input.offerId } }, select: { id: true, months: true, active: true } }),
    ]);
    if (!unit || !offer) throw new AppError("NOT_FOUND");
    if (!offer.active) throw fieldError("offerId", "warranties.validation.notExtension");
    const id = createId("warrantyExtension");
    await tx.warrantyExtension.create({
      data: { id, tenantId: ctx.tenantId, partnerId: unit.partnerId, unitId: unit.id, offerId: offer.id, months: offer.months, reference: input.reference },
      select: { id: true },
    });
    await recordAudit(tx, ctx, { action: "warrantyUnit.extended", entityType: "WarrantyUnit", entityId: unit.id, after: { extensionId: id, months: offer.months, reference: input.reference } });
    return { id };
  });
}
