import type { Viewer } from "@/lib/auth/context";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Who sees which deals: the one rule lists, pages, the board, exports and search filter
 * with. A vendor user sees every registration and opportunity of the tenant; a partner
 * user only its own partner's — never another partner's, never the vendor's direct deals.
 */
export function visibleRegistrations(viewer: Viewer): Prisma.DealRegistrationWhereInput {
  return viewer.audience === "partner"
    ? { tenantId: viewer.tenantId, partnerId: viewer.partnerId }
    : { tenantId: viewer.tenantId };
}

export function visibleOpportunities(viewer: Viewer): Prisma.OpportunityWhereInput {
  return viewer.audience === "partner"
    ? { tenantId: viewer.tenantId, partnerId: viewer.partnerId }
    : { tenantId: viewer.tenantId };
}

/** The same rule for the pipeline's SQL (./opportunity-query.ts), on "Opportunity" aliased `alias`. */
export function visibleOpportunitiesSql(viewer: Viewer, alias: "o"): Prisma.Sql {
  const column = (name: string) => Prisma.raw(`${alias}."${name}"`);
  return viewer.audience === "partner"
    ? Prisma.sql`${column("tenantId")} = ${viewer.tenantId} AND ${column("partnerId")} = ${viewer.partnerId}`
    : Prisma.sql`${column("tenantId")} = ${viewer.tenantId}`;
}
