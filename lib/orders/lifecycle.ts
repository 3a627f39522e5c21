import type { Permission } from "@/lib/auth/permissions";
import { defineStateMachine } from "@/lib/state-machine";
import { ORDER_STATUSES, type OrderStatusValue } from "./schema";

export { ORDER_STATUSES, type OrderStatusValue };

/**
 * The one table of an order's allowed transitions (docs/orders.md).
 *
 * draft → submitted → (pending approval) → approved → allocated → partially shipped →
 * shipped → delivered, plus rejected, on hold and cancelled with reasons.
 *
 * A submission is routed at once, in the same transaction, by Canal's rules rather than by
 * a person: SUBMITTED → ON_HOLD (over the credit limit), → PENDING_APPROVAL (a special
 * order) or → APPROVED (a standard one). Those routed steps are checked against this table
 * with `routedStep` (the partner holds none of their permissions); every other step is
 * `orderMachine.assert`ed for the person taking it.
 */

export const orderMachine = defineStateMachine({
  name: "order",
  states: ORDER_STATUSES,
  initial: "DRAFT",
  transitions: [
    { from: ["DRAFT"], to: "SUBMITTED", permission: "ownOrders.manage", reason: "optional", action: "submit" },
    { from: ["DRAFT"], to: "CANCELLED", permission: "ownOrders.manage", reason: "optional", action: "discard" },
    { from: ["SUBMITTED"], to: "PENDING_APPROVAL", permission: "orders.approve", reason: "optional", action: "route" },
    { from: ["SUBMITTED", "PENDING_APPROVAL"], to: "APPROVED", permission: "orders.approve", reason: "optional", action: "approve" },
    { from: ["SUBMITTED", "PENDING_APPROVAL", "ON_HOLD"], to: "REJECTED", permission: "orders.approve", reason: "required", action: "reject" },
    { from: ["SUBMITTED", "PENDING_APPROVAL", "APPROVED"], to: "ON_HOLD", permission: "orders.hold", reason: "required", action: "hold" },
    // a release returns the order to where it would be without the hold: approval still due, or approved
    { from: ["ON_HOLD"], to: "PENDING_APPROVAL", permission: "orders.hold", reason: "optional", action: "release" },
    { from: ["ON_HOLD"], to: "APPROVED", permission: "orders.hold", reason: "optional", action: "release" },
    { from: ["APPROVED"], to: "ALLOCATED", permission: "orders.fulfil", reason: "optional", action: "allocate" },
    { from: ["ALLOCATED"], to: "PARTIALLY_SHIPPED", permission: "orders.fulfil", reason: "optional", action: "shipPart" },
    { from: ["ALLOCATED", "PARTIALLY_SHIPPED"], to: "SHIPPED", permission: "orders.fulfil", reason: "optional", action: "ship" },
    { from: ["SHIPPED"], to: "DELIVERED", permission: "orders.fulfil", reason: "optional", action: "deliver" },
    {
      from: ["SUBMITTED", "PENDING_APPROVAL", "APPROVED", "ALLOCATED", "ON_HOLD"],
      to: "CANCELLED",
      permission: "orders.cancel",
      reason: "required",
      action: "cancel",
    },
  ],
});

/**
 * Steps that keep the status, beside the table (a state machine has no self-transitions):
 * a further allocation of a backorder (ALLOCATED or PARTIALLY_SHIPPED: something is already
 * allocated and the rest waits for stock), a further partial shipment, and cancelling the
 * backorder (the rest is not coming). `writeStep`
 * refuses a `stay` step this list does not name, so this and the table above are the whole
 * of what an order may do.
 */
export const ORDER_STAY_STEPS = [
  { in: ["ALLOCATED", "PARTIALLY_SHIPPED"], action: "allocate", permission: "orders.fulfil", reason: "optional" },
  { in: ["PARTIALLY_SHIPPED"], action: "shipPart", permission: "orders.fulfil", reason: "optional" },
  // the units still waiting for stock are dropped from the order (lib/orders/backorder.ts); the
  // partner reads the reason. When nothing allocated is left to ship, Canal then takes the
  // table's PARTIALLY_SHIPPED → SHIPPED: the order is complete.
  { in: ["ALLOCATED", "PARTIALLY_SHIPPED"], action: "cancelBackorder", permission: "orders.cancel", reason: "required" },
] as const satisfies readonly { in: readonly OrderStatusValue[]; action: string; permission: Permission; reason: "required" | "optional" }[];

/** The stay step `action` in `status`, if there is one. */
export function stayStep(status: OrderStatusValue, action: string) {
  return ORDER_STAY_STEPS.find((s) => s.action === action && (s.in as readonly OrderStatusValue[]).includes(status));
}

/** The stay steps of `status` (a page offers those whose permission the person holds, beside `orderMachine.available`). */
export function stayStepsIn(status: OrderStatusValue) {
  return ORDER_STAY_STEPS.filter((s) => (s.in as readonly OrderStatusValue[]).includes(status));
}

/** Orders waiting for stock: approved and not allocated yet, or allocated in part (a backorder). */
export const ALLOCATABLE_STATUSES = ["APPROVED", "ALLOCATED", "PARTIALLY_SHIPPED"] as const satisfies readonly OrderStatusValue[];

/** Orders the partner owes money for or will: the credit check's "open orders" (lib/orders/credit.ts). */
export const OPEN_STATUSES = ["SUBMITTED", "PENDING_APPROVAL", "APPROVED", "ALLOCATED", "PARTIALLY_SHIPPED", "SHIPPED", "DELIVERED"] as const;
