import { withReadScope } from "@/lib/db/read";
import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { lockRow } from "@/lib/db/concurrency";
import { withScope } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { claimFile } from "@/lib/files/claim";
import { releaseFile, removeReleasedBytes } from "@/lib/files/release";
import { createId } from "@/lib/ids";
import { toDecimalString } from "@/lib/money";
import { amountOf, type ProductCostInput } from "./schema";
import type { ProductCostItem } from "./types";

/** Most pictures a product may carry. */
export const MAX_PRODUCT_IMAGES = 8;

/**
 * Adds an uploaded "product.image" file to a product, after its other images. The product
 * row is locked so two uploads at once take different positions.
 */
export async function addProductImage(ctx: VendorCtx, input: { productId: string; fileId: string }): Promise<{ imageId: string }> {
  authorize(ctx, "catalog.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    await lockRow(tx, "Product", { tenantId: ctx.tenantId, id: input.productId });
    const images = await tx.productImage.findMany({
      where: { tenantId: ctx.tenantId, productId: input.productId },
      select: { position: true, fileId: true },
    });
    if (images.length >= MAX_PRODUCT_IMAGES) {
      throw new AppError("VALIDATION_FAILED", { fields: { fileId: ["catalog.validation.tooManyImages"] } });
    }
    const file = await claimFile(tx, ctx, { fileId: input.fileId, purpose: "product.image", field: "fileId" });
    if (images.some((image) => image.fileId === file.id) || (await tx.productImage.count({ where: { tenantId: ctx.tenantId, fileId: file.id } }))) {
      throw new AppError("VALIDATION_FAILED", { fields: { fileId: ["catalog.validation.imageInUse"] } });
    }
    const id = createId("productImage");
    const position = images.reduce((max, image) => Math.max(max, image.position + 1), 0);
    await tx.productImage.create({ data: { id, tenantId: ctx.tenantId, productId: input.productId, fileId: file.id, position } });
    await recordAudit(tx, ctx, {
      action: "product.imageAdded",
      entityType: "Product",
      entityId: input.productId,
      after: { fileId: file.id, name: file.name, position },
    });
    return { imageId: id };
  });
}

/** Removes a picture and deletes its file (bytes in an object store go after commit). */
export async function removeProductImage(ctx: VendorCtx, imageId: string): Promise<{ productId: string }> {
  authorize(ctx, "catalog.manage");
  const { productId, released } = await withScope(scopeOf(ctx), async (tx) => {
    const image = await tx.productImage.findUnique({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: imageId } },
      select: { id: true, productId: true, fileId: true, position: true },
    });
    if (!image) throw new AppError("NOT_FOUND");
    await lockRow(tx, "Product", { tenantId: ctx.tenantId, id: image.productId });
    await tx.productImage.delete({ where: { tenantId_id: { tenantId: ctx.tenantId, id: image.id } } });
    const released = await releaseFile(tx, ctx, image.fileId);
    await recordAudit(tx, ctx, {
      action: "product.imageRemoved",
      entityType: "Product",
      entityId: image.productId,
      before: { fileId: image.fileId, position: image.position },
    });
    return { productId: image.productId, released };
  });
  await removeReleasedBytes(ctx, released);
  return { productId };
}

/** Vendor: a product's cost and floor price per currency (pricing readers only; never a partner). */
export async function productCosts(ctx: VendorCtx, productId: string): Promise<ProductCostItem[]> {
  authorize(ctx, "pricing.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    if (!(await tx.product.count({ where: { tenantId: ctx.tenantId, id: productId } }))) throw new AppError("NOT_FOUND");
    return tx.productCost.findMany({
      where: { tenantId: ctx.tenantId, productId },
      orderBy: { currency: "asc" },
      select: { currency: true, costMinor: true, floorMinor: true },
    });
  });
}

const asText = (minor: bigint | null, currency: string) => (minor === null ? null : toDecimalString(minor, currency));

/** Sets (or, with both amounts empty, removes) a product's cost and floor in one currency. */
export async function setProductCost(ctx: VendorCtx, input: ProductCostInput): Promise<{ productId: string }> {
  authorize(ctx, "catalog.manage");
  const costMinor = amountOf(input.cost, input.currency);
  const floorMinor = amountOf(input.floor, input.currency);
  return withScope(scopeOf(ctx), async (tx) => {
    await lockRow(tx, "Product", { tenantId: ctx.tenantId, id: input.productId });
    const key = { tenantId_productId_currency: { tenantId: ctx.tenantId, productId: input.productId, currency: input.currency } };
    const before = await tx.productCost.findUnique({ where: key, select: { costMinor: true, floorMinor: true } });
    if (costMinor === null && floorMinor === null) {
      if (before) await tx.productCost.delete({ where: key });
    } else if (before) {
      await tx.productCost.update({ where: key, data: { costMinor, floorMinor } });
    } else {
      await tx.productCost.create({
        data: { id: createId("productCost"), tenantId: ctx.tenantId, productId: input.productId, currency: input.currency, costMinor, floorMinor },
      });
    }
    await recordAudit(tx, ctx, {
      action: "product.costSet",
      entityType: "Product",
      entityId: input.productId,
      before: before ? { currency: input.currency, cost: asText(before.costMinor, input.currency), floor: asText(before.floorMinor, input.currency) } : null,
      after: { currency: input.currency, cost: asText(costMinor, input.currency), floor: asText(floorMinor, input.currency) },
    });
    return { productId: input.productId };
  });
}
