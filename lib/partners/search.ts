import "server-only";
import { authorize, scopeOf, type PartnerCtx, type VendorCtx } from "@/lib/auth/context";
import { withReadScope } from "@/lib/db/read";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  beginningsFirst,
  searchWords,
  withQuery,
  type ProviderResult,
  type SearchRequest,
  type TextFilter,
} from "@/lib/search/provider";
import { visiblePartners, visiblePortalSeats, visibleTeam } from "./scope";

/** Search providers of the partners module (registered in lib/search/registry.ts). */

/** Partners by name, for vendor users; "see all" opens the partner list filtered by the text. */
export async function searchPartners(ctx: VendorCtx, request: SearchRequest): Promise<ProviderResult> {
  authorize(ctx, "partners.read");
  const enums = searchWords(request.locale, "enums");
  const { rows, more } = await withReadScope(scopeOf(ctx), (tx) =>
    beginningsFirst(request.text, request.limit, (filter, take, excludeIds) =>
      tx.partner.findMany({
        where: { ...visiblePartners(ctx), name: filter, ...(excludeIds.length ? { id: { notIn: excludeIds } } : {}) },
        select: { id: true, name: true, type: true, status: true },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        take,
      }),
    ),
  );
  const base = `/${ctx.tenant.slug}/admin/partners`;
  return {
    hits: rows.map((partner) => ({
      id: partner.id,
      title: partner.name,
      detail: enums(`partnerType.${partner.type}`),
      meta: enums(`partnerStatus.${partner.status}`),
      href: `${base}/${partner.id}`,
    })),
    more,
    moreHref: withQuery(base, request.text),
  };
}

/** Seats among `seats` whose person's name or e-mail address has the text. */
function matchingSeats(ctx: VendorCtx | PartnerCtx, seats: Prisma.PartnerUserWhereInput, request: SearchRequest) {
  return withReadScope(scopeOf(ctx), (tx) =>
    beginningsFirst(request.text, request.limit, (filter: TextFilter, take, excludeIds) =>
      tx.partnerUser.findMany({
        where: {
          ...seats,
          user: { OR: [{ name: filter }, { email: filter }] },
          ...(excludeIds.length ? { id: { notIn: excludeIds } } : {}),
        },
        select: {
          id: true,
          role: true,
          status: true,
          partnerId: true,
          user: { select: { name: true, email: true } },
          partner: { select: { name: true } },
        },
        orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
        take,
      }),
    ),
  );
}

/** Portal users of every partner (as the partner pages list them), for vendor users; a hit opens the person's partner. */
export async function searchPortalUsers(ctx: VendorCtx, request: SearchRequest): Promise<ProviderResult> {
  authorize(ctx, "partners.read");
  const enums = searchWords(request.locale, "enums");
  const { rows, more } = await matchingSeats(ctx, visiblePortalSeats(ctx), request);
  const base = `/${ctx.tenant.slug}/admin/partners`;
  return {
    hits: rows.map((seat) => ({
      id: seat.id,
      title: seat.user.name,
      detail: seat.user.email,
      meta:
        seat.status === "ACTIVE" ? seat.partner.name : `${seat.partner.name} · ${enums(`memberStatus.${seat.status}`)}`,
      href: `${base}/${seat.partnerId}`,
    })),
    more,
    moreHref: null,
  };
}

/** A partner admin's own team (the team page's people, same rule), never another partner's. */
export async function searchOwnTeam(ctx: PartnerCtx, request: SearchRequest): Promise<ProviderResult> {
  authorize(ctx, "partnerTeam.read");
  const enums = searchWords(request.locale, "enums");
  const { rows, more } = await matchingSeats(ctx, visibleTeam(ctx), request);
  const team = `/${ctx.tenant.slug}/portal/team`;
  return {
    hits: rows.map((seat) => ({
      id: seat.id,
      title: seat.user.name,
      detail: seat.user.email,
      meta: seat.status === "INVITED" ? enums("memberStatus.INVITED") : enums(`partnerRole.${seat.role}`),
      href: team,
    })),
    more,
    moreHref: team,
  };
}
