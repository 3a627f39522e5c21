import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/context";

/**
 * Who sees which activities — the one rule for timelines, task lists and exports, failing
 * closed: vendor users see their tenant's; a partner user (or a vendor previewing its
 * portal) only its own partner's SHARED ones. Row-level security enforces the same rule
 * (policy partner_shared_only), so an internal note cannot reach the portal even through
 * a query that forgot this builder.
 */
export function visibleActivities(viewer: Viewer): Prisma.ActivityWhereInput {
  if (viewer.audience === "vendor") return { tenantId: viewer.tenantId };
  if (viewer.audience === "partner") return { tenantId: viewer.tenantId, partnerId: viewer.partnerId, visibility: "SHARED" };
  return { id: { in: [] } };
}
