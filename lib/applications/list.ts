import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { containsText } from "@/lib/db/like";
import { withScope, type Tx } from "@/lib/db/scope";
import { withReadScope } from "@/lib/db/read";
import type { Prisma } from "@/lib/generated/prisma/client";
import { inBatches } from "@/lib/lists/csv";
import { direction, pageWindow, type ListPage } from "@/lib/lists/query";
import { applicationListQuery, type ApplicationListQuery } from "./schema";
import type { ApplicationListItem } from "./types";

// Each sort is served by an index of PartnerApplication (prisma/schema/applications.prisma).
const ORDER: Record<ApplicationListQuery["sort"]["id"], (dir: "asc" | "desc") => Prisma.PartnerApplicationOrderByWithRelationInput> = {
  created: (dir) => ({ createdAt: dir }),
  company: (dir) => ({ companyName: dir }),
  status: (dir) => ({ status: dir }),
};

export const APPLICATION_ROW = {
  id: true,
  status: true,
  companyName: true,
  taxId: true,
  partnerType: true,
  country: true,
  contactName: true,
  contactEmail: true,
  expectedVolumeMinor: true,
  currency: true,
  createdAt: true,
  decidedAt: true,
} as const satisfies Prisma.PartnerApplicationSelect;

function where(ctx: VendorCtx, query: ApplicationListQuery, asOf?: Date): Prisma.PartnerApplicationWhereInput {
  return {
    tenantId: ctx.tenantId,
    ...(query.status ? { status: query.status } : {}),
    ...(query.q
      ? { OR: [{ companyName: containsText(query.q) }, { contactEmail: containsText(query.q) }, { taxId: containsText(query.q) }] }
      : {}),
    ...(asOf ? { createdAt: { lte: asOf } } : {}),
  };
}

function rows(tx: Tx, filter: Prisma.PartnerApplicationWhereInput, query: ApplicationListQuery, window: { skip: number; take: number }) {
  return tx.partnerApplication.findMany({
    where: filter,
    orderBy: [ORDER[query.sort.id](direction(query.sort)), { id: "asc" }],
    ...window,
    select: APPLICATION_ROW,
  });
}

const fullQuery = (input: Partial<ApplicationListQuery>): ApplicationListQuery => ({ ...applicationListQuery.parse({}), ...input });

/** The queue of applications: filtered by status and text, sorted and paginated on the server. */
export async function listApplications(
  ctx: VendorCtx,
  input: Partial<ApplicationListQuery> = {},
): Promise<ListPage<ApplicationListItem>> {
  authorize(ctx, "applications.read");
  const query = fullQuery(input);
  const page = Math.max(1, Math.floor(query.page) || 1);
  const filter = where(ctx, query);
  return withReadScope(scopeOf(ctx), async (tx) => {
    const [found, total] = await Promise.all([
      rows(tx, filter, query, pageWindow({ page, pageSize: query.pageSize })),
      tx.partnerApplication.count({ where: filter }),
    ]);
    return { rows: found, total, page, pageSize: query.pageSize };
  });
}

/** Every application matching the queue's filters, in its order, for the CSV export. */
export function exportApplications(ctx: VendorCtx, input: Partial<ApplicationListQuery>): AsyncIterable<ApplicationListItem> {
  authorize(ctx, "applications.read");
  const query = fullQuery(input);
  const filter = where(ctx, query, new Date());
  return inBatches((window) => withScope(scopeOf(ctx), (tx) => rows(tx, filter, query, window)));
}

/** Pending applications, for the navigation's badge and the dashboard. */
export async function countPendingApplications(ctx: VendorCtx): Promise<number> {
  authorize(ctx, "applications.read");
  return withReadScope(scopeOf(ctx), (tx) => tx.partnerApplication.count({ where: { tenantId: ctx.tenantId, status: "PENDING" } }));
}
