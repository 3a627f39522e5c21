import { withReadScope } from "@/lib/db/read";
import "server-only";
import { authorize, scopeOf, type PartnerCtx, type SystemCtx, type TenantCtx, type VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { assertFresh, lockRow } from "@/lib/db/concurrency";
import { isUniqueViolation } from "@/lib/db/errors";
import { withScope, type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createId } from "@/lib/ids";
import { productLifecycle } from "./lifecycle";
import type { ChangeProductStatusInput, CreateProductInput, ProductFields, UpdateProductInput } from "./schema";
import { visibleProducts } from "./scope";
import type { ProductDetail, ProductTransition } from "./types";

// Lists and exports live in ./list.ts, brands and families in ./taxonomy.ts, images and
// costs in ./media.ts, the CSV import in ./import.ts.

export const PRODUCT_DETAIL = {
  id: true,
  sku: true,
  nameEn: true,
  nameEs: true,
  descriptionEn: true,
  descriptionEs: true,
  status: true,
  unit: true,
  packSize: true,
  configurable: true,
  serialTracked: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  brand: { select: { id: true, name: true } },
  family: { select: { id: true, nameEn: true, nameEs: true } },
  images: {
    select: { id: true, fileId: true, position: true, file: { select: { originalName: true } } },
    orderBy: { position: "asc" },
  },
} as const satisfies Prisma.ProductSelect;

type DetailRow = Prisma.ProductGetPayload<{ select: typeof PRODUCT_DETAIL }>;

function detail(row: DetailRow): ProductDetail {
  const { images, ...rest } = row;
  return { ...rest, images: images.map((image) => ({ id: image.id, fileId: image.fileId, position: image.position, name: image.file.originalName })) };
}

/** The brand and family a form names must be this tenant's (a foreign id is a field error, never a link). */
async function checkTaxonomy(tx: Tx, tenantId: string, input: Pick<ProductFields, "brandId" | "familyId">): Promise<void> {
  const [brand, family] = await Promise.all([
    input.brandId ? tx.brand.count({ where: { tenantId, id: input.brandId } }) : 1,
    input.familyId ? tx.productFamily.count({ where: { tenantId, id: input.familyId } }) : 1,
  ]);
  const fields: Record<string, string[]> = {};
  if (!brand) fields.brandId = ["catalog.validation.brand"];
  if (!family) fields.familyId = ["catalog.validation.family"];
  if (Object.keys(fields).length) throw new AppError("VALIDATION_FAILED", { fields });
}

const skuTaken = () => new AppError("VALIDATION_FAILED", { fields: { sku: ["catalog.validation.skuTaken"] } });

/** What the audit log keeps of a product's editable fields. */
export function auditFields(fields: ProductFields): Prisma.InputJsonObject {
  return {
    sku: fields.sku,
    nameEn: fields.nameEn,
    nameEs: fields.nameEs,
    brandId: fields.brandId,
    familyId: fields.familyId,
    unit: fields.unit,
    packSize: fields.packSize,
    serialTracked: fields.serialTracked,
    configurable: fields.configurable,
  };
}

/** Inside a transaction: a new DRAFT product (also the import's and the seed's way in). */
export async function createProductInTx(tx: Tx, ctx: VendorCtx | SystemCtx, input: CreateProductInput): Promise<{ id: string }> {
  await checkTaxonomy(tx, ctx.tenantId, input);
  if (await tx.product.count({ where: { tenantId: ctx.tenantId, sku: input.sku } })) throw skuTaken();
  const id = createId("product");
  try {
    await tx.product.create({ data: { id, tenantId: ctx.tenantId, ...input } });
  } catch (error) {
    if (isUniqueViolation(error, "sku")) throw skuTaken();
    throw error;
  }
  await recordAudit(tx, ctx, { action: "product.created", entityType: "Product", entityId: id, after: auditFields(input) });
  return { id };
}

/** Vendor: a new product, as a draft. */
export async function createProduct(ctx: VendorCtx, input: CreateProductInput): Promise<{ id: string }> {
  authorize(ctx, "catalog.manage");
  return withScope(scopeOf(ctx), (tx) => createProductInTx(tx, ctx, input));
}

async function loadDetail(tx: Tx, ctx: TenantCtx, productId: string): Promise<ProductDetail> {
  const row = await tx.product.findFirst({ where: { ...visibleProducts(ctx), id: productId }, select: PRODUCT_DETAIL });
  if (!row) throw new AppError("NOT_FOUND");
  return detail(row);
}

/** Vendor: the product page. */
export async function getProduct(ctx: VendorCtx, productId: string): Promise<ProductDetail> {
  authorize(ctx, "catalog.read");
  return withReadScope(scopeOf(ctx), (tx) => loadDetail(tx, ctx, productId));
}

/** Portal: an active product of the catalog (a draft, a discontinued one or another tenant's is NOT_FOUND). */
export async function getCatalogProduct(ctx: PartnerCtx, productId: string): Promise<ProductDetail> {
  authorize(ctx, "partnerCatalog.read");
  return withReadScope(scopeOf(ctx), (tx) => loadDetail(tx, ctx, productId));
}

/** Saves an edit made at `version` (STALE_EDIT when another tab saved first). */
export async function updateProduct(ctx: VendorCtx, input: UpdateProductInput): Promise<ProductDetail> {
  authorize(ctx, "catalog.manage");
  const { productId, version, ...fields } = input;
  return withScope(scopeOf(ctx), async (tx) => {
    const before = await tx.product.findUnique({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: productId } },
      select: { id: true, sku: true, nameEn: true, nameEs: true, brandId: true, familyId: true, unit: true, packSize: true, serialTracked: true, configurable: true, version: true },
    });
    if (!before) throw new AppError("NOT_FOUND");
    if (before.version !== version) throw new AppError("STALE_EDIT");
    await checkTaxonomy(tx, ctx.tenantId, fields);
    if (fields.sku !== before.sku && (await tx.product.count({ where: { tenantId: ctx.tenantId, sku: fields.sku } }))) throw skuTaken();
    try {
      assertFresh(
        await tx.product.updateMany({
          where: { tenantId: ctx.tenantId, id: productId, version },
          data: { ...fields, version: { increment: 1 } },
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error, "sku")) throw skuTaken();
      throw error;
    }
    const { id: _id, ...previous } = before;
    await recordAudit(tx, ctx, {
      action: "product.updated",
      entityType: "Product",
      entityId: productId,
      before: previous,
      after: auditFields(fields),
    });
    return loadDetail(tx, ctx, productId);
  });
}

/** The lifecycle steps this person may offer on a product in `status` (the product page's form). */
export function availableProductTransitions(ctx: VendorCtx, status: ProductDetail["status"]): ProductTransition[] {
  authorize(ctx, "catalog.read");
  return productLifecycle.available(ctx, status).map((rule) => ({ to: rule.to, action: rule.action as ProductTransition["action"] }));
}

/**
 * Activates, discontinues or reactivates a product. The row is locked and `from` (the status
 * the page showed) must still hold (STALE_EDIT otherwise); the table decides the rest
 * (INVALID_TRANSITION, REASON_REQUIRED).
 */
export async function changeProductStatus(ctx: VendorCtx, input: ChangeProductStatusInput): Promise<{ productId: string }> {
  authorize(ctx, "catalog.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    await lockRow(tx, "Product", { tenantId: ctx.tenantId, id: input.productId });
    const product = await tx.product.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: input.productId } },
      select: { status: true },
    });
    if (product.status !== input.from) throw new AppError("STALE_EDIT");
    const { rule, reason } = productLifecycle.assert(ctx, product.status, input.to, input.reason);
    await tx.product.update({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: input.productId } },
      data: { status: rule.to, version: { increment: 1 } },
    });
    await recordAudit(tx, ctx, {
      action: `product.${rule.action}`,
      entityType: "Product",
      entityId: input.productId,
      before: { status: product.status },
      after: { status: rule.to, reason },
    });
    return { productId: input.productId };
  });
}
