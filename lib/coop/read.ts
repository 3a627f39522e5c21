import "server-only";
import { addDays, dateToDay, todayIn } from "@/lib/activities/dates";
import { authorize, scopeOf, type PartnerCtx, type VendorCtx } from "@/lib/auth/context";
import { withReadScope } from "@/lib/db/read";
import type { Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { balancesOf } from "./ledger";
import { CLAIM_FIELDS, REQUEST_FIELDS, ownedBy } from "./records";
import type { CoopEntryKindValue } from "./schema";
import { hoursSince } from "./sla";
import type { ClaimView, EntryView, FundView, RequestView } from "./types";

/**
 * What people read: funds with their balances (the portal's, and every partner's in the back
 * office's lists, ./queues.ts) and the entries behind them, and the partner's own requests
 * and claims. Balances come from the ledger's running sums (./ledger.ts balancesOf), never
 * from a stored figure. The audience is a filter (./records.ts ownedBy): a partner reads its
 * own rows only, another partner's id is NOT_FOUND.
 */

/** Days before expiry from which a fund's available money counts as "expiring soon". */
export const EXPIRING_SOON_DAYS = 30;

export const FUND_SELECT = {
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

/** Funds (read with FUND_SELECT) with their balances and what of them expires soon, as of `today`. */
export async function fundViews(tx: Tx, tenantId: string, rows: FundRow[], today: string): Promise<FundView[]> {
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
    const rows = await tx.coopFund.findMany({ where: ownedBy(ctx), select: FUND_SELECT, orderBy: [{ periodStart: "desc" }, { id: "asc" }], take: 100 });
    return fundViews(tx, ctx.tenantId, rows, today);
  });
}

/** How an entry moved the available balance (lib/coop/balances.ts): reservations, payments, expiries and reversals take, the rest gives. */
export function availableEffect(kind: CoopEntryKindValue, amountMinor: bigint): bigint {
  return kind === "RESERVATION" || kind === "CLAIM_PAYMENT" || kind === "EXPIRY" || kind === "ACCRUAL_REVERSAL" ? -amountMinor : amountMinor;
}

/** One fund the session may read, with its balances (a few rows of running sums, whatever the ledger's length). */
async function fundView(tx: Tx, ctx: VendorCtx | PartnerCtx, fundId: string, today: string): Promise<FundView> {
  const row = await tx.coopFund.findFirst({ where: { ...ownedBy(ctx), id: fundId }, select: FUND_SELECT });
  if (!row) throw new AppError("NOT_FOUND");
  return (await fundViews(tx, ctx.tenantId, [row], today))[0]!;
}

async function fundWithEntries(tx: Tx, ctx: VendorCtx | PartnerCtx, fundId: string, today: string): Promise<FundView & { entries: EntryView[] }> {
  const view = await fundView(tx, ctx, fundId, today);
  const entries = await tx.coopEntry.findMany({
    where: { tenantId: ctx.tenantId, fundId },
    orderBy: { seq: "desc" },
    take: 500,
    select: { id: true, kind: true, amountMinor: true, reason: true, invoiceId: true, paymentId: true, requestId: true, claimId: true, createdByName: true, createdAt: true },
  });
  return { ...view, entries: entries.map((e) => ({ ...e, availableEffectMinor: availableEffect(e.kind, e.amountMinor) })) };
}

/**
 * One of the partner's funds with its balances only — what the portal's fund page shows above
 * the ledger, which it reads a page at a time (./portal.ts ownEntriesPage). Another partner's
 * id is NOT_FOUND.
 */
export async function getOwnFundBalances(ctx: PartnerCtx, fundId: string): Promise<FundView> {
  authorize(ctx, "ownCoop.read");
  const today = todayIn(ctx.tenant.timeZone);
  return withReadScope(scopeOf(ctx), (tx) => fundView(tx, ctx, fundId, today));
}

/** One of the partner's funds with its latest 500 entries (another partner's id is NOT_FOUND). */
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

/** The partner's own requests, oldest first (the back office pages every partner's: ./queues.ts requestQueue). */
export async function listOwnRequests(ctx: PartnerCtx, filter: { status?: RequestView["status"] } = {}): Promise<RequestView[]> {
  authorize(ctx, "ownCoop.read");
  const rows = await withReadScope(scopeOf(ctx), (tx) =>
    tx.coopRequest.findMany({
      where: { ...ownedBy(ctx), ...(filter.status ? { status: filter.status } : {}) },
      select: { ...REQUEST_FIELDS, partner: { select: { name: true } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 500,
    }),
  );
  return rows.map(({ partner, ...r }) => ({
    ...r,
    partnerName: partner.name,
    startsOn: dateToDay(r.startsOn),
    endsOn: dateToDay(r.endsOn),
    claimDeadline: r.claimDeadline ? dateToDay(r.claimDeadline) : null,
  }));
}

/** The partner's own claims, oldest first (the back office pages every partner's: ./queues.ts claimQueue). */
export async function listOwnClaims(ctx: PartnerCtx, filter: { status?: ClaimView["status"][] } = {}, now = new Date()): Promise<ClaimView[]> {
  authorize(ctx, "ownCoop.read");
  const rows = await withReadScope(scopeOf(ctx), (tx) =>
    tx.coopClaim.findMany({
      where: { ...ownedBy(ctx), ...(filter.status?.length ? { status: { in: filter.status } } : {}) },
      select: {
        ...CLAIM_FIELDS,
        creditNoteId: true,
        partner: { select: { name: true } },
        documents: { select: { file: { select: { id: true, originalName: true } } }, orderBy: { createdAt: "asc" } },
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 500,
    }),
  );
  return rows.map(({ partner, documents, updatedAt, ...r }) => ({
    ...r,
    partnerName: partner.name,
    startsOn: dateToDay(r.startsOn),
    endsOn: dateToDay(r.endsOn),
    waitingHours: r.status === "SUBMITTED" ? hoursSince(updatedAt, now) : null,
    proofs: documents.map((d) => ({ fileId: d.file.id, name: d.file.originalName })),
  }));
}
