import { defineStateMachine } from "@/lib/state-machine";
import { COOP_CLAIM_STATUSES, COOP_REQUEST_STATUSES } from "./schema";

/**
 * The one table of allowed transitions of a co-op request (pre-approval) and of a claim.
 * Money follows the states in lib/coop/requests.ts and claims.ts: an approved request holds
 * a reservation until it is claimed, cancelled or expires; a claim holds one from its
 * submission until it is rejected or paid.
 */
export const requestMachine = defineStateMachine({
  name: "coopRequest",
  states: COOP_REQUEST_STATUSES,
  initial: "PROPOSED",
  transitions: [
    { from: ["PROPOSED"], to: "APPROVED", permission: "coop.review", reason: "optional", action: "approve" },
    { from: ["PROPOSED"], to: "REJECTED", permission: "coop.review", reason: "required", action: "reject" },
    { from: ["PROPOSED", "APPROVED"], to: "CANCELLED", permission: "ownCoop.manage", reason: "optional", action: "cancel" },
    { from: ["APPROVED"], to: "CLAIMED", permission: "ownCoop.manage", reason: "optional", action: "claim" },
    // the claim deadline passed without a claim (the expiry job, as Canal)
    { from: ["APPROVED"], to: "EXPIRED", permission: "coop.manage", reason: "optional", action: "expire" },
  ],
});

export const claimMachine = defineStateMachine({
  name: "coopClaim",
  states: COOP_CLAIM_STATUSES,
  initial: "SUBMITTED",
  transitions: [
    { from: ["SUBMITTED"], to: "APPROVED", permission: "coop.review", reason: "optional", action: "approve" },
    { from: ["SUBMITTED", "INFO_REQUESTED"], to: "REJECTED", permission: "coop.review", reason: "required", action: "reject" },
    { from: ["SUBMITTED"], to: "INFO_REQUESTED", permission: "coop.review", reason: "required", action: "askInfo" },
    { from: ["INFO_REQUESTED"], to: "SUBMITTED", permission: "ownCoop.manage", reason: "required", action: "answer" },
    { from: ["APPROVED"], to: "PAID", permission: "coop.pay", reason: "optional", action: "pay" },
  ],
});
