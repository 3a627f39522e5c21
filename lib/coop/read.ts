import "server-only";
import { addDays, dateToDay, todayIn } from "@/lib/activities/dates";
import { authorize, scopeOf, type PartnerCtx, type VendorCtx } from "@/lib/auth/context";
import { withReadScope } from "@/lib/db/read";
import type { Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { balancesOf } from "./ledger";
import type { CoopEntryKindValue } from "./schema";
import type { ClaimView, EntryView, FundView, RequestView } from "./types";

/**
 * What people read: a partner's funds with their balances and the entries behind them
 * (portal), every partner's funds, the request and claim queues (back office). Balances
 * come from the ledger (./ledger.ts balancesOf), never from a stored figure.
 */

/** Days before expiry from which a fund's available money counts as "expiring soon". */
export const EXPIRING_SOON_DAYS = 30;

const FUND_SELECT = {
  id: true,
  partnerId: true,
  programId: true,
  currency: true,
  periodStart: true,
  periodEnd: true,
  expiresOn: true,
  partner: { select: { name: true } },
  program: { select: { name: true, kind: true } },
} as const;

type FundRow = { id: string; partnerId: string; programId: string; currency: string; periodStart: Date; periodEnd: Date; expiresOn: Date; partner: { name: string }; program: { name: string; kind: "COOP" | "MDF" } };

async function fundViews(tx: Tx, tenantId: string, rows: FundRow[], today: string): Promise<FundView[]> {
  const balances = await balancesOf(
    tx,
    tenantId,
    rows.map((r) => r.id),
  );
  const soon = addDays(today, EXPIRING_SOON_DAYS);
  return rows.map((r) => {
    const balance = balances.get(r.id)!;
    const expiresOn = dateToDay(r.expiresOn);
    return {
      id: r.id,
      partnerId: r.partnerId,
      partnerName: r.partner.name,
      programId: r.programId,
      programName: r.program.name,
      kind: r.program.kind,
      currency: r.currency,
      periodStart: dateToDay(r.periodStart),
      periodEnd: dateToDay(r.periodEnd),
      expiresOn,
      balance,
      expiringSoonMinor: expiresOn > today && expiresOn <= soon && balance.availableMinor > 0n ? balance.availableMinor : 0n,
    };
  });
}

/** The partner's funds, newest period first, with their balances. */
export async function listOwnFunds(ctx: PartnerCtx): Promise<FundView[]> {
  authorize(ctx, "ownCoop.read");
  const today = todayIn(ctx.tenant.timeZone);
  return withReadScope(scopeOf(ctx), async (tx) => {
    const rows = await tx.coopFund.findMany({ where: { tenantId: ctx.tenantId, partnerId: ctx.partnerId }, select: FUND_SELECT, orderBy: [{ periodStart: "desc" }, { id: "asc" }], take: 100 });
    return fundViews(tx, ctx.tenantId, rows, today);
  });
}

/** Every partner's funds (optionally one partner's), newest period first. */
export async function listFunds(ctx: VendorCtx, filter: { partnerId?: string | null } = {}): Promise<FundView[]> {
  authorize(ctx, "coop.read");
  const today = todayIn(ctx.tenant.timeZone);
  return withReadScope(scopeOf(ctx), async (tx) => {
    const rows = await tx.coopFund.findMany({
      where: { tenantId: ctx.tenantId, ...(filter.partnerId ? { partnerId: filter.partnerId } : {}) },
      select: FUND_SELECT,
      orderBy: [{ periodStart: "desc" }, { partner: { name: "asc" } }, { id: "asc" }],
      take: 500,
    });
    return fundViews(tx, ctx.tenantId, rows, today);
  });
}

/** How an entry moved the available balance (lib/coop/balances.ts): reservations, payments, expiries and reversals take, the rest gives. */
export function availableEffect(kind: CoopEntryKindValue, amountMinor: bigint): bigint {
  return kind === "RESERVATION" || kind === "CLAIM_PAYMENT" || kind === "EXPIRY" || kind === "ACCRUAL_REVERSAL" ? -amountMinor : amountMinor;
}

async function fundWithEntries(tx: Tx, ctx: VendorCtx | PartnerCtx, fundId: string, today: string): Promise<FundView & { entries: EntryView[] }> {
  const row = await tx.coopFund.findFirst({ where: { tenantId: ctx.tenantId, id: fundId, ...(ctx.audience === "partner" ? { partnerId: ctx.partnerId } : {}) }, select: FUND_SELECT });
  if (!row) throw new AppError("NOT_FOUND");
  const [view] = await fundViews(tx, ctx.tenantId, [row], today);
  const entries = await tx.coopEntry.findMany({
    where: { tenantId: ctx.tenantId, fundId },
    orderBy: { seq: "desc" },
    take: 500,
    select: { id: true, kind: true, amountMinor: true, reason: true, invoiceId: true, paymentId: true, requestId: true, claimId: true, createdByName: true, createdAt: true },
  });
  return { ...view!, entries: entries.map((e) => ({ ...e, availableEffectMinor: availableEffect(e.kind, e.amountMinor) })) };
}

/** One of the partner's funds with the entries behind its balances (another partner's id is NOT_FOUND). */
export async function getOwnFund(ctx: PartnerCtx, fundId: string): Promise<FundView & { entries: EntryView[] }> {
  authorize(ctx, "ownCoop.read");
  const today = todayIn(ctx.tenant.timeZone);
  return withReadScope(scopeOf(ctx), (tx) => fundWithEntries(tx, ctx, fundId, today));
}

/** Any fund of the tenant with the entries behind its balances. */
export async function getFund(ctx: VendorCtx, fundId: string): Promise<FundView & { entries: EntryView[] }> {
  authorize(ctx, "coop.read");
  const today = todayIn(ctx.tenant.timeZone);
  return withReadScope(scopeOf(ctx), (tx) => fundWithEntries(tx, ctx, fundId, today));
}

const REQUEST_SELECT = {
  id: true,
  fundId: true,
  activityType: true,
  title: true,
  startsOn: true,
  endsOn: true,
  plannedCostMinor: true,
  requestedMinor: true,
  approvedMinor: true,
  currency: true,
  status: true,
  decisionReason: true,
  claimDeadline: true,
  version: true,
  createdAt: true,
  partner: { select: { name: true } },
} as const;

/** The partner's own requests, oldest first. */
export async function listOwnRequests(ctx: PartnerCtx, filter: { status?: RequestView["status"] } = {}): Promise<RequestView[]> {
  authorize(ctx, "ownCoop.read");
  return withReadScope(scopeOf(ctx), (tx) => requestViews(tx, ctx, filter));
}

/** Every partner's requests, oldest first (the review queue with `status: "PROPOSED"`). */
export async function listRequests(ctx: VendorCtx, filter: { status?: RequestView["status"] } = {}): Promise<RequestView[]> {
  authorize(ctx, "coop.read");
  return withReadScope(scopeOf(ctx), (tx) => requestViews(tx, ctx, filter));
}

async function requestViews(tx: Tx, ctx: VendorCtx | PartnerCtx, filter: { status?: RequestView["status"] }): Promise<RequestView[]> {
  const rows = await tx.coopRequest.findMany({
    where: { tenantId: ctx.tenantId, ...(ctx.audience === "partner" ? { partnerId: ctx.partnerId } : {}), ...(filter.status ? { status: filter.status } : {}) },
    select: REQUEST_SELECT,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 500,
  });
  return rows.map(({ partner, ...r }) => ({
    ...r,
    partnerName: partner.name,
    startsOn: dateToDay(r.startsOn),
    endsOn: dateToDay(r.endsOn),
    claimDeadline: r.claimDeadline ? dateToDay(r.claimDeadline) : null,
  }));
}

/** The partner's own claims, oldest first. */
export async function listOwnClaims(ctx: PartnerCtx, filter: { status?: ClaimView["status"][] } = {}, now = new Date()): Promise<ClaimView[]> {
  authorize(ctx, "ownCoop.read");
  return withReadScope(scopeOf(ctx), (tx) => claimViews(tx, ctx, filter, now));
}

/** Every partner's claims, oldest first: the claims queue in SLA order. */
export async function listClaims(ctx: VendorCtx, filter: { status?: ClaimView["status"][] } = {}, now = new Date()): Promise<ClaimView[]> {
  authorize(ctx, "coop.read");
  return withReadScope(scopeOf(ctx), (tx) => claimViews(tx, ctx, filter, now));
}

async function claimViews(tx: Tx, ctx: VendorCtx | PartnerCtx, filter: { status?: ClaimView["status"][] }, now: Date): Promise<ClaimView[]> {
  const rows = await tx.coopClaim.findMany({
    where: { tenantId: ctx.tenantId, ...(ctx.audience === "partner" ? { partnerId: ctx.partnerId } : {}), ...(filter.status?.length ? { status: { in: filter.status } } : {}) },
    select: {
      id: true,
      fundId: true,
      requestId: true,
      activityType: true,
      title: true,
      startsOn: true,
      endsOn: true,
      actualCostMinor: true,
      claimedMinor: true,
      approvedMinor: true,
      currency: true,
      status: true,
      reason: true,
      payMethod: true,
      creditNoteId: true,
      version: true,
      createdAt: true,
      updatedAt: true,
      partner: { select: { name: true } },
      documents: { select: { file: { select: { id: true, originalName: true } } }, orderBy: { createdAt: "asc" } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 500,
  });
  return rows.map(({ partner, documents, updatedAt, ...r }) => ({
    ...r,
    partnerName: partner.name,
    startsOn: dateToDay(r.startsOn),
    endsOn: dateToDay(r.endsOn),
    waitingHours: r.status === "SUBMITTED" ? Math.floor((now.getTime() - updatedAt.getTime()) / 3_600_000) : null,
    proofs: documents.map((d) => ({ fileId: d.file.id, name: d.file.originalName })),
  }));
}
