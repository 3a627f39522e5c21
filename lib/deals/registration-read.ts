import { withReadScope } from "@/lib/db/read";
import "server-only";
import { authorize, scopeOf, type PartnerCtx, type TenantCtx, type VendorCtx } from "@/lib/auth/context";
import { dateToDay } from "@/lib/activities/dates";
import { type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { visibleRegistrations } from "./scope";
import { loadDealSettings } from "./stages";
import type { EvidenceItem, RegistrationDetail, RegistrationReview } from "./types";

/** One registration as its page reads it: the portal (own only) and the back office alike. */

const DETAIL = {
  id: true,
  status: true,
  title: true,
  customerName: true,
  domain: true,
  taxId: true,
  country: true,
  region: true,
  postalCode: true,
  industry: true,
  contactName: true,
  contactEmail: true,
  contactPhone: true,
  amountMinor: true,
  currency: true,
  expectedCloseOn: true,
  competition: true,
  notes: true,
  submittedByName: true,
  decidedByName: true,
  decidedAt: true,
  decisionReason: true,
  protectedUntil: true,
  version: true,
  createdAt: true,
  partner: { select: { id: true, name: true } },
  lines: { select: { description: true, quantity: true }, orderBy: { position: "asc" } },
  extensions: {
    select: {
      id: true,
      days: true,
      reason: true,
      status: true,
      requestedByName: true,
      decidedByName: true,
      decisionReason: true,
      decidedAt: true,
      createdAt: true,
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  },
  opportunity: { select: { id: true } },
} as const satisfies Prisma.DealRegistrationSelect;

async function loadDetail(tx: Tx, ctx: TenantCtx, registrationId: string): Promise<RegistrationDetail> {
  const row = await tx.dealRegistration.findFirst({ where: { ...visibleRegistrations(ctx), id: registrationId }, select: DETAIL });
  if (!row) throw new AppError("NOT_FOUND");
  const { opportunity, expectedCloseOn, protectedUntil, ...rest } = row;
  return {
    ...rest,
    expectedCloseOn: dateToDay(expectedCloseOn),
    protectedUntil: protectedUntil ? dateToDay(protectedUntil) : null,
    opportunityId: opportunity?.id ?? null,
  };
}

/** Vendor: any registration of the tenant. */
export async function getRegistration(ctx: VendorCtx, registrationId: string): Promise<RegistrationDetail> {
  authorize(ctx, "deals.read");
  return withReadScope(scopeOf(ctx), (tx) => loadDetail(tx, ctx, registrationId));
}

/** Portal: one of the partner's own registrations (another partner's id is NOT_FOUND). */
export async function getOwnRegistration(ctx: PartnerCtx, registrationId: string): Promise<RegistrationDetail> {
  authorize(ctx, "ownDeals.read");
  return withReadScope(scopeOf(ctx), (tx) => loadDetail(tx, ctx, registrationId));
}

const EVIDENCE = {
  id: true,
  kind: true,
  matchedOn: true,
  similarity: true,
  territoryPath: true,
  otherPartner: { select: { id: true, name: true } },
  otherRegistration: { select: { id: true, title: true, customerName: true, status: true, protectedUntil: true } },
  otherOpportunity: { select: { id: true, name: true, customerName: true, status: true } },
  otherAccount: { select: { id: true, name: true } },
} as const satisfies Prisma.DealMatchSelect;

function evidenceItem(row: Prisma.DealMatchGetPayload<{ select: typeof EVIDENCE }>): EvidenceItem {
  const reg = row.otherRegistration;
  const opp = row.otherOpportunity;
  return {
    id: row.id,
    kind: row.kind,
    matchedOn: row.matchedOn,
    similarity: row.similarity,
    territoryPath: row.territoryPath,
    otherPartner: row.otherPartner,
    other: reg
      ? { type: "registration", ...reg, protectedUntil: reg.protectedUntil ? dateToDay(reg.protectedUntil) : null }
      : opp
        ? { type: "opportunity", ...opp }
        : row.otherAccount
          ? { type: "account", ...row.otherAccount }
          : null,
  };
}

/**
 * What the reviewer weighs (vendor only): the duplicate and conflict evidence with the
 * current state of each other side, where the customer falls, its rep and account, and the
 * tenant's default protection period.
 */
export async function getRegistrationReview(ctx: VendorCtx, registrationId: string): Promise<RegistrationReview> {
  authorize(ctx, "deals.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const row = await tx.dealRegistration.findUnique({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: registrationId } },
      select: {
        territoryId: true,
        territoryPath: true,
        rep: { select: { id: true, user: { select: { name: true } } } },
        account: { select: { id: true, name: true } },
        matches: { select: EVIDENCE, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      },
    });
    if (!row) throw new AppError("NOT_FOUND");
    const settings = await loadDealSettings(tx, ctx.tenantId);
    return {
      evidence: row.matches.map(evidenceItem),
      territory: row.territoryId && row.territoryPath ? { id: row.territoryId, path: row.territoryPath } : null,
      rep: row.rep ? { membershipId: row.rep.id, name: row.rep.user.name } : null,
      account: row.account,
      protectionDays: settings.protectionDays,
    };
  });
}
