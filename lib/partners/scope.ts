import type { Viewer } from "@/lib/auth/context";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Who may see which partners and portal seats: the one rule that lists, detail pages,
 * the portal and search all filter with (docs/architecture.md, "Find anything").
 * A vendor user sees every partner of the tenant; a partner user only their own.
 */
export function visiblePartners(viewer: Viewer): Prisma.PartnerWhereInput {
  return viewer.audience === "partner"
    ? { tenantId: viewer.tenantId, id: viewer.partnerId }
    : { tenantId: viewer.tenantId };
}

/** Portal seats: a vendor user sees every partner's, a partner user only their own partner's. */
export function visiblePortalSeats(viewer: Viewer): Prisma.PartnerUserWhereInput {
  return viewer.audience === "partner"
    ? { tenantId: viewer.tenantId, partnerId: viewer.partnerId }
    : { tenantId: viewer.tenantId };
}

/** The portal's team page: the reader's partner's seats that are not switched off. */
export function visibleTeam(viewer: Viewer & { audience: "partner" }): Prisma.PartnerUserWhereInput {
  return { ...visiblePortalSeats(viewer), status: { not: "DEACTIVATED" } };
}
