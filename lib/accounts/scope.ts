import type { Viewer } from "@/lib/auth/context";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Who sees which accounts: the one rule lists, pages, exports and search filter with. A
 * vendor user sees every account of the tenant (direct and partners'); a partner user only
 * its own partner's — never another partner's, never the vendor's direct accounts.
 */
export function visibleAccounts(viewer: Viewer): Prisma.AccountWhereInput {
  return viewer.audience === "partner"
    ? { tenantId: viewer.tenantId, partnerId: viewer.partnerId }
    : { tenantId: viewer.tenantId };
}
