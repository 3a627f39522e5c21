import "server-only";
import { z } from "zod";
import { defineJob } from "@/lib/jobs/contract";
import { fillBackorders } from "./backorder-fill";

/**
 * Stock received: the backorders waiting for that product are allocated in shipment-priority
 * order (./backorder-fill.ts). Enqueued by `receiveStock` in the receipt's transaction, keyed
 * by the movement, so it exists exactly when the receipt does. Safe to run again.
 */
export const fillBackordersJob = defineJob({
  name: "orders.fillBackorders",
  payload: z.object({ tenantId: z.string().min(1), productId: z.string().min(1), movementId: z.string().min(1) }),
  retry: { limit: 5, delaySeconds: 30, backoff: true },
  timeoutSeconds: 600,
  handler: async (payload) => fillBackorders(payload.tenantId, payload.productId),
});
