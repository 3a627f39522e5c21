import { withReadScope } from "@/lib/db/read";
import "server-only";
import { authorize, scopeOf, type PartnerCtx, type VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { isUniqueViolation } from "@/lib/db/errors";
import { withScope, type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import type { BrandInput, FamilyInput } from "./schema";
import type { BrandItem, FamilyItem } from "./types";

/**
 * Brands and families: small vocabularies the catalog is filtered by. Names are unique per
 * tenant without regard to case ("Acme" and "ACME" are one brand); renames keep products
 * attached, so nothing is ever re-linked by name.
 */

const taken = (field: string) => new AppError("VALIDATION_FAILED", { fields: { [field]: ["catalog.validation.nameTaken"] } });

async function brandsOf(tx: Tx, tenantId: string, activeOnly: boolean): Promise<BrandItem[]> {
  const rows = await tx.brand.findMany({
    where: { tenantId },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, _count: { select: { products: activeOnly ? { where: { status: "ACTIVE" } } : true } } },
  });
  return rows.map((row) => ({ id: row.id, name: row.name, products: row._count.products }));
}

async function familiesOf(tx: Tx, tenantId: string, activeOnly: boolean): Promise<FamilyItem[]> {
  const rows = await tx.productFamily.findMany({
    where: { tenantId },
    orderBy: [{ nameEn: "asc" }, { id: "asc" }],
    select: { id: true, nameEn: true, nameEs: true, _count: { select: { products: activeOnly ? { where: { status: "ACTIVE" } } : true } } },
  });
  return rows.map((row) => ({ id: row.id, nameEn: row.nameEn, nameEs: row.nameEs, products: row._count.products }));
}

/** Vendor: every brand and family with its number of products (filters, pickers, the brands page). */
export async function catalogTaxonomy(ctx: VendorCtx): Promise<{ brands: BrandItem[]; families: FamilyItem[] }> {
  authorize(ctx, "catalog.read");
  return withReadScope(scopeOf(ctx), async (tx) => ({
    brands: await brandsOf(tx, ctx.tenantId, false),
    families: await familiesOf(tx, ctx.tenantId, false),
  }));
}

/** Portal: brands and families that have active products (the catalog's filters). */
export async function portalTaxonomy(ctx: PartnerCtx): Promise<{ brands: BrandItem[]; families: FamilyItem[] }> {
  authorize(ctx, "partnerCatalog.read");
  return withReadScope(scopeOf(ctx), async (tx) => ({
    brands: (await brandsOf(tx, ctx.tenantId, true)).filter((b) => b.products > 0),
    families: (await familiesOf(tx, ctx.tenantId, true)).filter((f) => f.products > 0),
  }));
}

/** Same name without regard to case, other than `exceptId`. */
async function brandNameTaken(tx: Tx, tenantId: string, name: string, exceptId?: string): Promise<boolean> {
  return (await tx.brand.count({ where: { tenantId, name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) } })) > 0;
}

async function familyNameTaken(tx: Tx, tenantId: string, input: FamilyInput, exceptId?: string): Promise<string | null> {
  for (const field of ["nameEn", "nameEs"] as const) {
    const count = await tx.productFamily.count({
      where: { tenantId, [field]: { equals: input[field], mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    });
    if (count) return field;
  }
  return null;
}

/** Inside a transaction (the import creates brands it meets): a new brand. */
export async function createBrandInTx(tx: Tx, ctx: Parameters<typeof recordAudit>[1], input: BrandInput): Promise<{ id: string }> {
  if (await brandNameTaken(tx, ctx.tenantId, input.name)) throw taken("name");
  const id = createId("brand");
  try {
    await tx.brand.create({ data: { id, tenantId: ctx.tenantId, name: input.name } });
  } catch (error) {
    if (isUniqueViolation(error)) throw taken("name");
    throw error;
  }
  await recordAudit(tx, ctx, { action: "brand.created", entityType: "Brand", entityId: id, after: { name: input.name } });
  return { id };
}

export async function createBrand(ctx: VendorCtx, input: BrandInput): Promise<{ id: string }> {
  authorize(ctx, "catalog.manage");
  return withScope(scopeOf(ctx), (tx) => createBrandInTx(tx, ctx, input));
}

export async function renameBrand(ctx: VendorCtx, input: BrandInput & { brandId: string }): Promise<{ id: string }> {
  authorize(ctx, "catalog.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const before = await tx.brand.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: input.brandId } }, select: { name: true } });
    if (!before) throw new AppError("NOT_FOUND");
    if (await brandNameTaken(tx, ctx.tenantId, input.name, input.brandId)) throw taken("name");
    await tx.brand.update({ where: { tenantId_id: { tenantId: ctx.tenantId, id: input.brandId } }, data: { name: input.name } });
    await recordAudit(tx, ctx, { action: "brand.renamed", entityType: "Brand", entityId: input.brandId, before, after: { name: input.name } });
    return { id: input.brandId };
  });
}

/** Inside a transaction: a new family, named in both languages. */
export async function createFamilyInTx(tx: Tx, ctx: Parameters<typeof recordAudit>[1], input: FamilyInput): Promise<{ id: string }> {
  const clash = await familyNameTaken(tx, ctx.tenantId, input);
  if (clash) throw taken(clash);
  const id = createId("productFamily");
  try {
    await tx.productFamily.create({ data: { id, tenantId: ctx.tenantId, nameEn: input.nameEn, nameEs: input.nameEs } });
  } catch (error) {
    if (isUniqueViolation(error)) throw taken("nameEn");
    throw error;
  }
  await recordAudit(tx, ctx, { action: "family.created", entityType: "ProductFamily", entityId: id, after: { ...input } });
  return { id };
}

export async function createFamily(ctx: VendorCtx, input: FamilyInput): Promise<{ id: string }> {
  authorize(ctx, "catalog.manage");
  return withScope(scopeOf(ctx), (tx) => createFamilyInTx(tx, ctx, input));
}

export async function renameFamily(ctx: VendorCtx, input: FamilyInput & { familyId: string }): Promise<{ id: string }> {
  authorize(ctx, "catalog.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const before = await tx.productFamily.findUnique({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: input.familyId } },
      select: { nameEn: true, nameEs: true },
    });
    if (!before) throw new AppError("NOT_FOUND");
    const clash = await familyNameTaken(tx, ctx.tenantId, input, input.familyId);
    if (clash) throw taken(clash);
    await tx.productFamily.update({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: input.familyId } },
      data: { nameEn: input.nameEn, nameEs: input.nameEs },
    });
    await recordAudit(tx, ctx, {
      action: "family.renamed",
      entityType: "ProductFamily",
      entityId: input.familyId,
      before,
      after: { nameEn: input.nameEn, nameEs: input.nameEs },
    });
    return { id: input.familyId };
  });
}
