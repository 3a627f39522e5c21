import { withReadScope } from "@/lib/db/read";
import "server-only";
import { authorize, scopeOf, type PartnerCtx, type TenantCtx, type VendorCtx } from "@/lib/auth/context";
import { dateToDay } from "@/lib/activities/dates";
import { containsText } from "@/lib/db/like";
import type { Prisma } from "@/lib/generated/prisma/client";
import { inBatches } from "@/lib/lists/csv";
import { cappedTotal, countLimit, countTake, direction, pageWindow, type ListPage } from "@/lib/lists/query";
import { OPPORTUNITY_ITEM, opportunityItem } from "./opportunity-rows";
import { countOpportunities, opportunityConditions, opportunityPageIds } from "./opportunity-query";
import {
  opportunityListQuery,
  registrationListQuery,
  type OpportunityListQuery,
  type RegistrationListQuery,
} from "./schema";
import { visibleRegistrations } from "./scope";
import type { OpportunityListItem, RegistrationListItem } from "./types";

// Lists and exports of registrations and opportunities. Every sort and filter has an
// index (prisma/schema/deals.prisma): registrations by status/partner and date, customer
// name by trigram; opportunities by status with close date or amount, by stage, partner,
// territory or rep with close date, and created. Counts stop at COUNT_CAP past the page (lib/lists/query.ts countLimit).

const REGISTRATION_ROW = {
  id: true,
  title: true,
  customerName: true,
  status: true,
  amountMinor: true,
  currency: true,
  expectedCloseOn: true,
  protectedUntil: true,
  createdAt: true,
  partner: { select: { id: true, name: true } },
} as const satisfies Prisma.DealRegistrationSelect;

function registrationWhere(ctx: TenantCtx, query: RegistrationListQuery, asOf?: Date): Prisma.DealRegistrationWhereInput {
  return {
    AND: [
      visibleRegistrations(ctx),
      query.status ? { status: query.status } : {},
      ctx.audience === "vendor" && query.partner && query.partner !== "direct" ? { partnerId: query.partner } : {},
      query.q ? { customerName: containsText(query.q) } : {},
      asOf ? { createdAt: { lte: asOf } } : {},
    ],
  };
}

async function registrationRows(ctx: TenantCtx, where: Prisma.DealRegistrationWhereInput, query: RegistrationListQuery, window: { skip: number; take: number }) {
  return withReadScope(scopeOf(ctx), async (tx) => {
    const rows = await tx.dealRegistration.findMany({
      where,
      orderBy: [{ createdAt: direction(query.sort) }, { id: "asc" }],
      ...window,
      select: { ...REGISTRATION_ROW, ...(ctx.audience === "vendor" ? { _count: { select: { matches: true } } } : {}) },
    });
    return rows.map(({ expectedCloseOn, protectedUntil, ...row }): RegistrationListItem => ({
      ...row,
      expectedCloseOn: dateToDay(expectedCloseOn),
      protectedUntil: protectedUntil ? dateToDay(protectedUntil) : null,
      evidence: "_count" in row ? (row._count as { matches: number }).matches : 0,
    }));
  });
}

const fullRegistrationQuery = (input: Partial<RegistrationListQuery>): RegistrationListQuery => ({ ...registrationListQuery.parse({}), ...input });

async function registrationPage(ctx: TenantCtx, input: Partial<RegistrationListQuery>): Promise<ListPage<RegistrationListItem>> {
  const query = fullRegistrationQuery(input);
  const where = registrationWhere(ctx, query);
  const [rows, count] = await Promise.all([
    registrationRows(ctx, where, query, pageWindow(query)),
    withReadScope(scopeOf(ctx), (tx) => tx.dealRegistration.count({ where, take: countTake(query) })),
  ]);
  return { rows, ...cappedTotal(count, query), page: query.page, pageSize: query.pageSize };
}

function registrationExport(ctx: TenantCtx, input: Partial<RegistrationListQuery>): AsyncIterable<RegistrationListItem> {
  const query = fullRegistrationQuery(input);
  const where = registrationWhere(ctx, query, new Date());
  return inBatches((window) => registrationRows(ctx, where, query, window));
}

/** Vendor: the registrations queue. */
export async function listRegistrations(ctx: VendorCtx, input: Partial<RegistrationListQuery> = {}): Promise<ListPage<RegistrationListItem>> {
  authorize(ctx, "deals.read");
  return registrationPage(ctx, input);
}

export function exportRegistrations(ctx: VendorCtx, input: Partial<RegistrationListQuery>): AsyncIterable<RegistrationListItem> {
  authorize(ctx, "deals.read");
  return registrationExport(ctx, input);
}

/** Portal: the partner's own registrations. */
export async function listOwnRegistrations(ctx: PartnerCtx, input: Partial<RegistrationListQuery> = {}): Promise<ListPage<RegistrationListItem>> {
  authorize(ctx, "ownDeals.read");
  return registrationPage(ctx, input);
}

export function exportOwnRegistrations(ctx: PartnerCtx, input: Partial<RegistrationListQuery>): AsyncIterable<RegistrationListItem> {
  authorize(ctx, "ownDeals.read");
  return registrationExport(ctx, input);
}

const fullOpportunityQuery = (input: Partial<OpportunityListQuery>): OpportunityListQuery => ({ ...opportunityListQuery.parse({}), ...input });

/**
 * A page of the table: the page's ids in order by SQL (./opportunity-query.ts: an index
 * gives the order, so only the page is read), then those rows with their stage, partner,
 * territory and rep.
 */
async function opportunityRows(ctx: TenantCtx, query: OpportunityListQuery, window: { skip: number; take: number }, asOf?: Date) {
  return withReadScope(scopeOf(ctx), async (tx) => {
    const where = await opportunityConditions(tx, ctx, { ...query, ...(asOf ? { createdUpTo: asOf } : {}) });
    const [ids, count] = await Promise.all([
      opportunityPageIds(tx, where, query.sort, window),
      asOf ? Promise.resolve(0) : countOpportunities(tx, where, countLimit(query)),
    ]);
    const rows = ids.length ? await tx.opportunity.findMany({ where: { tenantId: ctx.tenantId, id: { in: ids } }, select: OPPORTUNITY_ITEM }) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return { rows: ids.flatMap((id) => (byId.has(id) ? [opportunityItem(ctx.audience, byId.get(id)!)] : [])), count };
  });
}

async function opportunityPage(ctx: TenantCtx, input: Partial<OpportunityListQuery>): Promise<ListPage<OpportunityListItem>> {
  const query = fullOpportunityQuery(input);
  const { rows, count } = await opportunityRows(ctx, query, pageWindow(query));
  return { rows, ...cappedTotal(count, query), page: query.page, pageSize: query.pageSize };
}

function opportunityExport(ctx: TenantCtx, input: Partial<OpportunityListQuery>): AsyncIterable<OpportunityListItem> {
  const query = fullOpportunityQuery(input);
  const asOf = new Date();
  return inBatches(async (window) => (await opportunityRows(ctx, query, window, asOf)).rows);
}

/** Vendor: the pipeline as a table, filtered by status, stage, partner, territory and rep. */
export async function listOpportunities(ctx: VendorCtx, input: Partial<OpportunityListQuery> = {}): Promise<ListPage<OpportunityListItem>> {
  authorize(ctx, "deals.read");
  return opportunityPage(ctx, input);
}

export function exportOpportunities(ctx: VendorCtx, input: Partial<OpportunityListQuery>): AsyncIterable<OpportunityListItem> {
  authorize(ctx, "deals.read");
  return opportunityExport(ctx, input);
}

/** Portal: the partner's own deals as a table. */
export async function listOwnOpportunities(ctx: PartnerCtx, input: Partial<OpportunityListQuery> = {}): Promise<ListPage<OpportunityListItem>> {
  authorize(ctx, "ownDeals.read");
  return opportunityPage(ctx, input);
}

export function exportOwnOpportunities(ctx: PartnerCtx, input: Partial<OpportunityListQuery>): AsyncIterable<OpportunityListItem> {
  authorize(ctx, "ownDeals.read");
  return opportunityExport(ctx, input);
}
