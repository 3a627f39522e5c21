import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { containsText } from "@/lib/db/like";
import { withReadScope } from "@/lib/db/read";
import { withScope, type Tx } from "@/lib/db/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { inBatches } from "@/lib/lists/csv";
import { direction, pageWindow, type ListPage } from "@/lib/lists/query";
import { partnerSeatCounts } from "./seat-counts";
import {
  partnerListQuery,
  type PartnerListQuery,
  type PartnerSort,
  type PartnerStatusValue,
  type PartnerTypeValue,
} from "./schema";
import { visiblePartners } from "./scope";

/** One row of the partner list (and of its CSV export). */
export type PartnerListItem = {
  id: string;
  name: string;
  type: PartnerTypeValue;
  status: PartnerStatusValue;
  country: string | null;
  tier: string | null;
  /** People using the portal (ACTIVE seats). */
  portalUsers: number;
  /** Invitations nobody answered yet (INVITED seats): never added to the users. */
  invitedUsers: number;
  createdAt: Date;
};

const PARTNER_ORDER: Record<PartnerSort, (dir: "asc" | "desc") => Prisma.PartnerOrderByWithRelationInput> = {
  name: (dir) => ({ name: dir }),
  type: (dir) => ({ type: dir }),
  status: (dir) => ({ status: dir }),
  country: (dir) => ({ country: { sort: dir, nulls: "last" } }),
  tier: (dir) => ({ tier: { sort: dir, nulls: "last" } }),
  // Prisma cannot order by a filtered count: this orders by all of a partner's seats.
  users: (dir) => ({ users: { _count: dir } }),
  created: (dir) => ({ createdAt: dir }),
};

function partnerWhere(ctx: VendorCtx, query: PartnerListQuery, asOf?: Date): Prisma.PartnerWhereInput {
  return {
    ...visiblePartners(ctx),
    ...(query.status ? { status: query.status } : {}),
    ...(query.type ? { type: query.type } : {}),
    ...(query.q ? { name: containsText(query.q) } : {}),
    ...(asOf ? { createdAt: { lte: asOf } } : {}),
  };
}

async function partnerRows(
  tx: Tx,
  ctx: VendorCtx,
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
    },
  });
  const seats = await partnerSeatCounts(
    tx,
    ctx.tenantId,
    rows.map((row) => row.id),
  );
  return rows.map((row) => {
    const counts = seats.get(row.id)!;
    return { ...row, portalUsers: counts.active, invitedUsers: counts.invited };
  });
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
  return withReadScope(scopeOf(ctx), async (tx) => {
    const [rows, total] = await Promise.all([
      partnerRows(tx, ctx, where, query, pageWindow({ page, pageSize: query.pageSize })),
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
  return inBatches((window) => withScope(scopeOf(ctx), (tx) => partnerRows(tx, ctx, where, query, window)));
}
