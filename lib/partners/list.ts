import "server-only";
import { authorize, scopeOf, type PartnerCtx, type VendorCtx } from "@/lib/auth/context";
import { withScope, type Tx } from "@/lib/db/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { inBatches } from "@/lib/lists/csv";
import { direction, pageWindow, type ListPage } from "@/lib/lists/query";
import type { MemberStatusValue } from "@/lib/users/list-schema";
import {
  partnerListQuery,
  type PartnerListQuery,
  type PartnerRoleValue,
  type PartnerSort,
  type PartnerStatusValue,
  type PartnerTypeValue,
} from "./schema";

/** One row of the partner list (and of its CSV export). */
export type PartnerListItem = {
  id: string;
  name: string;
  type: PartnerTypeValue;
  status: PartnerStatusValue;
  country: string | null;
  tier: string | null;
  /** Portal seats that are not deactivated. */
  portalUsers: number;
  createdAt: Date;
};

/** A partner's portal user, as the vendor's partner page and the partner's team page show it. */
export type PortalUserItem = {
  id: string;
  userId: string;
  name: string;
  email: string;
  role: PartnerRoleValue;
  status: MemberStatusValue;
  lastLoginAt: Date | null;
  createdAt: Date;
};

const PARTNER_ORDER: Record<PartnerSort, (dir: "asc" | "desc") => Prisma.PartnerOrderByWithRelationInput> = {
  name: (dir) => ({ name: dir }),
  type: (dir) => ({ type: dir }),
  status: (dir) => ({ status: dir }),
  country: (dir) => ({ country: { sort: dir, nulls: "last" } }),
  tier: (dir) => ({ tier: { sort: dir, nulls: "last" } }),
  users: (dir) => ({ users: { _count: dir } }),
  created: (dir) => ({ createdAt: dir }),
};

function partnerWhere(ctx: VendorCtx, query: PartnerListQuery, asOf?: Date): Prisma.PartnerWhereInput {
  return {
    tenantId: ctx.tenantId,
    ...(query.status ? { status: query.status } : {}),
    ...(query.type ? { type: query.type } : {}),
    ...(query.q ? { name: { contains: query.q, mode: "insensitive" } } : {}),
    ...(asOf ? { createdAt: { lte: asOf } } : {}),
  };
}

async function partnerRows(
  tx: Tx,
  where: Prisma.PartnerWhereInput,
  query: PartnerListQuery,
  window: { skip: number; take: number },
): Promise<PartnerListItem[]> {
  const rows = await tx.partner.findMany({
    where,
    orderBy: [PARTNER_ORDER[query.sort.id](direction(query.sort)), { id: "asc" }],
    ...window,
    select: {
      id: true,
      name: true,
      type: true,
      status: true,
      country: true,
      tier: true,
      createdAt: true,
      _count: { select: { users: { where: { status: { not: "DEACTIVATED" } } } } },
    },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, portalUsers: _count.users }));
}

/** The whole query from a partial one (callers other than the list page pass only what they need). */
const fullQuery = (input: Partial<PartnerListQuery>): PartnerListQuery => ({ ...partnerListQuery.parse({}), ...input });

/** The tenant's partners: filtered, sorted and paginated on the server. */
export async function listPartners(
  ctx: VendorCtx,
  input: Partial<PartnerListQuery> = {},
): Promise<ListPage<PartnerListItem>> {
  authorize(ctx, "partners.read");
  const query = fullQuery(input);
  const page = Math.max(1, Math.floor(query.page) || 1);
  const where = partnerWhere(ctx, query);
  return withScope(scopeOf(ctx), async (tx) => {
    const [rows, total] = await Promise.all([
      partnerRows(tx, where, query, pageWindow({ page, pageSize: query.pageSize })),
      tx.partner.count({ where }),
    ]);
    return { rows, total, page, pageSize: query.pageSize };
  });
}

/** Every partner matching the list's filters, in its sort order, for the CSV export. */
export function exportPartners(ctx: VendorCtx, input: Partial<PartnerListQuery>): AsyncIterable<PartnerListItem> {
  authorize(ctx, "partners.read");
  const query = fullQuery(input);
  const where = partnerWhere(ctx, query, new Date());
  return inBatches((window) => withScope(scopeOf(ctx), (tx) => partnerRows(tx, where, query, window)));
}

export const portalUserSelect = {
  id: true,
  userId: true,
  role: true,
  status: true,
  createdAt: true,
  user: { select: { name: true, email: true, lastLoginAt: true } },
} satisfies Prisma.PartnerUserSelect;

export function toPortalUser(seat: Prisma.PartnerUserGetPayload<{ select: typeof portalUserSelect }>): PortalUserItem {
  return {
    id: seat.id,
    userId: seat.userId,
    name: seat.user.name,
    email: seat.user.email,
    role: seat.role,
    status: seat.status,
    lastLoginAt: seat.user.lastLoginAt,
    createdAt: seat.createdAt,
  };
}

/** The partner's own team for its portal (partner admins), deactivated seats included. */
export async function listOwnTeam(ctx: PartnerCtx): Promise<PortalUserItem[]> {
  authorize(ctx, "partnerTeam.read");
  return withScope(scopeOf(ctx), async (tx) => {
    const seats = await tx.partnerUser.findMany({
      where: { tenantId: ctx.tenantId, partnerId: ctx.partnerId },
      select: portalUserSelect,
      orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
    });
    return seats.map(toPortalUser);
  });
}
