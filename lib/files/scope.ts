import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/context";

/**
 * The one visibility rule for files (row-level security says the same): the vendor sees
 * the tenant's files; a partner user its own partner's files and the tenant files shared
 * with every partner (the logo). Fails closed on an unknown audience.
 */
export function visibleFiles(viewer: Viewer): Prisma.FileObjectWhereInput {
  switch (viewer.audience) {
    case "vendor":
      return { tenantId: viewer.tenantId };
    case "partner":
      return {
        tenantId: viewer.tenantId,
        OR: [{ partnerId: viewer.partnerId }, { partnerId: null, sharedWithPartners: true }],
      };
    default:
      return { id: { in: [] } };
  }
}
