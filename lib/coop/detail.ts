import "server-only";
import { dateToDay } from "@/lib/activities/dates";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { withReadScope } from "@/lib/db/read";
import type { Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { invoiceNumberText } from "@/lib/invoicing/schema";
import { settingsOf } from "@/lib/invoicing/settings";
import { balancesOf, outstandingReservation } from "./ledger";
import type { FundBalance } from "./balances";
import { readClaim, readRequest, type ClaimRecord, type RecordFund, type RequestRecord } from "./records";
import type { CoopActivityTypeValue } from "./schema";
import { shareOf } from "./requests";
import { coopSettingsOf } from "./settings";
import { waitOf } from "./sla";

/**
 * What the back office's detail pages read: a program with its terms, a request or a claim
 * (read as the portal reads it, ./records.ts) with its fund's balances, what it holds on the
 * ledger now, how long it has waited against the tenant's review target, and — for an
 * approved claim — what paying it would post (the invoice a credit note would reduce, or
 * the payout's journal lines).
 */

const PROGRAM_SELECT = {
  id: true,
  kind: true,
  name: true,
  description: true,
  campaign: true,
  currency: true,
  period: true,
  accrualBasis: true,
  accrualRate: true,
  brandId: true,
  familyId: true,
  tierId: true,
  activityTypes: true,
  maxShareBp: true,
  requiresPreApproval: true,
  claimDays: true,
  graceDays: true,
  expenseAccount: true,
  active: true,
  version: true,
  brand: { select: { name: true } },
  family: { select: { nameEn: true, nameEs: true } },
  tier: { select: { name: true } },
  _count: { select: { funds: true } },
} as const;

export type ProgramDetail = {
  id: string;
  kind: "COOP" | "MDF";
  name: string;
  description: string | null;
  campaign: string | null;
  currency: string;
  period: "QUARTER" | "YEAR";
  accrualBasis: "INVOICED" | "PAID" | null;
  /** percent as typed ("2.5"), COOP only */
  accrualRate: string | null;
  brandId: string | null;
  familyId: string | null;
  tierId: string | null;
  /** what the program applies to, in words of the catalog (brand, family) and the tier */
  scope: { brand: string | null; family: string | null; tier: string | null };
  activityTypes: CoopActivityTypeValue[];
  maxSharePercent: number;
  requiresPreApproval: boolean;
  claimDays: number;
  graceDays: number;
  expenseAccount: string;
  active: boolean;
  version: number;
  funds: number;
};

type ProgramRow = {
  accrualRate: { toString(): string } | null;
  maxShareBp: number;
  brand: { name: string } | null;
  family: { nameEn: string; nameEs: string } | null;
  tier: { name: string } | null;
  _count: { funds: number };
} & Omit<ProgramDetail, "accrualRate" | "maxSharePercent" | "scope" | "funds">;

function programView(row: ProgramRow, es: boolean): ProgramDetail {
  const { brand, family, tier, _count, accrualRate, maxShareBp, ...rest } = row;
  return {
    ...rest,
    // Decimal(7,4) prints "3.0000": the form and the page show what a person typed
    accrualRate: accrualRate ? accrualRate.toString().replace(/\.?0+$/, "") : null,
    maxSharePercent: maxShareBp / 100,
    scope: { brand: brand?.name ?? null, family: family ? (es ? family.nameEs : family.nameEn) : null, tier: tier?.name ?? null },
    funds: _count.funds,
  };
}

/** Every program of the tenant, active first. */
export async function listPrograms(ctx: VendorCtx): Promise<ProgramDetail[]> {
  authorize(ctx, "coop.read");
  const rows = await withReadScope(scopeOf(ctx), (tx) => tx.coopProgram.findMany({ where: { tenantId: ctx.tenantId }, select: PROGRAM_SELECT, orderBy: [{ active: "desc" }, { name: "asc" }], take: 500 }));
  return rows.map((row) => programView(row, ctx.user.locale === "es"));
}

export async function getProgram(ctx: VendorCtx, programId: string): Promise<ProgramDetail> {
  authorize(ctx, "coop.read");
  const row = await withReadScope(scopeOf(ctx), (tx) => tx.coopProgram.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: programId } }, select: PROGRAM_SELECT }));
  if (!row) throw new AppError("NOT_FOUND");
  return programView(row, ctx.user.locale === "es");
}

export type FundSummary = { id: string; programId: string; programName: string; kind: "COOP" | "MDF"; maxSharePercent: number; periodStart: string; periodEnd: string; expiresOn: string; balance: FundBalance };

async function fundSummary(tx: Tx, tenantId: string, fund: RecordFund): Promise<FundSummary> {
  const balance = (await balancesOf(tx, tenantId, [fund.id])).get(fund.id)!;
  return {
    id: fund.id,
    programId: fund.programId,
    programName: fund.program.name,
    kind: fund.program.kind,
    maxSharePercent: fund.program.maxShareBp / 100,
    periodStart: dateToDay(fund.periodStart),
    periodEnd: dateToDay(fund.periodEnd),
    expiresOn: dateToDay(fund.expiresOn),
    balance,
  };
}

export type RequestDetail = RequestRecord & {
  fund: FundSummary;
  waitingHours: number | null;
  /** the tenant's review target for requests, and whether this one waited longer */
  targetHours: number;
  overdue: boolean;
  /** what its reservation holds on the fund now */
  reservedMinor: bigint;
};

/** A request as the back office reads it (./records.ts), with its fund's balances, its reservation and its wait. */
export async function getRequest(ctx: VendorCtx, requestId: string, now = new Date()): Promise<RequestDetail> {
  authorize(ctx, "coop.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const { request, fund } = await readRequest(tx, ctx, requestId);
    const { requestSlaHours } = await coopSettingsOf(tx, ctx.tenantId);
    return {
      ...request,
      fund: await fundSummary(tx, ctx.tenantId, fund),
      ...waitOf(request.status === "PROPOSED" ? request.createdAt : null, now, requestSlaHours),
      reservedMinor: await outstandingReservation(tx, ctx.tenantId, { requestId: request.id }),
    };
  });
}

export type PayOption = { invoiceId: string; number: string; issueDate: string; balanceMinor: bigint };

export type ClaimDetail = ClaimRecord & {
  fund: FundSummary;
  /** the most the program's share of the actual cost allows */
  shareCapMinor: bigint;
  waitingHours: number | null;
  /** the tenant's review target for claims, and whether this one waited longer */
  targetHours: number;
  overdue: boolean;
  /** what its reservation holds on the fund now */
  heldMinor: bigint;
  /** APPROVED only: what paying it would post */
  payment: { creditNote: { oldest: PayOption | null; invoices: PayOption[] }; payout: { expenseAccount: string; bankAccount: string } } | null;
};

/** A claim as the back office reads it (./records.ts), with its fund's balances, its hold, its wait and — approved — what paying it would post. */
export async function getClaim(ctx: VendorCtx, claimId: string, now = new Date()): Promise<ClaimDetail> {
  authorize(ctx, "coop.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const { claim, fund, updatedAt } = await readClaim(tx, ctx, claimId);
    let payment: ClaimDetail["payment"] = null;
    if (claim.status === "APPROVED" && claim.approvedMinor !== null) {
      // the same choice pay.ts makes: open invoices of the partner in the fund's currency that can take the whole amount
      const invoices = await tx.invoice.findMany({
        where: { tenantId: ctx.tenantId, partnerId: claim.partner.id, currency: claim.currency, balanceMinor: { gte: claim.approvedMinor } },
        orderBy: [{ issueDate: "asc" }, { number: "asc" }],
        take: 50,
        select: { id: true, number: true, issueDate: true, balanceMinor: true },
      });
      const options = invoices.map((i) => ({ invoiceId: i.id, number: invoiceNumberText(i.number), issueDate: dateToDay(i.issueDate), balanceMinor: i.balanceMinor }));
      const settings = await settingsOf(tx, ctx.tenantId);
      payment = { creditNote: { oldest: options[0] ?? null, invoices: options }, payout: { expenseAccount: fund.program.expenseAccount, bankAccount: settings.bankAccount } };
    }
    const { claimSlaHours } = await coopSettingsOf(tx, ctx.tenantId);
    return {
      ...claim,
      fund: await fundSummary(tx, ctx.tenantId, fund),
      shareCapMinor: shareOf(claim.actualCostMinor, fund.program.maxShareBp),
      // a claim answered after a question waits again from the answer (its last change)
      ...waitOf(claim.status === "SUBMITTED" ? updatedAt : null, now, claimSlaHours),
      heldMinor: await outstandingReservation(tx, ctx.tenantId, { claimId: claim.id }),
      payment,
    };
  });
}
