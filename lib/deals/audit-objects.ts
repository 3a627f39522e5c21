import "server-only";
import { defineAuditObjects } from "@/lib/audit/objects";

/** Registrations, deals and sales stages, as the audit log names them. */
export const dealAuditObjects = defineAuditObjects([
  {
    type: "DealRegistration",
    describe: async (tx, tenantId, ids) =>
      (
        await tx.dealRegistration.findMany({
          where: { tenantId, id: { in: ids } },
          select: { id: true, title: true, customerName: true },
        })
      ).map((r) => ({ id: r.id, name: `${r.customerName}: ${r.title}`, path: `deals/registrations/${r.id}` })),
  },
  {
    type: "Opportunity",
    describe: async (tx, tenantId, ids) =>
      (await tx.opportunity.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, name: true, customerName: true } })).map(
        (o) => ({ id: o.id, name: `${o.customerName}: ${o.name}`, path: `deals/opportunities/${o.id}` }),
      ),
  },
  {
    type: "DealStage",
    describe: async (tx, tenantId, ids) =>
      (await tx.dealStage.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, name: true } })).map((s) => ({
        ...s,
        path: "deals/settings",
      })),
  },
]);
