"use server";

import type { VendorCtx } from "@/lib/auth/context";
import { vendorAction } from "@/lib/auth/wrappers";
import { addProductImage, removeProductImage, setProductCost } from "@/lib/catalog/media";
import {
  brandSchema,
  changeProductStatusSchema,
  createProductSchema,
  familySchema,
  productCostSchema,
  productImageIdSchema,
  productImageSchema,
  renameBrandSchema,
  renameFamilySchema,
  updateProductSchema,
} from "@/lib/catalog/schema";
import { changeProductStatus, createProduct, updateProduct } from "@/lib/catalog/service";
import { createBrand, createFamily, renameBrand, renameFamily } from "@/lib/catalog/taxonomy";

const catalogPath = (ctx: VendorCtx) => `/${ctx.tenant.slug}/admin/catalog`;
const productPath = (ctx: VendorCtx, result: { productId: string }) => `${catalogPath(ctx)}/${result.productId}`;
const brandsPath = (ctx: VendorCtx) => `${catalogPath(ctx)}/brands`;

export const createProductAction = vendorAction(
  "catalog.manage",
  createProductSchema,
  async (ctx, input) => ({ productId: (await createProduct(ctx, input)).id }),
  { revalidate: catalogPath, redirectTo: productPath },
);

export const updateProductAction = vendorAction(
  "catalog.manage",
  updateProductSchema,
  async (ctx, input) => ({ productId: (await updateProduct(ctx, input)).id }),
  { success: "catalog.form.saved", revalidate: productPath },
);

export const changeProductStatusAction = vendorAction(
  "catalog.manage",
  changeProductStatusSchema,
  (ctx, input) => changeProductStatus(ctx, input),
  { success: "catalog.lifecycle.saved", revalidate: productPath },
);

export const addProductImageAction = vendorAction(
  "catalog.manage",
  productImageSchema,
  async (ctx, input) => {
    await addProductImage(ctx, input);
    return { productId: input.productId };
  },
  { success: "catalog.images.added", revalidate: productPath },
);

export const removeProductImageAction = vendorAction(
  "catalog.manage",
  productImageIdSchema,
  (ctx, input) => removeProductImage(ctx, input.imageId),
  { revalidate: productPath },
);

export const setProductCostAction = vendorAction(
  "catalog.manage",
  productCostSchema,
  (ctx, input) => setProductCost(ctx, input),
  { success: "catalog.costs.saved", revalidate: productPath },
);

export const createBrandAction = vendorAction("catalog.manage", brandSchema, (ctx, input) => createBrand(ctx, input), {
  success: "catalog.taxonomy.brandAdded",
  revalidate: brandsPath,
});

export const renameBrandAction = vendorAction("catalog.manage", renameBrandSchema, (ctx, input) => renameBrand(ctx, input), {
  revalidate: brandsPath,
});

export const createFamilyAction = vendorAction("catalog.manage", familySchema, (ctx, input) => createFamily(ctx, input), {
  success: "catalog.taxonomy.familyAdded",
  revalidate: brandsPath,
});

export const renameFamilyAction = vendorAction("catalog.manage", renameFamilySchema, (ctx, input) => renameFamily(ctx, input), {
  revalidate: brandsPath,
});
