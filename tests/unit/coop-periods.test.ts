/** Co-op's pure rules: periods, expiry and claim deadlines, and how balances fold from entries. */
import { describe, expect, it } from "vitest";
import { balanceOf } from "@/lib/coop/balances";
import { claimDeadlineFor, daysBetween, expiresOnFor, periodOf } from "@/lib/coop/periods";

describe("periods", () => {
  it.each([
    ["2026-01-01", "QUARTER", "2026-01-01", "2026-03-31"],
    ["2026-03-31", "QUARTER", "2026-01-01", "2026-03-31"],
    ["2026-05-15", "QUARTER", "2026-04-01", "2026-06-30"],
    ["2024-08-29", "QUARTER", "2024-07-01", "2024-09-30"],
    ["2026-12-31", "QUARTER", "2026-10-01", "2026-12-31"],
    ["2026-07-04", "YEAR", "2026-01-01", "2026-12-31"],
  ] as const)("%s in a %s: %s … %s", (day, kind, start, end) => {
    expect(periodOf(day, kind)).toEqual({ start, end });
  });

  it("a fund expires the day after its grace; a claim is due by the earlier of the activity's deadline and the fund's last day", () => {
    expect(expiresOnFor("2026-12-31", 30)).toBe("2027-01-31");
    expect(expiresOnFor("2026-03-31", 0)).toBe("2026-04-01");
    expect(claimDeadlineFor("2026-11-10", 20, "2027-01-31")).toBe("2026-11-30");
    expect(claimDeadlineFor("2026-12-20", 60, "2027-01-31")).toBe("2027-01-30");
    expect(daysBetween("2026-12-02", "2027-01-01")).toBe(30);
  });
});

describe("balances fold from entries", () => {
  it("reservations of requests and claims are separate; releases give back; payments and expiries take", () => {
    const balance = balanceOf([
      { kind: "ALLOCATION", amountMinor: 100_000n, forClaim: false },
      { kind: "ACCRUAL", amountMinor: 2_500n, forClaim: false },
      { kind: "ADJUSTMENT", amountMinor: -500n, forClaim: false },
      { kind: "RESERVATION", amountMinor: 40_000n, forClaim: false },
      { kind: "RELEASE", amountMinor: 40_000n, forClaim: false },
      { kind: "RESERVATION", amountMinor: 30_000n, forClaim: true },
      { kind: "RELEASE", amountMinor: 5_000n, forClaim: true },
      { kind: "RESERVATION", amountMinor: 10_000n, forClaim: false },
      { kind: "CLAIM_PAYMENT", amountMinor: 20_000n, forClaim: true },
      { kind: "RELEASE", amountMinor: 20_000n, forClaim: true },
      { kind: "EXPIRY", amountMinor: 1_000n, forClaim: false },
    ]);
    expect(balance).toEqual({ earnedMinor: 102_000n, reservedMinor: 10_000n, claimedMinor: 5_000n, paidMinor: 20_000n, expiredMinor: 1_000n, availableMinor: 66_000n });
  });

  it("a reversal takes from earned, and may leave available below zero when the money was spent", () => {
    const balance = balanceOf([
      { kind: "ACCRUAL", amountMinor: 2_000n, forClaim: false },
      { kind: "RESERVATION", amountMinor: 2_000n, forClaim: true },
      { kind: "RELEASE", amountMinor: 2_000n, forClaim: true },
      { kind: "CLAIM_PAYMENT", amountMinor: 2_000n, forClaim: true },
      { kind: "ACCRUAL_REVERSAL", amountMinor: 1_500n, forClaim: false },
    ]);
    expect(balance).toEqual({ earnedMinor: 500n, reservedMinor: 0n, claimedMinor: 0n, paidMinor: 2_000n, expiredMinor: 0n, availableMinor: -1_500n });
  });
});
