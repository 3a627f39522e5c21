import { defineStateMachine } from "@/lib/state-machine";
import { PRODUCT_STATUSES } from "./schema";

/**
 * A product's lifecycle, the one table of allowed changes:
 *
 *   DRAFT ─activate─► ACTIVE ─discontinue─► DISCONTINUED ─reactivate─► ACTIVE
 *
 * Discontinuing needs a reason (partners lose the product from their catalog and price
 * list). A product never goes back to DRAFT: once partners have seen it, it stays on record.
 */
export const productLifecycle = defineStateMachine({
  name: "product",
  states: PRODUCT_STATUSES,
  initial: "DRAFT",
  transitions: [
    { from: ["DRAFT"], to: "ACTIVE", permission: "catalog.manage", reason: "optional", action: "activate" },
    { from: ["ACTIVE"], to: "DISCONTINUED", permission: "catalog.manage", reason: "required", action: "discontinue" },
    { from: ["DISCONTINUED"], to: "ACTIVE", permission: "catalog.manage", reason: "optional", action: "reactivate" },
  ],
});
