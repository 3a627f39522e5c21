import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { withReadScope } from "@/lib/db/read";
import { withScope } from "@/lib/db/scope";
import { deleteViewIn, saveViewIn, savedViewsIn, type SavedViewSource } from "@/lib/lists/saved-views";
import type { DeleteViewInput, SavedView, SaveViewInput } from "@/lib/lists/saved-view-schema";
import { ORDER_LIST_FILTERS, orderListQuery } from "./schema";

/** The order queue's saved views (lib/lists/saved-views.ts): whoever reads the queue keeps their own. */
const QUEUE: SavedViewSource = {
  list: "orders.queue",
  parse: (params) => orderListQuery.parse(params),
  filters: ORDER_LIST_FILTERS,
  defaultSort: orderListQuery.spec.defaultSort,
  defaultPageSize: orderListQuery.spec.defaultPageSize,
};

export async function listQueueViews(ctx: VendorCtx): Promise<SavedView[]> {
  authorize(ctx, "orders.read");
  return withReadScope(scopeOf(ctx), (tx) => savedViewsIn(tx, ctx, QUEUE.list));
}

export async function saveQueueView(ctx: VendorCtx, input: SaveViewInput): Promise<SavedView> {
  authorize(ctx, "orders.read");
  return withScope(scopeOf(ctx), (tx) => saveViewIn(tx, ctx, QUEUE, input));
}

export async function deleteQueueView(ctx: VendorCtx, input: DeleteViewInput): Promise<void> {
  authorize(ctx, "orders.read");
  await withScope(scopeOf(ctx), (tx) => deleteViewIn(tx, ctx, QUEUE.list, input));
}
