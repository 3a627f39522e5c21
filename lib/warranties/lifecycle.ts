import { defineStateMachine } from "@/lib/state-machine";

/**
 * A warranty claim's one table of allowed transitions. Filing writes FILED and, in the same
 * transaction, the eligibility check (coverage, registration, one open claim per unit) takes
 * it to ELIGIBILITY_CHECKED — a step Canal's rules take, checked against this table but not
 * against the filing partner's permissions (like an order's routing). Everything after is
 * the vendor's warranty handlers' (`warranties.manage`), except the partner's answer to a
 * request for information.
 */
export const CLAIM_STATUSES = [
  "FILED",
  "ELIGIBILITY_CHECKED",
  "INFO_REQUESTED",
  "APPROVED",
  "REJECTED",
  "RMA_ISSUED",
  "RECEIVED",
  "REPAIRED",
  "REPLACED",
  "CREDITED",
  "CLOSED",
] as const;
export type ClaimStatusValue = (typeof CLAIM_STATUSES)[number];

export const claimMachine = defineStateMachine({
  name: "warrantyClaim",
  states: CLAIM_STATUSES,
  initial: "FILED",
  transitions: [
    { from: ["FILED"], to: "ELIGIBILITY_CHECKED", permission: "warranties.manage", reason: "optional", action: "check" },
    { from: ["ELIGIBILITY_CHECKED"], to: "APPROVED", permission: "warranties.manage", reason: "optional", action: "approve" },
    { from: ["ELIGIBILITY_CHECKED", "INFO_REQUESTED"], to: "REJECTED", permission: "warranties.manage", reason: "required", action: "reject" },
    { from: ["ELIGIBILITY_CHECKED"], to: "INFO_REQUESTED", permission: "warranties.manage", reason: "required", action: "askInfo" },
    { from: ["INFO_REQUESTED"], to: "ELIGIBILITY_CHECKED", permission: "ownWarranties.manage", reason: "required", action: "answer" },
    { from: ["APPROVED"], to: "RMA_ISSUED", permission: "warranties.manage", reason: "optional", action: "issueRma" },
    { from: ["RMA_ISSUED"], to: "RECEIVED", permission: "warranties.manage", reason: "optional", action: "receive" },
    { from: ["RECEIVED"], to: "REPAIRED", permission: "warranties.manage", reason: "optional", action: "repair" },
    { from: ["RECEIVED"], to: "REPLACED", permission: "warranties.manage", reason: "optional", action: "replace" },
    { from: ["RECEIVED"], to: "CREDITED", permission: "warranties.manage", reason: "optional", action: "credit" },
    { from: ["REPAIRED", "REPLACED", "CREDITED", "REJECTED"], to: "CLOSED", permission: "warranties.manage", reason: "optional", action: "close" },
  ],
});

/** A claim stops counting as the unit's open claim once rejected or closed. */
export const isOpenStatus = (status: ClaimStatusValue) => status !== "REJECTED" && status !== "CLOSED";

/**
 * How long each state may wait for its next step (hours): the vendor decides on a checked
 * claim within two working days, the partner answers a question within a week, sends the
 * unit back within 30 days of the RMA, and the vendor resolves a received unit within five
 * days. No timer on the states that only wait for closing.
 */
export const CLAIM_SLA_HOURS: Partial<Record<ClaimStatusValue, number>> = {
  ELIGIBILITY_CHECKED: 48,
  INFO_REQUESTED: 7 * 24,
  APPROVED: 24,
  RMA_ISSUED: 30 * 24,
  RECEIVED: 5 * 24,
};

export function dueAtFor(status: ClaimStatusValue, now: Date): Date | null {
  const hours = CLAIM_SLA_HOURS[status];
  return hours === undefined ? null : new Date(now.getTime() + hours * 3_600_000);
}
