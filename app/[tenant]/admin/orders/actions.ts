"use server";

import type { VendorCtx } from "@/lib/auth/context";
import { vendorAction } from "@/lib/auth/wrappers";
import { allocateOrder } from "@/lib/orders/allocation";
import { approveOrder, cancelOrder, holdOrder, rejectOrder, releaseOrder } from "@/lib/orders/review";
import { allocateSchema, decisionSchema, shipFormSchema } from "@/lib/orders/schema";
import { allocateByPrioritySchema, priorityWeightsSchema } from "@/lib/orders/priority-schema";
import { allocateInPriorityOrder, savePriorityWeights } from "@/lib/orders/queue";
import { markDelivered, shipFromForm } from "@/lib/orders/shipping";
import { cancelBackorder } from "@/lib/orders/backorder";
import { deleteViewSchema, saveViewSchema } from "@/lib/lists/saved-view-schema";
import { deleteQueueView, saveQueueView } from "@/lib/orders/views";

// The service checks each step against the transition table and the approver the order's
// rules named; the wrapper's permission is the table's for that step.
const order = (ctx: VendorCtx, result: { id: string }) => `/${ctx.tenant.slug}/admin/orders/${result.id}`;

export const approveOrderAction = vendorAction("orders.approve", decisionSchema, (ctx, input) => approveOrder(ctx, input), {
  success: "orders.decide.approve.done",
  revalidate: order,
});

export const rejectOrderAction = vendorAction("orders.approve", decisionSchema, (ctx, input) => rejectOrder(ctx, input), {
  success: "orders.decide.reject.done",
  revalidate: order,
});

export const holdOrderAction = vendorAction("orders.hold", decisionSchema, (ctx, input) => holdOrder(ctx, input), {
  success: "orders.decide.hold.done",
  revalidate: order,
});

export const releaseOrderAction = vendorAction("orders.hold", decisionSchema, (ctx, input) => releaseOrder(ctx, input), {
  success: "orders.decide.release.done",
  revalidate: order,
});

export const cancelOrderAction = vendorAction("orders.cancel", decisionSchema, (ctx, input) => cancelOrder(ctx, input), {
  success: "orders.decide.cancel.done",
  revalidate: order,
});

/** The units still waiting for stock are not coming: dropped from the order, with a reason the partner reads. */
export const cancelBackorderAction = vendorAction("orders.cancel", decisionSchema, (ctx, input) => cancelBackorder(ctx, input), {
  success: "orders.decide.cancelBackorder.done",
  revalidate: order,
});

/** Takes what is free of the order's units from stock; the rest waits as a backorder (OUT_OF_STOCK when nothing is free). */
export const allocateOrderAction = vendorAction("orders.fulfil", allocateSchema, (ctx, input) => allocateOrder(ctx, input), {
  success: "orders.actions.allocated",
  revalidate: order,
});

/** A shipment, whole or partial, with carrier, tracking and serial numbers. */
export const shipOrderAction = vendorAction("orders.fulfil", shipFormSchema, (ctx, input) => shipFromForm(ctx, input), {
  success: "orders.ship.done",
  revalidate: order,
});

export const deliverOrderAction = vendorAction("orders.fulfil", allocateSchema, (ctx, input) => markDelivered(ctx, input), {
  success: "orders.actions.delivered",
  revalidate: order,
});

const queue = (ctx: VendorCtx) => `/${ctx.tenant.slug}/admin/orders/allocation`;

/** Allocates the queue in score order: scarce stock goes to the higher scores first. */
export const allocateByPriorityAction = vendorAction("orders.fulfil", allocateByPrioritySchema, (ctx) => allocateInPriorityOrder(ctx), {
  success: "fulfilment.queue.allocated",
  revalidate: queue,
});

export const savePriorityWeightsAction = vendorAction("orders.configure", priorityWeightsSchema, (ctx, input) => savePriorityWeights(ctx, input), {
  success: "fulfilment.weights.saved",
  revalidate: (ctx) => `/${ctx.tenant.slug}/admin/orders/priority`,
});

// Saved views of the queue: a person's own (reading the queue is all it takes).
const orderList = (ctx: VendorCtx) => `/${ctx.tenant.slug}/admin/orders`;

export const saveOrderViewAction = vendorAction("orders.read", saveViewSchema, (ctx, input) => saveQueueView(ctx, input), {
  success: "savedViews.saved",
  revalidate: orderList,
});

export const deleteOrderViewAction = vendorAction("orders.read", deleteViewSchema, (ctx, input) => deleteQueueView(ctx, input), {
  success: "savedViews.deleted",
  revalidate: orderList,
});
