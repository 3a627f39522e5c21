import "server-only";
import { defineAuditObjects } from "@/lib/audit/objects";

/** Price lists, as the audit log names them. */
export const pricingAuditObjects = defineAuditObjects([
  {
    type: "PriceList",
    describe: async (tx, tenantId, ids) =>
      (await tx.priceList.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, name: true } })).map((l) => ({
        ...l,
        path: `price-lists/${l.id}`,
      })),
  },
]);
