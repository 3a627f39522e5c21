import type { Viewer } from "@/lib/auth/context";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Who sees which products: the one rule lists, pages, exports and search filter with. A
 * vendor user sees the whole catalog; a partner user only ACTIVE products (row-level
 * security repeats "never a draft"; discontinued ones stay readable for history but leave
 * the catalog).
 */
export function visibleProducts(viewer: Viewer): Prisma.ProductWhereInput {
  return viewer.audience === "partner" ? { tenantId: viewer.tenantId, status: "ACTIVE" } : { tenantId: viewer.tenantId };
}
