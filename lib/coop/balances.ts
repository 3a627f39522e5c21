import type { CoopEntryKindValue } from "./schema";

/**
 * Every balance of a fund is a sum of its ledger entries — nothing else is stored, so
 * nothing can disagree with them. Client-safe and pure: the services fold the database's
 * sums per kind with it, the tests fold raw entries, and both must agree.
 *
 * - earned    = accruals + allocations + adjustments (signed) − accrual reversals (what
 *   credit notes took back, ./reversal.ts)
 * - reserved  = reservations − releases of requests (pre-approved activities)
 * - claimed   = reservations − releases of claims (submitted or approved, not yet paid)
 * - paid      = claim payments
 * - expired   = expiries
 * - available = earned − reserved − claimed − paid − expired (never taken below zero by a
 *   reservation or payment: checked under the fund's row lock before any entry that lowers
 *   it is written; only a reversal may, when the money was already spent — owed back)
 */

export type BalanceRow = { kind: CoopEntryKindValue; amountMinor: bigint; forClaim: boolean };

export type FundBalance = {
  earnedMinor: bigint;
  reservedMinor: bigint;
  claimedMinor: bigint;
  paidMinor: bigint;
  expiredMinor: bigint;
  availableMinor: bigint;
};

export const ZERO_BALANCE: FundBalance = { earnedMinor: 0n, reservedMinor: 0n, claimedMinor: 0n, paidMinor: 0n, expiredMinor: 0n, availableMinor: 0n };

export function balanceOf(rows: Iterable<BalanceRow>): FundBalance {
  let earned = 0n;
  let reserved = 0n;
  let claimed = 0n;
  let paid = 0n;
  let expired = 0n;
  for (const row of rows) {
    switch (row.kind) {
      case "ACCRUAL":
      case "ALLOCATION":
      case "ADJUSTMENT":
        earned += row.amountMinor;
        break;
      case "ACCRUAL_REVERSAL":
        earned -= row.amountMinor;
        break;
      case "RESERVATION":
        if (row.forClaim) claimed += row.amountMinor;
        else reserved += row.amountMinor;
        break;
      case "RELEASE":
        if (row.forClaim) claimed -= row.amountMinor;
        else reserved -= row.amountMinor;
        break;
      case "CLAIM_PAYMENT":
        paid += row.amountMinor;
        break;
      case "EXPIRY":
        expired += row.amountMinor;
        break;
    }
  }
  return {
    earnedMinor: earned,
    reservedMinor: reserved,
    claimedMinor: claimed,
    paidMinor: paid,
    expiredMinor: expired,
    availableMinor: earned - reserved - claimed - paid - expired,
  };
}
