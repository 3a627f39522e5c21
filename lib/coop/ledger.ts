import "server-only";
import { dateToDay } from "@/lib/activities/dates";
import type { PartnerCtx, SystemCtx, VendorCtx } from "@/lib/auth/context";
import { lockRow } from "@/lib/db/concurrency";
import type { Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { createId } from "@/lib/ids";
import { toDecimalString } from "@/lib/money";
import { balanceOf, ZERO_BALANCE, type BalanceRow, type FundBalance } from "./balances";
import type { CoopActivityTypeValue, CoopEntryKindValue } from "./schema";

/**
 * The fund's ledger, written only here: money moves under the fund's row lock (`lockFund`),
 * the balance is summed from the entries after the lock, checked, and the new entry
 * appended in the same transaction — so concurrent claims on one fund queue up and each
 * sees the one before it. Entries are never updated or deleted (RLS and a trigger).
 */

export type CoopCtx = VendorCtx | PartnerCtx | SystemCtx;

export type LockedFund = {
  id: string;
  tenantId: string;
  partnerId: string;
  programId: string;
  currency: string;
  periodStart: string;
  periodEnd: string;
  expiresOn: string;
  program: {
    name: string;
    kind: "COOP" | "MDF";
    activityTypes: CoopActivityTypeValue[];
    maxShareBp: number;
    requiresPreApproval: boolean;
    claimDays: number;
    expenseAccount: string;
  };
};

const FUND_SELECT = {
  id: true,
  tenantId: true,
  partnerId: true,
  programId: true,
  currency: true,
  periodStart: true,
  periodEnd: true,
  expiresOn: true,
  program: { select: { name: true, kind: true, activityTypes: true, maxShareBp: true, requiresPreApproval: true, claimDays: true, expenseAccount: true } },
} as const;

/** Locks a fund the context may see (a partner: its own; another's id is NOT_FOUND). */
export async function lockFund(tx: Tx, ctx: CoopCtx, fundId: string): Promise<LockedFund> {
  const where = { tenantId: ctx.tenantId, id: fundId, ...(ctx.audience === "partner" ? { partnerId: ctx.partnerId } : {}) };
  if (!(await tx.coopFund.findFirst({ where, select: { id: true } }))) throw new AppError("NOT_FOUND");
  await lockRow(tx, "CoopFund", { tenantId: ctx.tenantId, id: fundId });
  const fund = await tx.coopFund.findUniqueOrThrow({ where: { tenantId_id: { tenantId: ctx.tenantId, id: fundId } }, select: FUND_SELECT });
  return { ...fund, periodStart: dateToDay(fund.periodStart), periodEnd: dateToDay(fund.periodEnd), expiresOn: dateToDay(fund.expiresOn) };
}

/**
 * The balances of several funds, from the running sums per kind that the database keeps
 * beside the ledger (CoopFundTotal: added by a trigger in the very transaction that appends
 * entries, so after `lockFund` they include everything written before) — a few rows per
 * fund however many entries it holds.
 */
export async function balancesOf(tx: Tx, tenantId: string, fundIds: readonly string[]): Promise<Map<string, FundBalance>> {
  const out = new Map<string, FundBalance>();
  if (!fundIds.length) return out;
  const rows = await tx.coopFundTotal.findMany({ where: { tenantId, fundId: { in: [...fundIds] } }, select: { fundId: true, kind: true, forClaim: true, amountMinor: true } });
  const byFund = new Map<string, BalanceRow[]>();
  for (const row of rows) {
    const list = byFund.get(row.fundId) ?? [];
    list.push({ kind: row.kind, amountMinor: row.amountMinor, forClaim: row.forClaim });
    byFund.set(row.fundId, list);
  }
  for (const id of fundIds) out.set(id, byFund.has(id) ? balanceOf(byFund.get(id)!) : ZERO_BALANCE);
  return out;
}

export async function balanceOfFund(tx: Tx, tenantId: string, fundId: string): Promise<FundBalance> {
  return (await balancesOf(tx, tenantId, [fundId])).get(fundId)!;
}

/** What a request's or a claim's reservation still holds (reservations − releases). */
export async function outstandingReservation(tx: Tx, tenantId: string, subject: { requestId: string } | { claimId: string }): Promise<bigint> {
  const where = "claimId" in subject ? { tenantId, claimId: subject.claimId } : { tenantId, requestId: subject.requestId, claimId: null };
  const rows = await tx.coopEntry.groupBy({ by: ["kind"], where: { ...where, kind: { in: ["RESERVATION", "RELEASE"] } }, _sum: { amountMinor: true } });
  const sum = (kind: string) => rows.find((r) => r.kind === kind)?._sum.amountMinor ?? 0n;
  return sum("RESERVATION") - sum("RELEASE");
}

export type NewEntry = {
  kind: CoopEntryKindValue;
  amountMinor: bigint;
  sourceKey?: string;
  invoiceId?: string;
  paymentId?: string;
  creditNoteId?: string;
  requestId?: string;
  claimId?: string;
  reason?: string | null;
  explanation?: Prisma.InputJsonValue;
};

/** Appends one entry to a locked fund; the caller has checked the balance it changes. */
export async function appendEntry(tx: Tx, ctx: CoopCtx, fund: { id: string; tenantId: string; partnerId: string; currency: string }, entry: NewEntry): Promise<string> {
  if (entry.amountMinor === 0n) throw new Error("a ledger entry of zero");
  if (entry.kind !== "ADJUSTMENT" && entry.amountMinor < 0n) throw new Error(`a negative ${entry.kind} entry`);
  const id = createId("coopEntry");
  await tx.coopEntry.create({
    data: {
      id,
      tenantId: fund.tenantId,
      partnerId: fund.partnerId,
      fundId: fund.id,
      kind: entry.kind,
      amountMinor: entry.amountMinor,
      currency: fund.currency,
      sourceKey: entry.sourceKey ?? null,
      invoiceId: entry.invoiceId ?? null,
      paymentId: entry.paymentId ?? null,
      creditNoteId: entry.creditNoteId ?? null,
      requestId: entry.requestId ?? null,
      claimId: entry.claimId ?? null,
      reason: entry.reason ?? null,
      ...(entry.explanation !== undefined ? { explanation: entry.explanation } : {}),
      createdByUserId: ctx.user?.id ?? null,
      createdByName: ctx.user?.name ?? "Canal",
    },
    select: { id: true },
  });
  return id;
}

/** Refuses to take more than the fund has available (checked after the lock). */
export async function assertAvailable(tx: Tx, fund: LockedFund, amountMinor: bigint): Promise<FundBalance> {
  const balance = await balanceOfFund(tx, fund.tenantId, fund.id);
  if (amountMinor > balance.availableMinor) throw new AppError("COOP_OVER_AVAILABLE", { params: { available: moneyText(balance.availableMinor, fund.currency) } });
  return balance;
}

export const moneyText = (minor: bigint, currency: string) => `${toDecimalString(minor, currency)} ${currency}`;
