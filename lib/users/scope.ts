import type { Viewer } from "@/lib/auth/context";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The vendor seats a reader may see: the users page, the people of search. Only vendor
 * users see their colleagues; a partner user sees none (the rule fails closed).
 */
export function visibleMembers(viewer: Viewer): Prisma.MembershipWhereInput {
  return viewer.audience === "vendor" ? { tenantId: viewer.tenantId } : { tenantId: viewer.tenantId, id: { in: [] } };
}
