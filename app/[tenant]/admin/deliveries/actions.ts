"use server";

import { vendorAction } from "@/lib/auth/wrappers";
import { retryDeliveries } from "@/lib/notify/delivery-log";
import { deliveryIdsSchema } from "@/lib/notify/schema";

/** Bulk retry from the delivery log's selection. */
export const retryDeliveriesAction = vendorAction(
  "deliveries.retry",
  deliveryIdsSchema,
  (ctx, input) => retryDeliveries(ctx, input),
  {
    success: "notifications.deliveries.retry.bulkDone",
    revalidate: (ctx) => `/${ctx.tenant.slug}/admin/deliveries`,
  },
);
