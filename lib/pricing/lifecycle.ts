import { defineStateMachine } from "@/lib/state-machine";
import { PRICE_LIST_STATUSES } from "./schema";

/**
 * A price list's working copy, the one table of allowed changes:
 *
 *   DRAFT ─publish─► PUBLISHED ─edit─► CHANGED ─publish─► PUBLISHED
 *     └────────────────┴─────────────────┴──archive──► ARCHIVED (final)
 *
 * Publishing snapshots the working copy as a new immutable version and makes it the live
 * one; publishing a list that has nothing new (PUBLISHED) is INVALID_TRANSITION, so a double
 * click or a second tab never makes two versions. Editing a published list marks it CHANGED
 * (the live version keeps applying until the next publication). Archiving needs a reason:
 * the list stops applying to anyone at once.
 */
export const priceListLifecycle = defineStateMachine({
  name: "priceList",
  states: PRICE_LIST_STATUSES,
  initial: "DRAFT",
  transitions: [
    { from: ["DRAFT", "CHANGED"], to: "PUBLISHED", permission: "pricing.manage", reason: "optional", action: "publish" },
    { from: ["PUBLISHED"], to: "CHANGED", permission: "pricing.manage", reason: "optional", action: "edit" },
    { from: ["DRAFT", "PUBLISHED", "CHANGED"], to: "ARCHIVED", permission: "pricing.manage", reason: "required", action: "archive" },
  ],
});
