import "server-only";
import { authorize, scopeOf, type PartnerCtx, type VendorCtx } from "@/lib/auth/context";
import { containsText } from "@/lib/db/like";
import { withReadScope } from "@/lib/db/read";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cappedTotal, countTake, direction, pageWindow, type ListPage } from "@/lib/lists/query";
import type { OfferExplanation } from "./engine";
import { leadListQuery, ownLeadListQuery, type LeadListQuery, type OwnLeadListQuery } from "./schema";
import type { LeadDetail, LeadListItem, LeadOfferItem, OfferedLeadItem } from "./types";

/**
 * Reading leads. The vendor reads every lead and its whole offer history; a partner reads
 * the leads it holds now (row-level security: Lead.partnerId) and only its own offers —
 * never which partners had the lead before it, nor why they passed. Lists sort and filter
 * on indexed columns (prisma/schema/leads.prisma); counts stop at COUNT_CAP past the page (lib/lists/query.ts countLimit).
 */

const LIST_ROW = {
  id: true,
  company: true,
  contactName: true,
  status: true,
  source: true,
  territoryPath: true,
  valueMinor: true,
  currency: true,
  createdAt: true,
  partner: { select: { id: true, name: true } },
} as const satisfies Prisma.LeadSelect;

function orderOf(sort: { id: "created" | "company"; desc: boolean }): Prisma.LeadOrderByWithRelationInput[] {
  return [sort.id === "company" ? { company: direction(sort) } : { createdAt: direction(sort) }, { id: "asc" }];
}

async function page(ctx: VendorCtx | PartnerCtx, where: Prisma.LeadWhereInput, query: LeadListQuery | OwnLeadListQuery): Promise<ListPage<LeadListItem>> {
  return withReadScope(scopeOf(ctx), async (tx) => {
    const [rows, count] = await Promise.all([
      tx.lead.findMany({ where, orderBy: orderOf(query.sort), ...pageWindow(query), select: LIST_ROW }),
      tx.lead.count({ where, take: countTake(query) }),
    ]);
    return { rows, ...cappedTotal(count, query), page: query.page, pageSize: query.pageSize };
  });
}

/** The vendor's leads: `?status=&source=&partner=&q=`. */
export async function listLeads(ctx: VendorCtx, input: Partial<LeadListQuery>): Promise<ListPage<LeadListItem>> {
  authorize(ctx, "leads.read");
  const query = { ...leadListQuery.parse({}), ...input };
  return page(
    ctx,
    {
      tenantId: ctx.tenantId,
      ...(query.status ? { status: query.status } : {}),
      ...(query.source ? { source: query.source } : {}),
      ...(query.partner ? { partnerId: query.partner } : {}),
      ...(query.q ? { company: containsText(query.q) } : {}),
    },
    query,
  );
}

/** A partner's accepted and converted leads. */
export async function listOwnLeads(ctx: PartnerCtx, input: Partial<OwnLeadListQuery>): Promise<ListPage<LeadListItem>> {
  authorize(ctx, "ownLeads.read");
  const query = { ...ownLeadListQuery.parse({}), ...input };
  return page(
    ctx,
    {
      tenantId: ctx.tenantId,
      partnerId: ctx.partnerId,
      status: query.status ? query.status : { in: ["ACCEPTED", "CONVERTED"] },
      ...(query.q ? { company: containsText(query.q) } : {}),
    },
    query,
  );
}

/** The leads offered to the partner and waiting for its answer, soonest deadline first. */
export async function listOfferedLeads(ctx: PartnerCtx): Promise<OfferedLeadItem[]> {
  authorize(ctx, "ownLeads.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const offers = await tx.leadOffer.findMany({
      where: { tenantId: ctx.tenantId, partnerId: ctx.partnerId, status: "OFFERED", lead: { status: "OFFERED", partnerId: ctx.partnerId } },
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
      take: 200,
      select: {
        offeredAt: true,
        dueAt: true,
        lead: { select: { id: true, company: true, source: true, territoryPath: true, products: true, valueMinor: true, currency: true } },
      },
    });
    return offers.map(({ lead, ...offer }) => ({
      leadId: lead.id,
      company: lead.company,
      source: lead.source,
      territoryPath: lead.territoryPath,
      products: lead.products,
      valueMinor: lead.valueMinor,
      currency: lead.currency,
      ...offer,
    }));
  });
}

const DETAIL = {
  id: true,
  status: true,
  version: true,
  company: true,
  contactName: true,
  email: true,
  phone: true,
  domain: true,
  country: true,
  region: true,
  postalCode: true,
  industry: true,
  territoryPath: true,
  source: true,
  products: true,
  valueMinor: true,
  currency: true,
  notes: true,
  lostReason: true,
  registrationId: true,
  createdByName: true,
  createdAt: true,
  partner: { select: { id: true, name: true } },
} as const satisfies Prisma.LeadSelect;

const OFFER = {
  id: true,
  status: true,
  offeredAt: true,
  dueAt: true,
  respondedAt: true,
  respondedByName: true,
  declineReason: true,
  explanation: true,
  partner: { select: { id: true, name: true } },
} as const satisfies Prisma.LeadOfferSelect;

type OfferRow = Prisma.LeadOfferGetPayload<{ select: typeof OFFER }>;
const offerItem = (row: OfferRow): LeadOfferItem => ({ ...row, explanation: row.explanation as OfferExplanation });

/** A lead with its whole offer history and each offer's explanation (vendor). */
export async function getLead(ctx: VendorCtx, leadId: string): Promise<LeadDetail> {
  authorize(ctx, "leads.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const lead = await tx.lead.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: leadId } }, select: DETAIL });
    if (!lead) throw new AppError("NOT_FOUND");
    const offers = await tx.leadOffer.findMany({ where: { tenantId: ctx.tenantId, leadId }, orderBy: [{ offeredAt: "desc" }, { id: "desc" }], select: OFFER });
    return { ...lead, offers: offers.map(offerItem) };
  });
}

/** A lead the partner holds, with its own offer of it (another partner's lead: NOT_FOUND). */
export async function getOwnLead(ctx: PartnerCtx, leadId: string): Promise<LeadDetail> {
  authorize(ctx, "ownLeads.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const lead = await tx.lead.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: leadId } }, select: DETAIL });
    if (!lead || lead.partner?.id !== ctx.partnerId) throw new AppError("NOT_FOUND");
    const offers = await tx.leadOffer.findMany({
      where: { tenantId: ctx.tenantId, leadId, partnerId: ctx.partnerId },
      orderBy: [{ offeredAt: "desc" }, { id: "desc" }],
      select: OFFER,
    });
    // Never how many partners passed on the lead before this one.
    return { ...lead, offers: offers.map((row) => ({ ...offerItem(row), explanation: { ...offerItem(row).explanation, excluded: 0 } })) };
  });
}

/** Partners that were ever offered a lead (the list's partner filter). */
export async function leadPartnerOptions(ctx: VendorCtx): Promise<{ value: string; label: string }[]> {
  authorize(ctx, "leads.read");
  return withReadScope(scopeOf(ctx), async (tx) =>
    (
      await tx.partner.findMany({
        where: { tenantId: ctx.tenantId, leadOffers: { some: {} } },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        take: 500,
        select: { id: true, name: true },
      })
    ).map((p) => ({ value: p.id, label: p.name })),
  );
}
