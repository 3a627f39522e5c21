import "server-only";
import { authorize, scopeOf, type PartnerCtx, type TenantCtx, type VendorCtx } from "@/lib/auth/context";
import { containsText } from "@/lib/db/like";
import { withScope, type Tx } from "@/lib/db/scope";
import { withReadScope } from "@/lib/db/read";
import type { Prisma } from "@/lib/generated/prisma/client";
import { inBatches } from "@/lib/lists/csv";
import { cappedTotal, countTake, direction, pageWindow, type ListPage } from "@/lib/lists/query";
import { accountListQuery, type AccountListQuery, type AccountSort, type Industry } from "./schema";
import { visibleAccounts } from "./scope";
import type { AccountListItem } from "./types";

// Every sort and filter here has an index (prisma/schema/accounts.prisma): name and
// created per tenant, per partner and per territory; review status; trigram for `q`.
const ORDER: Record<AccountSort, (dir: "asc" | "desc") => Prisma.AccountOrderByWithRelationInput> = {
  name: (dir) => ({ name: dir }),
  created: (dir) => ({ createdAt: dir }),
};

const ROW = {
  id: true,
  name: true,
  domain: true,
  country: true,
  region: true,
  industry: true,
  reviewStatus: true,
  createdAt: true,
  partner: { select: { id: true, name: true } },
  territory: { select: { id: true, path: true } },
} as const satisfies Prisma.AccountSelect;

function accountWhere(ctx: TenantCtx, query: AccountListQuery, asOf?: Date): Prisma.AccountWhereInput {
  // The reader's visibility first; a partner's `owner` filter can only narrow its own rows.
  const owner =
    ctx.audience === "vendor" && query.owner ? { partnerId: query.owner === "direct" ? null : query.owner } : {};
  return {
    AND: [
      visibleAccounts(ctx),
      owner,
      query.territory && ctx.audience === "vendor" ? { territoryId: query.territory } : {},
      query.review ? { reviewStatus: query.review } : {},
      query.q ? { name: containsText(query.q) } : {},
      asOf ? { createdAt: { lte: asOf } } : {},
    ],
  };
}

async function rows(tx: Tx, where: Prisma.AccountWhereInput, query: AccountListQuery, window: { skip: number; take: number }) {
  const found = await tx.account.findMany({
    where,
    orderBy: [ORDER[query.sort.id](direction(query.sort)), { id: "asc" }],
    ...window,
    select: ROW,
  });
  return found.map((row): AccountListItem => ({ ...row, industry: row.industry as Industry | null }));
}

const fullQuery = (input: Partial<AccountListQuery>): AccountListQuery => ({ ...accountListQuery.parse({}), ...input });

async function page(ctx: TenantCtx, input: Partial<AccountListQuery>): Promise<ListPage<AccountListItem>> {
  const query = fullQuery(input);
  const where = accountWhere(ctx, query);
  return withReadScope(scopeOf(ctx), async (tx) => {
    // A tenant may hold hundreds of thousands of accounts: count only as far as countLimit (COUNT_CAP past the page).
    const [found, count] = await Promise.all([
      rows(tx, where, query, pageWindow(query)),
      tx.account.count({ where, take: countTake(query) }),
    ]);
    return { rows: found, ...cappedTotal(count, query), page: query.page, pageSize: query.pageSize };
  });
}

function all(ctx: TenantCtx, input: Partial<AccountListQuery>): AsyncIterable<AccountListItem> {
  const query = fullQuery(input);
  const where = accountWhere(ctx, query, new Date());
  return inBatches((window) => withScope(scopeOf(ctx), (tx) => rows(tx, where, query, window)));
}

/** Vendor: every account of the tenant, filtered by owner, territory, review status or name. */
export async function listAccounts(ctx: VendorCtx, input: Partial<AccountListQuery> = {}): Promise<ListPage<AccountListItem>> {
  authorize(ctx, "accounts.read");
  return page(ctx, input);
}

export function exportAccounts(ctx: VendorCtx, input: Partial<AccountListQuery>): AsyncIterable<AccountListItem> {
  authorize(ctx, "accounts.read");
  return all(ctx, input);
}

/** Portal: the partner's own accounts. */
export async function listOwnAccounts(ctx: PartnerCtx, input: Partial<AccountListQuery> = {}): Promise<ListPage<AccountListItem>> {
  authorize(ctx, "ownAccounts.read");
  return page(ctx, input);
}

export function exportOwnAccounts(ctx: PartnerCtx, input: Partial<AccountListQuery>): AsyncIterable<AccountListItem> {
  authorize(ctx, "ownAccounts.read");
  return all(ctx, input);
}
