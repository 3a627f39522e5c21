import "server-only";
import { dateToDay } from "@/lib/activities/dates";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import type { Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { creditNoteNumberText, invoiceNumberText } from "@/lib/invoicing/schema";
import type { CoopActivityTypeValue, CoopClaimStatusValue, CoopRequestStatusValue } from "./schema";

/**
 * One read per co-op object for both audiences: a request or a claim with its documents, as
 * the back office (lib/coop/detail.ts: plus its fund's balances, its hold on the ledger and
 * the payment preview) and the partner's portal (lib/coop/portal.ts) show it. The audience is
 * only a filter (`ownedBy`): a partner's session reads its own partner's rows — another
 * partner's id is NOT_FOUND, as row-level security would answer anyway — and a vendor's
 * session any row of its tenant. The callers authorize and open the read scope.
 */

/** The rows a session may read: its tenant's, and for a partner only its own. */
export const ownedBy = (ctx: VendorCtx | PartnerCtx) => ({ tenantId: ctx.tenantId, ...(ctx.audience === "partner" ? { partnerId: ctx.partnerId } : {}) });

export type DocumentView = { fileId: string; name: string; contentType: string; size: number; uploadedAt: Date };

const DOCUMENTS = {
  select: { createdAt: true, file: { select: { id: true, originalName: true, contentType: true, size: true } } },
  orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }],
};

const documentViews = (rows: { createdAt: Date; file: { id: string; originalName: string; contentType: string; size: number } }[]): DocumentView[] =>
  rows.map((d) => ({ fileId: d.file.id, name: d.file.originalName, contentType: d.file.contentType, size: d.file.size, uploadedAt: d.createdAt }));

/** A request's own columns, as its lists and its page read them. */
export const REQUEST_FIELDS = {
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
} as const;

/** A claim's own columns, as its lists and its page read them. */
export const CLAIM_FIELDS = {
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
  version: true,
  createdAt: true,
  updatedAt: true,
} as const;

/** The fund a request or claim draws on, with the program terms its page needs. */
const RECORD_FUND = { select: { id: true, programId: true, periodStart: true, periodEnd: true, expiresOn: true, program: { select: { name: true, kind: true, maxShareBp: true, expenseAccount: true } } } } as const;
export type RecordFund = { id: string; programId: string; periodStart: Date; periodEnd: Date; expiresOn: Date; program: { name: string; kind: "COOP" | "MDF"; maxShareBp: number; expenseAccount: string } };

export type RequestRecord = {
  id: string;
  fundId: string;
  programName: string;
  partner: { id: string; name: string };
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
  documents: DocumentView[];
  claim: { id: string; status: CoopClaimStatusValue } | null;
};

/** One request the session may read, with its co-branded material, its claim and its fund. */
export async function readRequest(tx: Tx, ctx: VendorCtx | PartnerCtx, requestId: string): Promise<{ request: RequestRecord; fund: RecordFund }> {
  const row = await tx.coopRequest.findFirst({
    where: { ...ownedBy(ctx), id: requestId },
    select: {
      ...REQUEST_FIELDS,
      description: true,
      submittedByName: true,
      decidedByName: true,
      decidedAt: true,
      partner: { select: { id: true, name: true } },
      fund: RECORD_FUND,
      claim: { select: { id: true, status: true } },
      documents: DOCUMENTS,
    },
  });
  if (!row) throw new AppError("NOT_FOUND");
  const { fund, documents, startsOn, endsOn, claimDeadline, ...rest } = row;
  return {
    request: { ...rest, programName: fund.program.name, startsOn: dateToDay(startsOn), endsOn: dateToDay(endsOn), claimDeadline: claimDeadline ? dateToDay(claimDeadline) : null, documents: documentViews(documents) },
    fund,
  };
}

export type ClaimRecord = {
  id: string;
  fundId: string;
  programName: string;
  partner: { id: string; name: string };
  requestId: string | null;
  request: { id: string; title: string; approvedMinor: bigint | null } | null;
  activityType: CoopActivityTypeValue;
  title: string;
  startsOn: string;
  endsOn: string;
  actualCostMinor: bigint;
  claimedMinor: bigint;
  approvedMinor: bigint | null;
  currency: string;
  status: CoopClaimStatusValue;
  reason: string | null;
  payMethod: "CREDIT_NOTE" | "PAYOUT" | null;
  /** `invoiceId` null: the note went on the partner's account (no open invoice could take it) */
  creditNote: { id: string; number: string; invoiceId: string | null; invoiceNumber: string | null } | null;
  payoutReference: string | null;
  paidAt: Date | null;
  submittedByName: string;
  decidedByName: string | null;
  version: number;
  createdAt: Date;
  documents: DocumentView[];
};

/** One claim the session may read, with its proof of performance, how it was paid and its fund; `updatedAt` dates the partner's last answer. */
export async function readClaim(tx: Tx, ctx: VendorCtx | PartnerCtx, claimId: string): Promise<{ claim: ClaimRecord; fund: RecordFund; updatedAt: Date }> {
  const row = await tx.coopClaim.findFirst({
    where: { ...ownedBy(ctx), id: claimId },
    select: {
      ...CLAIM_FIELDS,
      payoutReference: true,
      paidAt: true,
      submittedByName: true,
      decidedByName: true,
      partner: { select: { id: true, name: true } },
      fund: RECORD_FUND,
      request: { select: { id: true, title: true, approvedMinor: true } },
      creditNote: { select: { id: true, number: true, invoice: { select: { id: true, number: true } } } },
      documents: DOCUMENTS,
    },
  });
  if (!row) throw new AppError("NOT_FOUND");
  const { fund, documents, creditNote, startsOn, endsOn, updatedAt, ...rest } = row;
  return {
    claim: {
      ...rest,
      programName: fund.program.name,
      startsOn: dateToDay(startsOn),
      endsOn: dateToDay(endsOn),
      creditNote: creditNote
        ? { id: creditNote.id, number: creditNoteNumberText(creditNote.number), invoiceId: creditNote.invoice?.id ?? null, invoiceNumber: creditNote.invoice ? invoiceNumberText(creditNote.invoice.number) : null }
        : null,
      documents: documentViews(documents),
    },
    fund,
    updatedAt,
  };
}
