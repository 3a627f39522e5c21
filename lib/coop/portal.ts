import "server-only";
import { z } from "zod";
import { addDays, dateToDay, dayToDate, todayIn } from "@/lib/activities/dates";
import { authorize, scopeOf, type PartnerCtx } from "@/lib/auth/context";
import { withReadScope } from "@/lib/db/read";
import { AppError } from "@/lib/errors";
import { invoiceNumberText } from "@/lib/invoicing/schema";
import { cappedTotal, countTake, defineListQuery, direction, pageWindow, type ListPage } from "@/lib/lists/query";
import { availableEffect } from "./read";
import { ownedBy, readClaim, readRequest, type ClaimRecord, type RequestRecord } from "./records";
import { COOP_ENTRY_KINDS, type CoopActivityTypeValue, type CoopEntryKindValue } from "./schema";

/**
 * The partner portal's reads beyond the balances (./read.ts): a fund's ledger one page at a
 * time, one request or claim with its documents, and what the request and claim forms offer
 * (funds still open, approved requests not yet claimed). Always the session's own partner:
 * another partner's ids are NOT_FOUND, as row-level security would answer anyway.
 */

export const entryListQuery = defineListQuery({
  sorts: ["seq"],
  defaultSort: { id: "seq", desc: true },
  filters: { kind: z.enum(COOP_ENTRY_KINDS).optional().catch(undefined) },
});
export type EntryListQuery = ReturnType<typeof entryListQuery.parse>;
export const ENTRY_LIST_FILTERS = ["kind"] as const;

export type EntryRow = {
  id: string;
  kind: CoopEntryKindValue;
  amountMinor: bigint;
  availableEffectMinor: bigint;
  currency: string;
  reason: string | null;
  invoice: { id: string; number: string } | null;
  requestId: string | null;
  claimId: string | null;
  createdByName: string;
  createdAt: Date;
  /** an accrual's computation: the rate and the base it was applied to */
  accrual: { rate: string; baseMinor: string } | null;
};

function accrualOf(explanation: unknown): EntryRow["accrual"] {
  if (!explanation || typeof explanation !== "object") return null;
  const { rate, baseMinor } = explanation as { rate?: unknown; baseMinor?: unknown };
  return typeof rate === "string" && typeof baseMinor === "string" ? { rate, baseMinor } : null;
}

/** One page of the ledger behind one of the partner's funds, newest first. */
export async function ownEntriesPage(
  ctx: PartnerCtx,
  fundId: string,
  input: Partial<EntryListQuery> = {},
): Promise<ListPage<EntryRow>> {
  authorize(ctx, "ownCoop.read");
  const query = { ...entryListQuery.parse({}), ...input };
  return withReadScope(scopeOf(ctx), async (tx) => {
    const fund = await tx.coopFund.findFirst({ where: { ...ownedBy(ctx), id: fundId }, select: { id: true } });
    if (!fund) throw new AppError("NOT_FOUND");
    const where = {
      tenantId: ctx.tenantId,
      fundId: fund.id,
      partnerId: ctx.partnerId,
      ...(query.kind ? { kind: query.kind } : {}),
    };
    const [rows, count] = await Promise.all([
      tx.coopEntry.findMany({
        where,
        orderBy: { seq: direction(query.sort) },
        ...pageWindow(query),
        select: {
          id: true,
          kind: true,
          amountMinor: true,
          currency: true,
          reason: true,
          requestId: true,
          claimId: true,
          createdByName: true,
          createdAt: true,
          explanation: true,
          invoice: { select: { id: true, number: true } },
        },
      }),
      tx.coopEntry.count({ where, take: countTake(query) }),
    ]);
    return {
      rows: rows.map(({ invoice, explanation, ...r }) => ({
        ...r,
        availableEffectMinor: availableEffect(r.kind, r.amountMinor),
        invoice: invoice ? { id: invoice.id, number: invoiceNumberText(invoice.number) } : null,
        accrual: r.kind === "ACCRUAL" || r.kind === "ACCRUAL_REVERSAL" ? accrualOf(explanation) : null,
      })),
      ...cappedTotal(count, query),
      page: query.page,
      pageSize: query.pageSize,
    };
  });
}

export type OwnRequestDetail = RequestRecord & {
  /** an approved request whose claim deadline has not passed: the claim form may name it */
  claimable: boolean;
};

/** One of the partner's requests with its co-branded material and its claim, if any (./records.ts). */
export async function getOwnRequest(ctx: PartnerCtx, requestId: string): Promise<OwnRequestDetail> {
  authorize(ctx, "ownCoop.read");
  const today = todayIn(ctx.tenant.timeZone);
  const { request } = await withReadScope(scopeOf(ctx), (tx) => readRequest(tx, ctx, requestId));
  return { ...request, claimable: request.status === "APPROVED" && !request.claim && request.claimDeadline !== null && today <= request.claimDeadline };
}

export type OwnClaimDetail = ClaimRecord;

/** One of the partner's claims with its proof of performance and how it was paid (./records.ts). */
export async function getOwnClaim(ctx: PartnerCtx, claimId: string): Promise<OwnClaimDetail> {
  authorize(ctx, "ownCoop.read");
  return (await withReadScope(scopeOf(ctx), (tx) => readClaim(tx, ctx, claimId))).claim;
}

export type OpenFund = {
  id: string;
  programName: string;
  kind: "COOP" | "MDF";
  currency: string;
  periodStart: string;
  periodEnd: string;
  /** the last day an activity may end (the day before the fund expires) */
  lastDay: string;
  activityTypes: CoopActivityTypeValue[];
  maxShareBp: number;
  requiresPreApproval: boolean;
  claimDays: number;
};

export type ClaimableRequest = {
  id: string;
  fundId: string;
  title: string;
  activityType: CoopActivityTypeValue;
  startsOn: string;
  endsOn: string;
  approvedMinor: bigint;
  currency: string;
  claimDeadline: string;
};

/** What the request and claim forms offer: the partner's funds not yet expired, and approved requests still to claim. */
export async function ownCoopChoices(
  ctx: PartnerCtx,
): Promise<{ funds: OpenFund[]; requests: ClaimableRequest[]; today: string }> {
  authorize(ctx, "ownCoop.read");
  const today = todayIn(ctx.tenant.timeZone);
  const [funds, requests] = await withReadScope(scopeOf(ctx), (tx) =>
    Promise.all([
      tx.coopFund.findMany({
        where: { tenantId: ctx.tenantId, partnerId: ctx.partnerId, expiresOn: { gt: dayToDate(today) } },
        orderBy: [{ periodStart: "desc" }, { id: "asc" }],
        take: 100,
        select: {
          id: true,
          currency: true,
          periodStart: true,
          periodEnd: true,
          expiresOn: true,
          program: {
            select: {
              name: true,
              kind: true,
              activityTypes: true,
              maxShareBp: true,
              requiresPreApproval: true,
              claimDays: true,
              active: true,
            },
          },
        },
      }),
      tx.coopRequest.findMany({
        where: {
          tenantId: ctx.tenantId,
          partnerId: ctx.partnerId,
          status: "APPROVED",
          claim: null,
          claimDeadline: { gte: dayToDate(today) },
        },
        orderBy: [{ claimDeadline: "asc" }, { id: "asc" }],
        take: 100,
        select: {
          id: true,
          fundId: true,
          title: true,
          activityType: true,
          startsOn: true,
          endsOn: true,
          approvedMinor: true,
          currency: true,
          claimDeadline: true,
        },
      }),
    ]),
  );
  return {
    today,
    funds: funds.map((f) => {
      return {
        id: f.id,
        programName: f.program.name,
        kind: f.program.kind,
        currency: f.currency,
        periodStart: dateToDay(f.periodStart),
        periodEnd: dateToDay(f.periodEnd),
        lastDay: addDays(dateToDay(f.expiresOn), -1),
        activityTypes: f.program.activityTypes,
        maxShareBp: f.program.maxShareBp,
        requiresPreApproval: f.program.requiresPreApproval,
        claimDays: f.program.claimDays,
      };
    }),
    requests: requests.map((r) => ({
      id: r.id,
      fundId: r.fundId,
      title: r.title,
      activityType: r.activityType,
      startsOn: dateToDay(r.startsOn),
      endsOn: dateToDay(r.endsOn),
      approvedMinor: r.approvedMinor ?? 0n,
      currency: r.currency,
      claimDeadline: dateToDay(r.claimDeadline!),
    })),
  };
}
