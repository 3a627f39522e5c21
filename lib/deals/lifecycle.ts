import { defineStateMachine } from "@/lib/state-machine";

/**
 * A registration waits for the vendor (PENDING), who approves it with a protection period
 * or rejects it with a reason; the partner may withdraw it while it waits. Canal expires
 * an approved one when its protection ends, and a pending one whose expected close date
 * went by unreviewed (lib/deals/expiry.ts: the system may take any transition).
 */
export const registrationMachine = defineStateMachine({
  name: "dealRegistration",
  states: ["PENDING", "APPROVED", "REJECTED", "EXPIRED", "WITHDRAWN"] as const,
  initial: "PENDING",
  transitions: [
    { from: ["PENDING"], to: "APPROVED", permission: "deals.review", reason: "optional", action: "approve" },
    { from: ["PENDING"], to: "REJECTED", permission: "deals.review", reason: "required", action: "reject" },
    { from: ["PENDING"], to: "WITHDRAWN", permission: "ownDeals.manage", reason: "optional", action: "withdraw" },
    { from: ["PENDING", "APPROVED"], to: "EXPIRED", permission: "deals.review", reason: "optional", action: "expire" },
  ],
});

/** A partner's request for more protection, decided once by the vendor (a rejection says why). */
export const extensionMachine = defineStateMachine({
  name: "dealExtension",
  states: ["PENDING", "APPROVED", "REJECTED"] as const,
  initial: "PENDING",
  transitions: [
    { from: ["PENDING"], to: "APPROVED", permission: "deals.review", reason: "optional", action: "approve" },
    { from: ["PENDING"], to: "REJECTED", permission: "deals.review", reason: "required", action: "reject" },
  ],
});
