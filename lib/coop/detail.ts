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
import type { CoopActivityTypeValue, CoopClaimStatusValue, CoopRequestStatusValue } from "./schema";
import { shareOf } from "./requests";
import { coopSettingsOf } from "./settings";
import { hoursSince, isOverdue } from "./sla";

/**
 * What the back office's detail pages read: a program with its terms, a request or a claim
 * with its documents, its fund's balances and what it holds on the ledger now, and — for an
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

const FUND_SUMMARY = { id: true, programId: true, periodStart: true, periodEnd: true, expiresOn: true, program: { select: { name: true, kind: true, maxShareBp: true } } } as const;

async function fundSummary(tx: Tx, tenantId: string, fund: { id: string; programId: string; periodStart: Date; periodEnd: Date; expiresOn: Date; program: { name: string; kind: "COOP" | "MDF"; maxShareBp: number } }): Promise<FundSummary> {
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

export type DocumentView = { fileId: string; name: string; contentType: string; size: number };

const DOCUMENTS = { select: { file: { select: { id: true, originalName: true, contentType: true, size: true } } }, orderBy: { createdAt: "asc" } } as const;
const documentViews = (docs: { file: { id: string; originalName: string; contentType: string; size: number } }[]): DocumentView[] =>
  docs.map((d) => ({ fileId: d.file.id, name: d.file.originalName, contentType: d.file.contentType, size: d.file.size }));

export type RequestDetail = {
  id: string;
  partner: { id: string; name: string };
  fund: FundSummary;
  activityType: CoopActivityTypeValue;
  title: string;
  description: string;
  startsOn: string;
  endsOn: string;
  plannedCostMinor: bigint;
  requestedMinor: bigint;
  approvedMinor: bigint | null;
  currency: string;
  status: CoopRequestStatusValue;
  decisionReason: string | null;
  claimDeadline: string | null;
  submittedByName: string;
  decidedByName: string | null;
  decidedAt: Date | null;
  version: number;
  createdAt: Date;
  waitingHours: number | null;
  /** the tenant's review target for requests, and whether this one waited longer */
  targetHours: number;
  overdue: boolean;
  /** what its reservation holds on the fund now */
  reservedMinor: bigint;
  documents: DocumentView[];
  claim: { id: string; status: CoopClaimStatusValue } | null;
};

export async function getRequest(ctx: VendorCtx, requestId: string, now = new Date()): Promise<RequestDetail> {
  authorize(ctx, "coop.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const row = await tx.coopRequest.findUnique({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: requestId } },
      select: {
        id: true,
        activityType: true,
        title: true,
        description: true,
        startsOn: true,
        endsOn: true,
        plannedCostMinor: true,
        requestedMinor: true,
        approvedMinor: true,
        currency: true,
        status: true,
        decisionReason: true,
        claimDeadline: true,
        submittedByName: true,
        decidedByName: true,
        decidedAt: true,
        version: true,
        createdAt: true,
        partner: { select: { id: true, name: true } },
        fund: { select: FUND_SUMMARY },
        documents: DOCUMENTS,
        claim: { select: { id: true, status: true } },
      },
    });
    if (!row) throw new AppError("NOT_FOUND");
    const { fund, documents, startsOn, endsOn, claimDeadline, ...rest } = row;
    const targetHours = (await coopSettingsOf(tx, ctx.tenantId)).requestSlaHours;
    const waitingHours = row.status === "PROPOSED" ? hoursSince(row.createdAt, now) : null;
    return {
      ...rest,
      startsOn: dateToDay(startsOn),
      endsOn: dateToDay(endsOn),
      claimDeadline: claimDeadline ? dateToDay(claimDeadline) : null,
      fund: await fundSummary(tx, ctx.tenantId, fund),
      waitingHours,
      targetHours,
      overdue: isOverdue(waitingHours, targetHours),
      reservedMinor: await outstandingReservation(tx, ctx.tenantId, { requestId: row.id }),
      documents: documentViews(documents),
    };
  });
}

export type PayOption = { invoiceId: string; number: string; issueDate: string; balanceMinor: bigint };

export type ClaimDetail = {
  id: string;
  partner: { id: string; name: string };
  fund: FundSummary;
  request: { id: string; title: string; approvedMinor: bigint | null } | null;
  activityType: CoopActivityTypeValue;
  title: string;
  startsOn: string;
  endsOn: string;
  actualCostMinor: bigint;
  claimedMinor: bigint;
  approvedMinor: bigint | null;
  /** the most the program's share of the actual cost allows */
  shareCapMinor: bigint;
  currency: string;
  status: CoopClaimStatusValue;
  reason: string | null;
  payMethod: "CREDIT_NOTE" | "PAYOUT" | null;
  /** `invoiceId` null: the note went on the partner's account (no open invoice could take it) */
  creditNote: { id: string; invoiceId: string | null } | null;
  payoutReference: string | null;
  paidAt: Date | null;
  submittedByName: string;
  decidedByName: string | null;
  version: number;
  createdAt: Date;
  waitingHours: number | null;
  /** the tenant's review target for claims, and whether this one waited longer */
  targetHours: number;
  overdue: boolean;
  /** what its reservation holds on the fund now */
  heldMinor: bigint;
  documents: DocumentView[];
  /** APPROVED only: what paying it would post */
  payment: { creditNote: { oldest: PayOption | null; invoices: PayOption[] }; payout: { expenseAccount: string; bankAccount: string } } | null;
};

export async function getClaim(ctx: VendorCtx, claimId: string, now = new Date()): Promise<ClaimDetail> {
  authorize(ctx, "coop.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const row = await tx.coopClaim.findUnique({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: claimId } },
      select: {
        id: true,
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
        payoutReference: true,
        paidAt: true,
        submittedByName: true,
        decidedByName: true,
        version: true,
        createdAt: true,
        updatedAt: true,
        partner: { select: { id: true, name: true } },
        fund: { select: { ...FUND_SUMMARY, program: { select: { name: true, kind: true, maxShareBp: true, expenseAccount: true } } } },
        request: { select: { id: true, title: true, approvedMinor: true } },
        creditNote: { select: { id: true, invoiceId: true } },
        documents: DOCUMENTS,
      },
    });
    if (!row) throw new AppError("NOT_FOUND");
    const { fund, documents, startsOn, endsOn, updatedAt, ...rest } = row;
    let payment: ClaimDetail["payment"] = null;
    if (row.status === "APPROVED" && row.approvedMinor !== null) {
      // the same choice pay.ts makes: open invoices of the partner in the fund's currency that can take the whole amount
      const invoices = await tx.invoice.findMany({
        where: { tenantId: ctx.tenantId, partnerId: row.partner.id, currency: row.currency, balanceMinor: { gte: row.approvedMinor } },
        orderBy: [{ issueDate: "asc" }, { number: "asc" }],
        take: 50,
        select: { id: true, number: true, issueDate: true, balanceMinor: true },
      });
      const options = invoices.map((i) => ({ invoiceId: i.id, number: invoiceNumberText(i.number), issueDate: dateToDay(i.issueDate), balanceMinor: i.balanceMinor }));
      const settings = await settingsOf(tx, ctx.tenantId);
      payment = { creditNote: { oldest: options[0] ?? null, invoices: options }, payout: { expenseAccount: fund.program.expenseAccount, bankAccount: settings.bankAccount } };
    }
    const targetHours = (await coopSettingsOf(tx, ctx.tenantId)).claimSlaHours;
    const waitingHours = row.status === "SUBMITTED" ? hoursSince(updatedAt, now) : null;
    return {
      ...rest,
      startsOn: dateToDay(startsOn),
      endsOn: dateToDay(endsOn),
      fund: await fundSummary(tx, ctx.tenantId, fund),
      shareCapMinor: shareOf(row.actualCostMinor, fund.program.maxShareBp),
      waitingHours,
      targetHours,
      overdue: isOverdue(waitingHours, targetHours),
      heldMinor: await outstandingReservation(tx, ctx.tenantId, { claimId: row.id }),
      documents: documentViews(documents),
      payment,
    };
  });
}
