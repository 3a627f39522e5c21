import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { containsText } from "@/lib/db/like";
import { withReadScope } from "@/lib/db/read";
import { withScope, type Tx } from "@/lib/db/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { inBatches } from "@/lib/lists/csv";
import { direction, pageWindow, type ListPage } from "@/lib/lists/query";
import {
  memberListQuery,
  type MemberListQuery,
  type MemberSort,
  type MemberStatusValue,
  type VendorRoleValue,
} from "./list-schema";
import { seatCounts, type SeatCounts } from "@/lib/seats/counts";
import { visibleMembers } from "./scope";

/** One row of the users page (and of its CSV export). */
export type MemberListItem = {
  id: string;
  userId: string;
  name: string;
  email: string;
  role: VendorRoleValue;
  status: MemberStatusValue;
  lastLoginAt: Date | null;
  createdAt: Date;
};

const MEMBER_ORDER: Record<MemberSort, (dir: "asc" | "desc") => Prisma.MembershipOrderByWithRelationInput> = {
  name: (dir) => ({ user: { name: dir } }),
  email: (dir) => ({ user: { email: dir } }),
  role: (dir) => ({ role: dir }),
  status: (dir) => ({ status: dir }),
  lastSignIn: (dir) => ({ user: { lastLoginAt: { sort: dir, nulls: "last" } } }),
  created: (dir) => ({ createdAt: dir }),
};

function memberWhere(ctx: VendorCtx, query: MemberListQuery, asOf?: Date): Prisma.MembershipWhereInput {
  return {
    ...visibleMembers(ctx),
    ...(query.role ? { role: query.role } : {}),
    ...(query.status ? { status: query.status } : {}),
    ...(query.q ? { user: { OR: [{ name: containsText(query.q) }, { email: containsText(query.q) }] } } : {}),
    ...(asOf ? { createdAt: { lte: asOf } } : {}),
  };
}

async function memberRows(
  tx: Tx,
  where: Prisma.MembershipWhereInput,
  query: MemberListQuery,
  window: { skip: number; take: number },
) {
  const rows = await tx.membership.findMany({
    where,
    orderBy: [MEMBER_ORDER[query.sort.id](direction(query.sort)), { id: "asc" }],
    ...window,
    select: {
      id: true,
      userId: true,
      role: true,
      status: true,
      createdAt: true,
      user: { select: { name: true, email: true, lastLoginAt: true } },
    },
  });
  return rows.map(({ user, ...row }): MemberListItem => ({
    ...row,
    name: user.name,
    email: user.email,
    lastLoginAt: user.lastLoginAt,
  }));
}

const fullQuery = (input: Partial<MemberListQuery>): MemberListQuery => ({ ...memberListQuery.parse({}), ...input });

/** The tenant's vendor users with role, status and last sign-in: filtered, sorted, paginated. */
export async function listMembers(
  ctx: VendorCtx,
  input: Partial<MemberListQuery> = {},
): Promise<ListPage<MemberListItem>> {
  authorize(ctx, "users.read");
  const query = fullQuery(input);
  const page = Math.max(1, Math.floor(query.page) || 1);
  const where = memberWhere(ctx, query);
  return withReadScope(scopeOf(ctx), async (tx) => {
    const [rows, total] = await Promise.all([
      memberRows(tx, where, query, pageWindow({ page, pageSize: query.pageSize })),
      tx.membership.count({ where }),
    ]);
    return { rows, total, page, pageSize: query.pageSize };
  });
}

/** Every vendor user matching the filters, in the list's order, for the CSV export. */
export function exportMembers(ctx: VendorCtx, input: Partial<MemberListQuery>): AsyncIterable<MemberListItem> {
  authorize(ctx, "users.read");
  const query = fullQuery(input);
  const where = memberWhere(ctx, query, new Date());
  return inBatches((window) => withScope(scopeOf(ctx), (tx) => memberRows(tx, where, query, window)));
}

/** Back-office seats by state, for the dashboard: invited people are never counted as users. */
export async function memberCounts(ctx: VendorCtx): Promise<SeatCounts> {
  authorize(ctx, "users.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const groups = await tx.membership.groupBy({ by: ["status"], where: visibleMembers(ctx), _count: { _all: true } });
    return seatCounts(groups);
  });
}
