import { defineStateMachine } from "@/lib/state-machine";

/**
 * A lead waits unassigned (NEW) until a rule finds a partner, then is OFFERED to one
 * partner at a time. The partner accepts (ACCEPTED, then CONVERTED into a deal
 * registration) or declines with a reason; a decline or a timeout offers it to the next
 * eligible partner, and leaves it DECLINED or EXPIRED when none is left — the vendor can
 * then distribute it again (after changing the rules) or close it as LOST.
 */
export const leadMachine = defineStateMachine({
  name: "lead",
  states: ["NEW", "OFFERED", "ACCEPTED", "DECLINED", "EXPIRED", "CONVERTED", "LOST"] as const,
  initial: "NEW",
  transitions: [
    { from: ["NEW", "DECLINED", "EXPIRED"], to: "OFFERED", permission: "leads.manage", reason: "optional", action: "offer" },
    { from: ["OFFERED"], to: "ACCEPTED", permission: "ownLeads.manage", reason: "optional", action: "accept" },
    { from: ["OFFERED"], to: "DECLINED", permission: "ownLeads.manage", reason: "required", action: "decline" },
    { from: ["OFFERED"], to: "EXPIRED", permission: "leads.manage", reason: "optional", action: "expire" },
    { from: ["ACCEPTED"], to: "CONVERTED", permission: "ownLeads.manage", reason: "optional", action: "convert" },
    { from: ["NEW", "OFFERED", "ACCEPTED", "DECLINED", "EXPIRED"], to: "LOST", permission: "leads.manage", reason: "required", action: "lose" },
  ],
});
