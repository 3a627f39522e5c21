"use server";

import type { PartnerCtx } from "@/lib/auth/context";
import { partnerAction } from "@/lib/auth/wrappers";
import { quickOrderIntoDraft, reorderAsDraft } from "@/lib/orders/cart";
import { discardDraft, saveDraft } from "@/lib/orders/drafts";
import { discardSchema, draftFormSchema, quickOrderSchema, reorderSchema, submitSchema } from "@/lib/orders/schema";
import { submitOrder } from "@/lib/orders/submit";

const orders = (ctx: PartnerCtx) => `/${ctx.tenant.slug}/portal/orders`;
const order = (ctx: PartnerCtx, result: { id: string }) => `${orders(ctx)}/${result.id}`;

/** Saves the cart; the server prices every line (a new cart opens on its own page). */
export const saveDraftAction = partnerAction("ownOrders.manage", draftFormSchema, (ctx, input) => saveDraft(ctx, input), {
  revalidate: orders,
});

/** Creates a cart and opens it. */
export const createDraftAction = partnerAction("ownOrders.manage", draftFormSchema.omit({ orderId: true, version: true }), (ctx, input) => saveDraft(ctx, input), {
  revalidate: orders,
  redirectTo: order,
});

/** Adds a pasted SKU list to the cart (or starts one); with a problem on a line nothing is added. */
export const quickOrderAction = partnerAction("ownOrders.manage", quickOrderSchema, (ctx, input) => quickOrderIntoDraft(ctx, input), {
  revalidate: orders,
  // a new cart (version 0) opens on its page; lines added to the open cart stay on it
  redirectTo: (ctx, result) => (result.order?.version === 0 ? order(ctx, result.order) : ""),
});

/** Submits the cart; a double click or a retry (same key) answers with the same order. */
export const submitOrderAction = partnerAction("ownOrders.manage", submitSchema, (ctx, input) => submitOrder(ctx, input), {
  revalidate: orders,
  redirectTo: order,
});

/** Throws a cart away (it stays on the list, cancelled). */
export const discardDraftAction = partnerAction("ownOrders.manage", discardSchema, (ctx, input) => discardDraft(ctx, input), {
  revalidate: orders,
  redirectTo: orders,
});

/** A past order as a new cart at today's prices. */
export const reorderAction = partnerAction("ownOrders.manage", reorderSchema, (ctx, input) => reorderAsDraft(ctx, input.orderId), {
  revalidate: orders,
  redirectTo: order,
});
