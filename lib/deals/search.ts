import { withReadScope } from "@/lib/db/read";
import "server-only";
import { authorize, scopeOf, type PartnerCtx, type TenantCtx, type VendorCtx } from "@/lib/auth/context";
import { beginningsFirst, searchWords, withQuery, type ProviderResult, type SearchRequest } from "@/lib/search/provider";
import { visibleOpportunities, visibleRegistrations } from "./scope";

/**
 * Deals and registrations by customer name, for the command palette (registered in
 * lib/search/registry.ts), with the same visibility rule as the lists: the vendor finds
 * the tenant's, a partner only its own. "See all" opens the list filtered by the text.
 */

async function deals(ctx: TenantCtx, request: SearchRequest, side: "admin" | "portal"): Promise<ProviderResult> {
  const enums = searchWords(request.locale, "enums");
  const { rows, more } = await withReadScope(scopeOf(ctx), (tx) =>
    beginningsFirst(request.text, request.limit, (filter, take, excludeIds) =>
      tx.opportunity.findMany({
        where: { ...visibleOpportunities(ctx), customerName: filter, ...(excludeIds.length ? { id: { notIn: excludeIds } } : {}) },
        select: { id: true, name: true, customerName: true, status: true },
        orderBy: [{ customerName: "asc" }, { id: "asc" }],
        take,
      }),
    ),
  );
  const base = `/${ctx.tenant.slug}/${side}/deals/opportunities`;
  return {
    hits: rows.map((deal) => ({
      id: deal.id,
      title: deal.customerName,
      detail: deal.name,
      meta: enums(`opportunityStatus.${deal.status}`),
      href: `${base}/${deal.id}`,
    })),
    more,
    moreHref: withQuery(base, request.text),
  };
}

async function registrations(ctx: TenantCtx, request: SearchRequest, side: "admin" | "portal"): Promise<ProviderResult> {
  const enums = searchWords(request.locale, "enums");
  const { rows, more } = await withReadScope(scopeOf(ctx), (tx) =>
    beginningsFirst(request.text, request.limit, (filter, take, excludeIds) =>
      tx.dealRegistration.findMany({
        where: { ...visibleRegistrations(ctx), customerName: filter, ...(excludeIds.length ? { id: { notIn: excludeIds } } : {}) },
        select: { id: true, title: true, customerName: true, status: true },
        orderBy: [{ customerName: "asc" }, { id: "asc" }],
        take,
      }),
    ),
  );
  const base = `/${ctx.tenant.slug}/${side}/deals/registrations`;
  return {
    hits: rows.map((reg) => ({
      id: reg.id,
      title: reg.customerName,
      detail: reg.title,
      meta: enums(`registrationStatus.${reg.status}`),
      href: `${base}/${reg.id}`,
    })),
    more,
    moreHref: withQuery(`/${ctx.tenant.slug}/${side}/deals`, request.text),
  };
}

export async function searchDeals(ctx: VendorCtx, request: SearchRequest): Promise<ProviderResult> {
  authorize(ctx, "deals.read");
  return deals(ctx, request, "admin");
}

export async function searchOwnDeals(ctx: PartnerCtx, request: SearchRequest): Promise<ProviderResult> {
  authorize(ctx, "ownDeals.read");
  return deals(ctx, request, "portal");
}

export async function searchRegistrations(ctx: VendorCtx, request: SearchRequest): Promise<ProviderResult> {
  authorize(ctx, "deals.read");
  return registrations(ctx, request, "admin");
}

export async function searchOwnRegistrations(ctx: PartnerCtx, request: SearchRequest): Promise<ProviderResult> {
  authorize(ctx, "ownDeals.read");
  return registrations(ctx, request, "portal");
}
