import { defineStateMachine } from "@/lib/state-machine";

/**
 * A channel conflict is decided once, always with a reason: ALLOWED (the partner's claim
 * stands; its account is CLEAR again) or DECLINED (the claim is refused; the account stays
 * the partner's, marked DECLINED, and the other owner keeps the customer).
 */
export const conflictMachine = defineStateMachine({
  name: "conflict",
  states: ["OPEN", "ALLOWED", "DECLINED"] as const,
  initial: "OPEN",
  transitions: [
    { from: ["OPEN"], to: "ALLOWED", permission: "conflicts.resolve", reason: "required", action: "allow" },
    { from: ["OPEN"], to: "DECLINED", permission: "conflicts.resolve", reason: "required", action: "decline" },
  ],
});

export type ConflictState = (typeof conflictMachine.states)[number];
