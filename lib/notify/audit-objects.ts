import "server-only";
import { defineAuditObjects } from "@/lib/audit/objects";

/** Messages of the delivery log, named by their recipient. */
export const notifyAuditObjects = defineAuditObjects([
  {
    type: "Delivery",
    describe: async (tx, tenantId, ids) =>
      (await tx.delivery.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, to: true } })).map(
        (delivery) => ({
          id: delivery.id,
          name: delivery.to,
          path: `deliveries?q=${encodeURIComponent(delivery.to)}`,
        }),
      ),
  },
]);
