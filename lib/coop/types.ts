import type { FundBalance } from "./balances";
import type { CoopActivityTypeValue, CoopClaimStatusValue, CoopEntryKindValue, CoopRequestStatusValue } from "./schema";

/** The shapes co-op services return (selected fields, never Prisma rows). */

export type RequestSummary = { id: string; status: CoopRequestStatusValue; version: number; requestedMinor: bigint; approvedMinor: bigint | null; currency: string };

export type ClaimSummary = { id: string; status: CoopClaimStatusValue; version: number; claimedMinor: bigint; approvedMinor: bigint | null; currency: string };

export type PaidClaim = ClaimSummary & { method: "CREDIT_NOTE" | "PAYOUT"; creditNoteId: string | null; reference: string };

export type FundView = {
  id: string;
  partnerId: string;
  partnerName: string;
  programId: string;
  programName: string;
  kind: "COOP" | "MDF";
  currency: string;
  periodStart: string;
  periodEnd: string;
  expiresOn: string;
  balance: FundBalance;
  /** what is available and expires within 30 days (0 otherwise) */
  expiringSoonMinor: bigint;
};

export type EntryView = {
  id: string;
  kind: CoopEntryKindValue;
  amountMinor: bigint;
  /** what the entry did to the available balance (signed) */
  availableEffectMinor: bigint;
  reason: string | null;
  invoiceId: string | null;
  paymentId: string | null;
  requestId: string | null;
  claimId: string | null;
  createdByName: string;
  createdAt: Date;
};

export type RequestView = {
  id: string;
  fundId: string;
  partnerName: string;
  activityType: CoopActivityTypeValue;
  title: string;
  startsOn: string;
  endsOn: string;
  plannedCostMinor: bigint;
  requestedMinor: bigint;
  approvedMinor: bigint | null;
  currency: string;
  status: CoopRequestStatusValue;
  decisionReason: string | null;
  claimDeadline: string | null;
  version: number;
  createdAt: Date;
};

export type ClaimView = {
  id: string;
  fundId: string;
  requestId: string | null;
  partnerName: string;
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
  creditNoteId: string | null;
  version: number;
  createdAt: Date;
  /** hours the claim has waited for the vendor (SUBMITTED), else null */
  waitingHours: number | null;
  proofs: { fileId: string; name: string }[];
};
